// Scroll restoration for the data router: back and forward return to where the reader was (also
// after a reload, through sessionStorage), a new page starts at its top or at its #fragment, and a
// navigation marked preventScrollReset (a filter change) stays put. The same steps as
// react-router's <ScrollRestoration>, on the router's own position tracking, without that
// component's server-rendering script (0.9 kB gz of first-page JavaScript; decision 083).
import { useLayoutEffect } from 'react';
import { useLocation, type createBrowserRouter } from 'react-router-dom';

type Router = ReturnType<typeof createBrowserRouter>;

/** Where the positions live for the tab's session (react-router's own key, so either reads the other's). */
const STORAGE_KEY = 'react-router-scroll-positions';

let attached: Router | null = null;

/** Starts tracking scroll positions per history entry; call once with the app's router. */
export function enableScrollRestoration(router: Router): void {
  let positions: Record<string, number> = {};
  try {
    positions = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, number>;
  } catch {
    // Storage blocked or damaged: restoration works within this page load only.
  }
  window.history.scrollRestoration = 'manual';
  // The router records the leaving entry's position at each navigation and hands back the entering one's.
  router.enableScrollRestoration(positions, () => window.scrollY);
  window.addEventListener('pagehide', () => {
    if (router.state.navigation.state === 'idle') positions[router.state.location.key] = window.scrollY;
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(positions));
    } catch {
      // Full or blocked storage: a reload starts at the top, nothing else is lost.
    }
    // A reload of another site in this tab gets the browser's own behaviour back.
    window.history.scrollRestoration = 'auto';
  });
  attached = router;
}

/** Applies the router's scroll decision once a navigation's new page is on screen. */
export function useScrollRestoration(): void {
  const location = useLocation();
  useLayoutEffect(() => {
    if (!attached) return; // A memory router in tests: nothing to restore.
    const { restoreScrollPosition, preventScrollReset } = attached.state;
    if (restoreScrollPosition === false) return;
    if (typeof restoreScrollPosition === 'number') {
      window.scrollTo(0, restoreScrollPosition);
      return;
    }
    if (location.hash) {
      let el: HTMLElement | null = null;
      try {
        el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      } catch {
        // An undecodable fragment names no element.
      }
      if (el) {
        el.scrollIntoView();
        return;
      }
    }
    if (!preventScrollReset) window.scrollTo(0, 0);
  }, [location]);
}

/**
 * Renders nothing; applies the router's scroll decisions. A component of its own so that only it
 * re-renders on every location change (a filter toggle), not the whole page frame.
 */
export function ScrollRestorer(): null {
  useScrollRestoration();
  return null;
}
