// Your articles on the search and speaker pages: a small in-browser index (MiniSearch) over the
// articles in IndexedDB, built when the page opens; the bundled search index is not touched. Every
// row is marked "Yours". A lazy chunk, loaded only when the reader has added articles.
import MiniSearch from 'minisearch';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { plural } from '../lib/format.ts';
import { listMine, type MineArticle } from '../mine/store.ts';
import '../styles/mine.css';

/** Your articles, read once per page. */
function useMine(): MineArticle[] | null {
  const [rows, setRows] = useState<MineArticle[] | null>(null);
  useEffect(() => {
    let live = true;
    listMine().then(
      (r) => live && setRows(r),
      () => live && setRows([]),
    );
    return () => {
      live = false;
    };
  }, []);
  return rows;
}

function YoursBadge() {
  return <span className="mine-badge">Yours</span>;
}

interface MineDoc {
  id: string;
  articleId: string;
  quoteId: string | null;
  title: string;
  text: string;
  speaker: string;
}

/** One document per article and per quotation, like the bundled index (contract SearchDocument). */
function indexOf(rows: MineArticle[]): MiniSearch<MineDoc> {
  const index = new MiniSearch<MineDoc>({ fields: ['title', 'text', 'speaker'], storeFields: ['articleId', 'quoteId', 'title', 'text', 'speaker'] });
  index.addAll(
    rows.flatMap((a) => [
      { id: a.id, articleId: a.id, quoteId: null, title: a.title, text: a.text, speaker: '' },
      ...a.quotes.map((q) => ({ id: `${a.id}#${q.id}`, articleId: a.id, quoteId: q.id, title: a.title, text: a.text.slice(q.start, q.end), speaker: q.speaker?.name ?? '' })),
    ]),
  );
  return index;
}

/** Search results among your articles, under the bundled ones. */
export function MineSearchResults({ query }: { query: string }) {
  const rows = useMine();
  const index = useMemo(() => (rows && rows.length ? indexOf(rows) : null), [rows]);
  const hits = useMemo(() => (index && query ? index.search(query, { prefix: true, combineWith: 'AND' }).slice(0, 20) : []), [index, query]);
  if (!query || hits.length === 0) return null;
  return (
    <section className="mine-results" aria-labelledby="mine-results-heading">
      <h2 id="mine-results-heading">In your articles ({plural(hits.length, 'match', 'matches')})</h2>
      <ul>
        {hits.map((h) => (
          <li key={h.id}>
            <Link to={`/mine/${h.articleId as string}${h.quoteId ? `#${encodeURIComponent(h.quoteId as string)}` : ''}`}>{h.title as string}</Link> <YoursBadge />
            {h.quoteId && (
              <p className="meta">
                “{h.text as string}” — {(h.speaker as string) || 'unattributed'}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A speaker's quotations in your articles (same speaker id, or the same name). */
export function MineSpeakerQuotes({ id, name }: { id: string; name: string }) {
  const rows = useMine();
  const found = useMemo(
    () =>
      (rows ?? [])
        .map((a) => ({ article: a, quotes: a.quotes.filter((q) => q.speaker && (q.speaker.id === id || q.speaker.name === name)) }))
        .filter((r) => r.quotes.length > 0),
    [rows, id, name],
  );
  if (found.length === 0) return null;
  return (
    <section className="mine-results" aria-labelledby="mine-speaker-heading">
      <h2 id="mine-speaker-heading">
        In your articles <YoursBadge />
      </h2>
      <p className="meta">
        {plural(found.reduce((n, r) => n + r.quotes.length, 0), 'quotation')} in {found.length.toLocaleString('en')} of your articles.
      </p>
      {found.map(({ article, quotes }) => (
        <div key={article.id} className="mine-speaker-article">
          <h3>
            <Link to={`/mine/${article.id}`}>{article.title}</Link>
          </h3>
          <ul aria-label={`Quotations in ${article.title}`}>
            {quotes.map((q) => (
              <li key={q.id}>
                <Link to={`/mine/${article.id}#${encodeURIComponent(q.id)}`}>
                  <span className="sr-only">Quote by {name}: </span>
                  <q>{article.text.slice(q.start, q.end)}</q>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
