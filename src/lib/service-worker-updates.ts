// Watching the service worker's registration for a new version (loaded after the page's `load`
// event by src/lib/service-worker.ts, so none of it is first-page JavaScript): a new version is
// offered in "A new version is available — Reload" and takes over only when the reader chooses.

/** Hands the notice an action that applies the waiting version (src/lib/service-worker.ts's offerUpdate). */
export type OfferUpdate = (apply: () => void) => void;

/** How often an open tab asks the server for a new version when it comes back into view. */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Watches one registration: a new worker that finishes installing while an older one controls the
 * page is offered (never activated on its own); "Reload" tells it to take over and reloads once it
 * has. The first install (no controller yet) offers nothing. `reload` is the page's reload.
 */
export function watchRegistration(registration: ServiceWorkerRegistration, container: ServiceWorkerContainer, offerUpdate: OfferUpdate, reload: () => void): void {
  let requested = false;
  const offer = (waiting: ServiceWorker) => {
    offerUpdate(() => {
      // Another tab already chose Reload: this worker controls the page now, only the page is old.
      if (waiting.state === 'activating' || waiting.state === 'activated' || waiting.state === 'redundant') {
        reload();
        return;
      }
      requested = true;
      // Workbox's generated worker skips waiting on this message.
      waiting.postMessage({ type: 'SKIP_WAITING' });
    });
  };
  // The first install also changes the controller (clients.claim), and so does Reload in another
  // tab: only the reader's own choice here reloads this page.
  container.addEventListener('controllerchange', () => {
    if (requested) reload();
  });
  const track = (installing: ServiceWorker) =>
    installing.addEventListener('statechange', () => {
      if (installing.state === 'installed' && container.controller) offer(installing);
    });
  // Already waiting, or already installing before this module arrived: updatefound has fired.
  if (registration.waiting && container.controller) offer(registration.waiting);
  if (registration.installing) track(registration.installing);
  registration.addEventListener('updatefound', () => {
    if (registration.installing) track(registration.installing);
  });
}

/** Watches the page's registration, and asks for a new version when a tab left open comes back into view. */
export function watchForUpdates(registration: ServiceWorkerRegistration, offerUpdate: OfferUpdate): void {
  watchRegistration(registration, navigator.serviceWorker, offerUpdate, () => window.location.reload());
  // The browser looks for a new version on page loads only; a tab left open for days asks again
  // when the reader comes back to it (at most hourly).
  let checked = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - checked < UPDATE_CHECK_MS || !navigator.onLine) return;
    checked = Date.now();
    registration.update().catch(() => undefined);
  });
}
