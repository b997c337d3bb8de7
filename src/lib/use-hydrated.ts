// What only the browser knows, held back while React hydrates prerendered markup (decision 089):
// hydration must render exactly what the build rendered, so localStorage or the address's #fragment
// wait for the render after it; a page rendered in the browser from the start knows them at once.
import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * `value` in the browser; `prerendered` while React hydrates the prerendered page (and at build
 * time). A component re-renders after hydration only when the two differ, so a page whose browser
 * state matches the build's (no #fragment, no own articles) is not rendered a second time.
 */
export function useAfterHydration<T>(value: T, prerendered: T): T {
  return useSyncExternalStore(
    never,
    () => value,
    () => prerendered,
  );
}
