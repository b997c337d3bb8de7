// "Your articles" on the home page: the reader's own articles (IndexedDB), newest first, each with
// a Delete that can be undone for a few seconds. A lazy chunk, loaded only when the reader has
// added articles (see hasMineArticles), so the first page's JavaScript does not grow.
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDate, plural } from '../lib/format.ts';
import { deleteMine, isPersisted, listMine, putMine, type MineArticle } from '../mine/store.ts';
import '../styles/mine.css';
import { ExportQuotations } from './export-quotations.tsx';
import { siteBase } from '../lib/export-job.ts';

/** How long the Undo button stays after a delete. */
export const UNDO_MS = 8000;

function YourArticles() {
  const [list, setList] = useState<MineArticle[] | null>(null);
  const [error, setError] = useState('');
  const [deleted, setDeleted] = useState<MineArticle | null>(null);
  // false: the browser refused persistent storage (or has not granted it), so it may evict them.
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const undoRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    listMine().then(
      (rows) => live && setList(rows),
      (e: unknown) => live && setError(`Your articles could not be read from this browser's storage: ${(e as Error).message}`),
    );
    void isPersisted().then((p) => live && setPersisted(p));
    return () => {
      live = false;
      window.clearTimeout(timer.current);
    };
  }, []);

  useEffect(() => {
    if (deleted) undoRef.current?.focus();
  }, [deleted]);

  const remove = async (article: MineArticle) => {
    await deleteMine(article.id);
    setList((rows) => rows?.filter((r) => r.id !== article.id) ?? null);
    setDeleted(article);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setDeleted(null), UNDO_MS);
  };
  const undo = async () => {
    if (!deleted) return;
    window.clearTimeout(timer.current);
    const back = deleted;
    setDeleted(null);
    try {
      await putMine(back);
    } catch (e) {
      // The article must not vanish silently: say so (a full quota's message says what to do).
      setError(`“${back.title}” could not be put back: ${(e as Error).message}`);
      return;
    }
    setList(await listMine());
  };

  if (error) return <p className="notice" role="alert">{error}</p>;
  if (list === null || (list.length === 0 && !deleted)) return null;
  return (
    <section className="your-articles" aria-labelledby="your-articles-heading">
      <h2 id="your-articles-heading">Your articles</h2>
      {persisted === false && (
        <p className="meta storage-note">
          Kept in this browser only, and the browser has not agreed to keep them for good: it may delete them when it runs short of space. Installing
          Quote Reader as an app, or bookmarking it, usually makes the browser keep them.
        </p>
      )}
      <ul>
        {list.map((a) => (
          <li key={a.id}>
            <div>
              <Link id={`mine-${a.id}`} to={`/mine/${a.id}`}>
                {a.title}
              </Link>
              <p className="meta">
                {a.source ? `${a.source} · ` : ''}
                {a.date ? `${formatDate(a.date)} · ` : ''}
                {plural(a.quotes.length, 'quotation')} · added {new Date(a.addedAt).toLocaleDateString()}
              </p>
            </div>
            <button type="button" className="link-button" aria-describedby={`mine-${a.id}`} onClick={() => void remove(a)}>
              Delete
            </button>
          </li>
        ))}
      </ul>
      <ExportQuotations target={{ kind: 'articles', stem: 'your-articles', load: async () => list.map((a) => ({ article: { ...a, slug: a.id }, link: new URL(`mine/${encodeURIComponent(a.id)}`, siteBase()).href, key: `mine:${a.id}` })) }} />
      <div className="undo-bar" role="status">
        {deleted && (
          <>
            <span>Deleted “{deleted.title}”.</span>
            <button ref={undoRef} type="button" className="link-button" onClick={() => void undo()}>
              Undo
            </button>
          </>
        )}
      </div>
    </section>
  );
}

export { YourArticles };
