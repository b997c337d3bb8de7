// The search page, `/search?q=…`. Loaded lazily; the index and minisearch load on first use.
// Each search is timed from the query to the committed results: the figure is kept in
// `data-search-ms` on the results region and as the performance measure `search`
// (marks `search:start`/`search:end`), for the benchmark to read; `data-search-query` on the
// same region names the query those results are for.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams, type RouteObject } from 'react-router-dom';
import { SearchResults, RESULTS_PAGE } from '../components/search-results.tsx';
import { DataNotFoundError } from '../lib/data-client.ts';
import {
  loadSearchIndex,
  MAX_QUERY_LENGTH,
  runSearch,
  subscribeIndexProgress,
  type IndexProgress,
  type SearchIndex,
  type SearchOutcome,
} from '../lib/search-client.ts';
import '../styles/search.css';

type IndexState = { status: 'loading' } | { status: 'ready'; index: SearchIndex } | { status: 'error'; message: string };

/** Loads the index once something is searched; `attempt` changes to retry after an error. */
function useSearchIndex(wanted: boolean, attempt: number): IndexState {
  const [state, setState] = useState<IndexState>({ status: 'loading' });
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    loadSearchIndex().then(
      (index) => live && setState({ status: 'ready', index }),
      (error: unknown) =>
        live &&
        setState({
          status: 'error',
          message:
            error instanceof DataNotFoundError
              ? 'The search index is missing from this site.'
              : 'The search index could not be loaded. Check your connection and try again.',
        }),
    );
    return () => {
      live = false;
    };
  }, [wanted, attempt]);
  return state;
}

/** The index download's progress while `active`, for a visible (not announced) indicator. */
function useIndexProgress(active: boolean): IndexProgress | null {
  const [progress, setProgress] = useState<IndexProgress | null>(null);
  useEffect(() => (active ? subscribeIndexProgress(setProgress) : undefined), [active]);
  return active ? progress : null;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}

function mark(name: string): void {
  if (typeof performance.mark === 'function') performance.mark(name);
}

/** Runs the search with the start of its timing. */
function timedSearch(index: SearchIndex, q: string): { outcome: SearchOutcome; started: number } {
  mark('search:start');
  const started = performance.now();
  return { outcome: runSearch(index, q), started };
}

/** The query in curly quotes, unless the reader already quoted it. */
function quoted(q: string): string {
  return /^["“„«‘「]/u.test(q) ? q : `“${q}”`;
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

function SearchPage() {
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH).trim();
  const [attempt, setAttempt] = useState(0);
  const indexState = useSearchIndex(q !== '', attempt);
  const index = indexState.status === 'ready' ? indexState.index : null;
  const loadingIndex = q !== '' && indexState.status === 'loading';
  const progress = useIndexProgress(loadingIndex);
  const search = useMemo(() => (index && q ? timedSearch(index, q) : null), [index, q]);
  const [shown, setShown] = useState({ q, count: RESULTS_PAGE });
  const count = shown.q === q ? shown.count : RESULTS_PAGE;
  const visible = useMemo(() => search?.outcome.hits.slice(0, count) ?? [], [search, count]);
  const region = useRef<HTMLElement>(null);
  // After "Show more", keyboard focus moves to the first newly shown result (not back to the top).
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || !region.current) return;
    focusFrom.current = null;
    region.current.querySelectorAll<HTMLElement>('.qr-search-result h2 a')[from]?.focus();
  }, [count]);

  useEffect(() => {
    document.title = q ? `Search: ${q} · Quote Reader` : 'Search · Quote Reader';
  }, [q]);

  // The results are in the DOM now: stop the clock.
  useLayoutEffect(() => {
    if (!search || !region.current) return;
    mark('search:end');
    const ms = performance.now() - search.started;
    if (typeof performance.measure === 'function') {
      try {
        performance.measure('search', 'search:start', 'search:end');
      } catch {
        // A mark went missing (cleared by someone else): the attribute still has the figure.
      }
    }
    region.current.dataset.searchMs = ms.toFixed(1);
  }, [search]);

  const total = search?.outcome.hits.length ?? 0;
  let status = '';
  if (q && indexState.status === 'loading') status = 'Loading the search index…';
  else if (search) {
    status =
      total === 0
        ? `No results for ${quoted(q)}.`
        : `${plural(total, 'article matches', 'articles match')} ${quoted(q)}${search.outcome.partial ? ' (some of the words)' : ''}.`;
  }

  return (
    <div className="qr-search-page">
      <h1>{q ? `Search results for ${quoted(q)}` : 'Search'}</h1>
      {!q && (
        <p className="qr-search-page__hint">
          Type in the search box to search article titles, text and quotations. Put words in quotation marks to
          prefer an exact phrase.
        </p>
      )}
      {/* Always in the DOM so screen readers announce every change of the count. */}
      <p role="status" aria-live="polite" className="qr-search-page__status">
        {status}
      </p>
      {loadingIndex && progress && (
        // Visible progress for a large index; the status above is what screen readers hear.
        <p className="qr-search-page__progress">
          {progress.building ? (
            'Preparing the index…'
          ) : progress.total ? (
            <>
              <progress max={progress.total} value={progress.loaded} aria-label="Search index download" />{' '}
              {megabytes(progress.loaded)} of {megabytes(progress.total)}
            </>
          ) : (
            `${megabytes(progress.loaded)} received`
          )}
        </p>
      )}
      {indexState.status === 'error' && q && (
        <div role="alert" className="qr-search-page__error">
          <p>{indexState.message}</p>
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>{' '}
          <Link to="/">Back to all articles</Link>
        </div>
      )}
      <section
        ref={region}
        aria-label="Search results"
        className="qr-search-page__results"
        data-search-ms=""
        // The query whose results are committed: the URL changes a moment before the new results
        // render (the router commits in a transition), so browser tests wait on this instead.
        data-search-query={search ? q : ''}
      >
        {search && search.outcome.partial && (
          <p className="qr-search-page__note">No article has every word; these have some of them.</p>
        )}
        {search && visible.length > 0 && <SearchResults hits={visible} query={search.outcome.query} />}
        {search && total === 0 && (
          <p>
            Nothing matched. Try fewer words, check the spelling, or <Link to="/speakers">browse the speakers</Link>.
          </p>
        )}
        {total > count && (
          <button type="button" className="qr-search-page__more" onClick={() => {
              focusFrom.current = count;
              setShown({ q, count: count + RESULTS_PAGE });
            }}>
            Show more results ({(total - count).toLocaleString('en')} more)
          </button>
        )}
      </section>
    </div>
  );
}

/** Route properties merged into the router's lazy Search route. */
export const searchRoute: Pick<RouteObject, 'Component' | 'loader'> = {
  Component: SearchPage,
  // Start fetching the index while the route resolves; the page shows progress, not a stalled link.
  loader: ({ request }) => {
    if (new URL(request.url).searchParams.get('q')?.trim()) {
      void loadSearchIndex().catch(() => {
        // Reported by the page.
      });
    }
    return null;
  },
};
