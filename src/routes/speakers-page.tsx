// `/speakers`: every speaker in the corpus, sortable by name, quotations and articles, with a
// name filter. The filter, sort and page live in the URL (?q=…&sort=…&page=…). A corpus of
// 10,000 articles has thousands of speakers, so the table shows one page of them at a time.
import { useEffect, useMemo, useState, useDeferredValue } from 'react';
import { Link, useLoaderData, useNavigationType, useSearchParams, type RouteObject } from 'react-router-dom';
import type { SpeakerSummary } from '../contract/article-data.ts';
import { SPEAKER_TYPE_LABELS, speakerTypeOf } from '../common/speaker-type.ts';
import type { DataClient } from '../lib/data-client.ts';
import { foldName, matchesWords, queryWords } from '../lib/name-match.ts';
import '../styles/speakers.css';
import { SpeakerPager } from '../components/speaker-pager.tsx';
import { ExportQuotations } from '../components/export-quotations.tsx';
import { useLazyCorrections } from '../lib/lazy-corrections.ts';
import { useMineSpeakers, withMineCounts, type SpeakerWithMine } from '../lib/mine-speaker-counts.ts';

/** Rows per page. */
export const SPEAKERS_PAGE_SIZE = 100;

type SortKey = 'name' | 'quotes' | 'articles';
type Direction = 'asc' | 'desc';

/** Columns: label, how to compare, and the direction a first click sorts in. */
const COLUMNS: readonly { key: SortKey; label: string; first: Direction }[] = [
  { key: 'name', label: 'Name', first: 'asc' },
  { key: 'quotes', label: 'Quotations', first: 'desc' },
  { key: 'articles', label: 'Articles', first: 'desc' },
];

const DEFAULT_SORT = { key: 'quotes', dir: 'desc' } as const;

interface Row extends SpeakerWithMine {
  /** Lower-case name without accents, for the filter. */
  folded: string;
}


