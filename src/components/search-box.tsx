// The search box in every page's header. Kept tiny because it ships with the first page: the
// search code and the search index's manifest are only fetched once the reader starts typing here
// (a prefetch: not on mere focus, so tabbing through the header downloads nothing) or the
// search page opens.
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { importWithRetry } from '../lib/lazy-import.ts';
import { SEARCH_BOX_ID } from '../lib/search-box-id.ts';
import '../styles/search.css';


function queryFromLocation(pathname: string, search: string): string {
  return pathname.endsWith('/search') ? (new URLSearchParams(search).get('q') ?? '') : '';
}

/** Idempotent: the module and the manifest load are shared promises after the first call. */
function prefetchSearch(): void {
  void importWithRetry(() => import('../lib/search-client.ts')).then((m) => m.preloadSearchIndex()).catch(() => {
    // Offline or a stale deployment: the search page reports it (and retries) when opened.
  });
}

/** The search box shown in every page's header. */
export function SearchBox() {
  const location = useLocation();
  const navigate = useNavigate();
  const urlQuery = queryFromLocation(location.pathname, location.search);
  const [value, setValue] = useState(urlQuery);
  const [shownQuery, setShownQuery] = useState(urlQuery);
  // Follow the URL (back/forward, links to /search?q=…) without clobbering typing in between.
  if (urlQuery !== shownQuery) {
    setShownQuery(urlQuery);
    setValue(urlQuery);
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = value.trim();
    if (!q) return;
    navigate({ pathname: '/search', search: `?${new URLSearchParams({ q }).toString()}` });
  };

  return (
    <form role="search" className="qr-search-box" onSubmit={submit}>
      <label htmlFor={SEARCH_BOX_ID} className="sr-only">
        Search
      </label>
      <input
        id={SEARCH_BOX_ID}
        type="search"
        name="q"
        className="qr-search-box__input"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          prefetchSearch();
        }}
        placeholder="Search articles and quotations"
        enterKeyHint="search"
        autoComplete="off"
        maxLength={200}
      />
      {/* The short hint a phone's narrow box shows instead of the placeholder (base.css; no script). */}
      <span className="qr-search-box__hint" aria-hidden="true">
        Search
      </span>
    </form>
  );
}
