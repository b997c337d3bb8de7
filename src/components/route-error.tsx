// Error pages: "Not found" for unknown paths and slugs, a readable message for anything else.
// Used as the errorElement of the root and of every route, so a failure never leaves a blank page.
import { useEffect } from 'react';
import { isRouteErrorResponse, Link, useLocation, useNavigate, useNavigation, useRouteError } from 'react-router-dom';
import { isNotFound } from '../lib/data-client.ts';
import { useDocumentTitle } from '../lib/document-title.ts';
import { retryFailedImports } from '../lib/lazy-import.ts';

/** The not-found page body. */
export function NotFound({ what }: { what?: string }) {
  useDocumentTitle('Not found');
  return (
    <div className="error-page">
      <h1>Not found</h1>
      <p>{what ?? 'There is no page at this address.'} It may have been renamed or removed, or the link may be mistyped.</p>
      <p>
        <Link to="/">Go to the list of articles</Link>
      </p>
    </div>
  );
}

/** True when the error means "no such page": a 404 response or a missing data file. */
export function isNotFoundError(error: unknown): boolean {
  return (isRouteErrorResponse(error) && error.status === 404) || isNotFound(error);
}

function describe(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText || ''}`.trim();
  if (error instanceof Error) return error.message;
  return String(error);
}

/** The errorElement of every route. */
export function RouteError() {
  const error = useRouteError();
  if (isNotFoundError(error)) {
    const what = isRouteErrorResponse(error) && typeof error.data === 'string' && error.data.length < 200 ? error.data : undefined;
    return <NotFound what={isNotFound(error) ? 'There is no article or speaker at this address.' : what} />;
  }
  return <ErrorMessage error={error} />;
}

/** A readable failure message with ways on. */
export function ErrorMessage({ error }: { error: unknown }) {
  // Offline and never opened here: not a failure, and "Failed to fetch" would tell the reader nothing.
  const offline = typeof navigator !== 'undefined' && !navigator.onLine;
  useDocumentTitle(offline ? 'Not available offline yet' : 'Something went wrong');
  // Try again: navigate to this same address, which loads what failed (data or code) again without
  // a full reload and resets the error (a failed chunk is not cached, see lib/lazy-import.ts).
  const navigate = useNavigate();
  const location = useLocation();
  const busy = useNavigation().state !== 'idle';
  // From now on a chunk that failed is fetched again when its page renders (Try again, or back).
  useEffect(() => retryFailedImports(), []);
  const ways = (
    <p>
      <button type="button" onClick={() => void navigate(location, { replace: true, preventScrollReset: true })} disabled={busy}>
        {busy ? 'Trying again…' : 'Try again'}
      </button>{' '}
      · <a href={typeof window === 'undefined' ? '/' : window.location.href}>Reload this page</a> · <Link to="/">Go to the list of articles</Link>
    </p>
  );
  // A route that knows what went wrong says so (e.g. a listed article whose data file is missing).
  const said = isRouteErrorResponse(error) && typeof error.data === 'string' && error.data.length < 400 ? error.data : null;
  if (offline) {
    return (
      <div className="error-page">
        <h1>Not available offline yet</h1>
        <p>You are offline, and this page has not been opened on this device before, so it is not available yet. It will open when you are back online; the pages you have read and your own articles work now.</p>
        {ways}
      </div>
    );
  }
  return (
    <div className="error-page" role="alert">
      <h1>Something went wrong</h1>
      <p>{said ?? 'This page could not be shown. Reloading often helps; if it does not, the data may be out of date.'}</p>
      <p className="error-detail">
        Details: <code>{describe(error).slice(0, 300)}</code>
      </p>
      {ways}
    </div>
  );
}

/** The root route's errorElement: the layout itself failed, so render a bare page with the site name. */
export function RootError() {
  const error = useRouteError();
  return (
    <div className="root-error">
      <header className="site-header">
        <Link className="site-name" to="/">
          Quote Reader
        </Link>
      </header>
      <main id="main">{isNotFoundError(error) ? <NotFound /> : <ErrorMessage error={error} />}</main>
    </div>
  );
}