/** Reads `sort=<key>-<dir>`; anything else is the default. */
function parseSort(value: string | null): { key: SortKey; dir: Direction } {
  const [key, dir] = (value ?? '').split('-');
  const column = COLUMNS.find((c) => c.key === key);
  if (!column) return DEFAULT_SORT;
  return { key: column.key, dir: dir === 'asc' || dir === 'desc' ? dir : column.first };
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compare(key: SortKey): (a: Row, b: Row) => number {
  if (key === 'name') return (a, b) => collator.compare(a.name, b.name);
  const field = key === 'quotes' ? 'quoteCount' : 'articleCount';
  // Ties are broken by name so the order is stable and predictable.
  return (a, b) => a[field] - b[field] || collator.compare(b.name, a.name);
}

function pageHref(params: URLSearchParams, page: number): string {
  const next = new URLSearchParams(params);
  if (page <= 1) next.delete('page');
  else next.set('page', String(page));
  const s = next.toString();
  return s ? `?${s}` : '?';
}

function SpeakersPage() {
  const loaded = useLoaderData() as SpeakerSummary[];
  // Counts as the reader's corrections leave them (their code loads only in a browser that has
  // some, after the first render: decision 085).
  const corrections = useLazyCorrections();
  const corrected = useMemo(() => (corrections ? corrections.views.correctSpeakerList(loaded, corrections.list) : loaded), [loaded, corrections]);
  // The reader's own articles count alongside the bundled ones (marked as theirs in the table).
  const mine = useMineSpeakers();
  const speakers = useMemo(() => withMineCounts(corrected, mine), [corrected, mine]);
  const [params, setParams] = useSearchParams();
  const navigationType = useNavigationType();
  const urlQuery = params.get('q') ?? '';
  const sort = parseSort(params.get('sort'));

  // The field follows the keyboard at once; the URL (replace, no history entry per key) follows it.
  const [text, setText] = useState(urlQuery);
  useEffect(() => {
    // Back/forward or a pasted link changed the filter: show it.
    if (navigationType === 'POP') setText(urlQuery);
  }, [urlQuery, navigationType]);
  const filter = useDeferredValue(text);

  useEffect(() => {
    document.title = 'Speakers · Quote Reader';
  }, []);

  const rows = useMemo<Row[]>(() => speakers.map((s) => ({ ...s, folded: foldName(s.name) })), [speakers]);
  const sorted = useMemo(() => {
    const cmp = compare(sort.key);
    return [...rows].sort(sort.dir === 'asc' ? cmp : (a, b) => cmp(b, a));
  }, [rows, sort.key, sort.dir]);
  const filtered = useMemo(() => {
    const words = queryWords(filter);
    return words.length === 0 ? sorted : sorted.filter((r) => matchesWords(r.folded, words));
  }, [sorted, filter]);

  const pageCount = Math.max(1, Math.ceil(filtered.length / SPEAKERS_PAGE_SIZE));
  const requested = Number.parseInt(params.get('page') ?? '1', 10);
  const page = Number.isFinite(requested) ? Math.min(Math.max(1, requested), pageCount) : 1;
  const first = (page - 1) * SPEAKERS_PAGE_SIZE;
  const pageRows = filtered.slice(first, first + SPEAKERS_PAGE_SIZE);

  const update = (change: (p: URLSearchParams) => void) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        change(next);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  const onFilter = (value: string) => {
    setText(value);
    update((p) => {
      if (value) p.set('q', value);
      else p.delete('q');
      p.delete('page');
    });
  };

  const onSort = (key: SortKey) => {
    const column = COLUMNS.find((c) => c.key === key);
    const dir: Direction = sort.key === key ? (sort.dir === 'asc' ? 'desc' : 'asc') : (column?.first ?? 'asc');
    // A new order starts at the first page; sorting is a view change worth a history entry.
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('sort', `${key}-${dir}`);
        next.delete('page');
        return next;
      },
      { preventScrollReset: true },
    );
  };

  const sortLabel = `${COLUMNS.find((c) => c.key === sort.key)?.label.toLowerCase()}, ${sort.dir === 'asc' ? 'ascending' : 'descending'}`;
  const status =
    filtered.length === 0
      ? `No speaker matches “${filter}”.`
      : `Showing ${(first + 1).toLocaleString('en')}–${(first + pageRows.length).toLocaleString('en')} of ${filtered.length.toLocaleString('en')} ${filtered.length === 1 ? 'speaker' : 'speakers'}, sorted by ${sortLabel}.`;

  return (
    <div className="qr-speakers">
      <h1>Speakers</h1>
      <p className="qr-speakers__intro">Everyone quoted in the articles. Choose a name to read all their quotations.</p>
      <ExportQuotations target={{ kind: 'corpus' }} />
      <div className="qr-speakers__filter">
        <label htmlFor="speaker-filter">Filter by name</label>
        <input
          id="speaker-filter"
          type="text"
          value={text}
          onChange={(e) => onFilter(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
        />
      </div>
      <p role="status" aria-live="polite" className="qr-speakers__status">
        {status}
      </p>
      {filtered.length > 0 && (
        <div className="qr-speakers__scroll">
          <table className="qr-speakers__table">
            <caption className="sr-only">Speakers, sorted by {sortLabel}</caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => {
                  const active = sort.key === c.key;
                  return (
                    <th
                      key={c.key}
                      scope="col"
                      aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                      className={c.key === 'name' ? undefined : 'qr-speakers__num'}
                    >
                      <button type="button" className="qr-speakers__sort" onClick={() => onSort(c.key)}>
                        {c.label}
                        <span aria-hidden="true" className="qr-speakers__arrow">
                          {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
                <th scope="col">Type</th>
              </tr>
            </thead>
            <tbody>
              {pageRows.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`/speakers/${encodeURIComponent(s.id)}`}>{s.name}</Link>
                    {s.mineQuoteCount > 0 && <span className="mine-badge">Yours</span>}
                  </th>
                  <td className="qr-speakers__num">
                    {s.quoteCount.toLocaleString('en')}
                    {s.mineQuoteCount > 0 && <span className="qr-speakers__mine"> ({s.mineQuoteCount.toLocaleString('en')} in yours)</span>}
                  </td>
                  <td className="qr-speakers__num">
                    {s.articleCount.toLocaleString('en')}
                    {s.mineArticleCount > 0 && <span className="qr-speakers__mine"> ({s.mineArticleCount.toLocaleString('en')} yours)</span>}
                  </td>
                  <td className="qr-speakers__type-cell">{typeLabel(s)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SpeakerPager label="Speaker pages" page={page} pageCount={pageCount} hrefFor={(n) => pageHref(params, n)} />
    </div>
  );
}

/** "Person", "Organisation", "Group", "Role or title", or nothing when the data gives no type. */
function typeLabel(s: SpeakerSummary): string {
  const type = speakerTypeOf(s);
  return type === 'unknown' ? '' : SPEAKER_TYPE_LABELS[type].one;
}

/** Route properties merged into the router's lazy Speakers route, loading through `client`. */
export function speakersRoute(client: DataClient): Pick<RouteObject, 'Component' | 'loader'> {
  return {
    Component: SpeakersPage,
    // No abort signal: the file is cached and shared, and a filter keystroke re-runs this loader.
    loader: () => client.loadSpeakers(),
  };
}
