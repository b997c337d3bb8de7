// Waiting for the data router's first navigation (its loaders and lazy routes) before rendering.

/** The smallest part of a data router this needs. */
interface RouterLike {
  readonly state: { initialized: boolean };
  subscribe(listener: (state: { initialized: boolean }) => void): () => void;
}

/** Resolves once `router` has its first page's data (or its error): at once when it already has. */
export function whenInitialized(router: RouterLike): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((done) => {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      done();
    });
  });
}
