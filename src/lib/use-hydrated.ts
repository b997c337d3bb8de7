// Whether the page has left its first render over prerendered markup (decision 089). Hydration must
// render exactly what the build rendered, so what only the browser knows (localStorage, the address's
// #fragment) waits for the render after it; a page rendered in the browser from the start knows at once.
import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/** False while React hydrates the prerendered page (and at build time); true in every later render. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
