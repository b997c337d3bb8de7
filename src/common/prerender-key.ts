// Which address a prerendered page was rendered for (decision 089). The build writes it on <html>;
// the head script compares it with the address the browser opened, because a host's fallback (or the
// service worker) may answer any address with another page's HTML, and that page must not show.

/** The attribute on <html> that names the address a page was prerendered for. */
export const PRERENDER_ATTRIBUTE = 'data-prerendered';

/** The class the head script puts on <html> when the page on screen was prerendered for another address. */
export const PRERENDER_STALE_CLASS = 'prerender-stale';

/** One address as a comparable key: the decoded path without a trailing slash (the root stays "/"), then the query. */
export function prerenderKey(pathname: string, search: string): string {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // A malformed escape: compare it as it is (it never equals a key the build wrote).
  }
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return search && search !== '?' ? `${path}${search}` : path;
}

/** The attribute main.tsx puts on <html> once React has taken over the page (hydrated or rendered): before it, buttons do nothing yet. */
export const APP_READY_ATTRIBUTE = 'data-app-ready';
