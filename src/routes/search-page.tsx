// The search page, `/search?q=…`. Loaded lazily; the split index's manifest loads on first use,
// then each query fetches only its terms' shards and the doc chunks of the results shown.
// Each search is timed from the query to the committed results: the figure is kept in
// `data-search-ms` on the results region and as the performance measure `search`
// (marks `search:start`/`search:end`), for the benchmark to read; `data-search-query` on the
// same region names the query those results are for.
import { startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState, Suspense } from 'react';
import { Link, useSearchParams, type RouteObject } from 'react-router-dom';
import { SearchResults, RESULTS_PAGE } from '../components/search-results.tsx';
import { dataFailureOf } from '../lib/data-client.ts';
import {
  FIRST_RESULTS,
  loadSearchIndex,
  resolveMore,
  startSearch,
  takeSearch,
  type SearchIndex,
  type SearchOutcome,
} from '../lib/search-client.ts';
import { MAX_QUERY_LENGTH } from '../lib/search-query.ts';
import { hasMineArticles } from '../lib/mine-hint.ts';
import '../styles/search.css';
import { lazyComponent } from '../lib/lazy-import.ts';

// Your articles (IndexedDB): a lazy chunk, only when there are some.
const MineSearchResults = lazyComponent(() => import('../components/mine-matches.tsx').then((m) => m.MineSearchResults));

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
          message: searchFailureMessage(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [wanted, attempt]);
  return state;
}

/**
 * Runs `run` once the frame being prepared now has been painted (a task after the next animation
 * frame), or after half a second where no frame comes (a tab in the background); returns a cancel.
 */
function afterPaint(run: () => void): () => void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    run();
  };
  const fallback = setTimeout(go, 500);
  let next: ReturnType<typeof setTimeout> | undefined;
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (next = setTimeout(go, 0))) : null;
  return () => {
    done = true;
    clearTimeout(fallback);
    clearTimeout(next);
    if (frame !== null) cancelAnimationFrame(frame);
  };
}

function mark(name: string): void {
  if (typeof performance.mark === 'function') performance.mark(name);
}

/** A finished search: the query, its outcome and when it started (for the timing). */
interface Search {
  q: string;
  outcome: SearchOutcome;
  started: number;
}

type SearchState = { status: 'idle' } | { status: 'done'; search: Search } | { status: 'error'; q: string; message: string };

/**
 * What the reader is told when the index (or a shard of it) cannot be used: only a download that
 * failed is a connection problem; a missing or damaged file means the site's index is incomplete.
 */
function searchFailureMessage(error: unknown): string {
  switch (dataFailureOf(error)) {
    case 'missing':
      return 'The search index of this site is incomplete or out of date: a file of it is missing. Reload the page; if that does not help, the site needs to be rebuilt.';
    case 'malformed':
      return 'The search index of this site is damaged: a file of it could not be read. Reload the page; if that does not help, the site needs to be rebuilt.';
    case 'network':
      return typeof navigator !== 'undefined' && !navigator.onLine
        ? `You are offline, and the search index has not been loaded on this device yet: search the articles when you are back online.${hasMineArticles() ? ' Your own articles are searched below all the same.' : ''}`
        : 'The search could not be completed: the search index could not be downloaded. Check your connection and try again.';
    case 'server':
      return 'The search could not be completed: the server could not send the search index. Try again in a moment.';
    default:
      return 'The search could not be completed. Reload the page and try again.';
  }
}

/** Runs the query once the index is ready; the clock starts before the shards are fetched. */
function useSearch(index: SearchIndex | null, q: string, attempt: number): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  useEffect(() => {
    if (!index || !q) return;
    let live = true;
    // Usually already started by the route's loader.
    const { started, outcome: running } = takeSearch(index, q, FIRST_RESULTS);
    running.then(
      // A transition: React renders the results in slices that yield to the browser (input,
      // painting) instead of one long task, which is what a slow phone feels as a frozen page.
      (outcome) => live && startTransition(() => setState({ status: 'done', search: { q, outcome, started } })),
      (error: unknown) => live && setState({ status: 'error', q, message: searchFailureMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [index, q, attempt]);
  return state;
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
  const searchState = useSearch(index, q, attempt);
  const done = searchState.status === 'done' && searchState.search.q === q ? searchState.search : null;
  const searchFailed = searchState.status === 'error' && searchState.q === q ? searchState.message : null;
  const [more, setMore] = useState<{ outcome: SearchOutcome; count: number } | null>(null);
  const [shown, setShown] = useState({ q, count: RESULTS_PAGE });
  const count = shown.q === q ? shown.count : RESULTS_PAGE;
  // The search resolves the first results (FIRST_RESULTS); the rest of the page, and after "Show
  // more" the next page, are resolved here from the doc store (a few small files each).
  const outcome = done ? (more && more.outcome.ranked === done.outcome.ranked && more.count >= count ? more.outcome : done.outcome) : null;
  const total = outcome?.ranked.length ?? 0;
  // Every result of the pages asked for is resolved (until then only what cannot move is drawn).
  const whole = outcome !== null && outcome.hits.length >= Math.min(count, total);
  // The rest of a page that could not be read: said under the results, with a retry.
  const [moreFailed, setMoreFailed] = useState<{ outcome: SearchOutcome; count: number; message: string } | null>(null);
  const restFailed = moreFailed && moreFailed.outcome === outcome && moreFailed.count === count ? moreFailed.message : null;
  useEffect(() => {
    if (!index || !outcome || whole || restFailed) return;
    let live = true;
    const resolve = () =>
      resolveMore(index, outcome, count).then(
        (resolved) => live && startTransition(() => setMore({ outcome: resolved, count })),
        (error: unknown) => live && setMoreFailed({ outcome, count, message: searchFailureMessage(error) }),
      );
    // The rest of a page whose first results were just drawn is fetched once they are painted: on
    // HTTP/2 it would share the connection with them, and the first screen is what the reader sees.
    const cancel = outcome.hits.length % RESULTS_PAGE !== 0 ? afterPaint(resolve) : (resolve(), () => {});
    return () => {
      live = false;
      cancel();
    };
  }, [index, outcome, count, whole, restFailed]);
  const visible = useMemo(() => outcome?.hits.slice(0, count) ?? [], [outcome, count]);
  const region = useRef<HTMLElement>(null);
  // After "Show more", keyboard focus moves to the first newly shown result (not back to the top).
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || !region.current || !whole || visible.length <= from) return;
    focusFrom.current = null;
    region.current.querySelectorAll<HTMLElement>('.qr-search-result h2 a')[from]?.focus();
  }, [visible, whole]);

  useEffect(() => {
    document.title = q ? `Search: ${q} · Quote Reader` : 'Search · Quote Reader';
  }, [q]);

  // The results are in the DOM now: stop the clock.
  useLayoutEffect(() => {
    if (!done || !region.current) return;
    mark('search:end');
    const ms = performance.now() - done.started;
    if (typeof performance.measure === 'function') {
      try {
        performance.measure('search', 'search:start', 'search:end');
      } catch {
        // A mark went missing (cleared by someone else): the attribute still has the figure.
      }
    }
    region.current.dataset.searchMs = ms.toFixed(1);
  }, [done]);

  const error = indexState.status === 'error' ? indexState.message : searchFailed;
  let status = '';
  if (q && indexState.status === 'loading') status = 'Loading the search index…';
  else if (outcome) {
    status =
      total === 0
        ? `No results for ${quoted(q)}.`
        : `${plural(total, 'article matches', 'articles match')} ${quoted(q)}${outcome.partial ? ' (some of the words)' : ''}.`;
  } else if (q && !error) status = 'Searching…';

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
      {error && q && (
        <div role="alert" className="qr-search-page__error">
          <p>{error}</p>
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
        // The query whose results are committed, the whole first page of them: the URL changes a
        // moment before the new results render (the router commits in a transition), so browser
        // tests wait on this instead.
        data-search-query={done && whole ? q : ''}
        data-reserve={q ? 'true' : undefined}
      >
        {outcome && outcome.partial && (
          <p className="qr-search-page__note">No article has every word; these have some of them, those with the most words first.</p>
        )}
        {outcome && visible.length > 0 && <SearchResults hits={visible} query={outcome.query} whole={whole} />}
        {restFailed && (
          <div role="alert" className="qr-search-page__error">
            <p>Not every result could be shown. {restFailed}</p>
            <button type="button" onClick={() => setMoreFailed(null)}>
              Try again
            </button>
          </div>
        )}
        {outcome && total === 0 && (
          <p>
            Nothing matched. Try fewer words, check the spelling, or <Link to="/speakers">browse the speakers</Link>.
          </p>
        )}
        {/* Only once the page is whole: drawn under the first results it would move as the rest arrive. */}
        {whole && total > count && (
          <button type="button" className="qr-search-page__more" onClick={() => {
              focusFrom.current = count;
              setShown({ q, count: count + RESULTS_PAGE });
            }}>
            Show more results ({(total - count).toLocaleString('en')} more)
          </button>
        )}
      </section>
      {q && hasMineArticles() && (
        <Suspense fallback={null}>
          <MineSearchResults query={q} />
        </Suspense>
      )}
    </div>
  );
}

/** Route properties merged into the router's lazy Search route. */
export const searchRoute: Pick<RouteObject, 'Component' | 'loader'> = {
  Component: SearchPage,
  // Start the search itself while the route resolves.
  loader: ({ request }) => {
    const q = (new URL(request.url).searchParams.get('q') ?? '').slice(0, MAX_QUERY_LENGTH).trim();
    if (q) {
      // The query's shards and doc chunks load while the page renders; the page takes the search over.
      loadSearchIndex().then(
        (index) => {
          startSearch(index, q, FIRST_RESULTS).outcome.catch(() => {
            // Reported by the page.
          });
        },
        () => {
          // Reported by the page.
        },
      );
    }
    return null;
  },
};
