// /add: the reader brings an article: typed or pasted text (rich text through Readability), or
// .txt/.md/.html files picked or dropped anywhere on the page. The build's own parsing runs here,
// the engine runs in a Web Worker, the result goes to IndexedDB; nothing leaves the browser.
import { useCallback, useEffect, useId, useRef, useState, type ClipboardEvent, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useDocumentTitle } from '../lib/document-title.ts';
import { plural } from '../lib/format.ts';
import { addFiles, addTyped, parsePastedHtml, warmUpEngine, type AddOutcome, type AddProblem } from '../mine/add-articles.ts';
import { requestPersistence, StorageFullError } from '../mine/store.ts';
import '../styles/mine.css';

/** Which form field a problem with typed text belongs next to. */
type Field = 'title' | 'url' | 'text';

function fieldOf(p: AddProblem): Field {
  if (p.code === 'missing-title' || p.code === 'title-too-long') return 'title';
  if (p.code === 'front-matter-field' && /"url"/.test(p.message)) return 'url';
  return 'text';
}

// The shared validation speaks of front-matter fields; on the form they have labels.
const wording = (message: string) => message.replace(/The "url" field/g, 'The source URL').replace(/The "title" field/g, 'The title');

// A field's problems under it, referenced by the field's aria-describedby; nothing when there are none.
function FieldProblems({ id, problems }: { id: string; problems: AddProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div id={id} className="field-error">
      <ProblemList problems={problems} />
    </div>
  );
}

function ProblemList({ problems }: { problems: AddProblem[] }) {
  return (
    <ul className="problem-list">
      {problems.map((p, i) => (
        <li key={i}>
          {wording(p.message)}
          {p.fix ? ` ${p.fix}` : ''}
        </li>
      ))}
    </ul>
  );
}

/** Files dropped or picked: added at once, with progress and a line per file. */
function useFileBatch() {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcomes, setOutcomes] = useState<AddOutcome[]>([]);
  const busy = useRef(false);
  const run = useCallback(async (files: File[]) => {
    if (files.length === 0 || busy.current) return;
    busy.current = true;
    setOutcomes([]);
    setProgress({ done: 0, total: files.length });
    void requestPersistence();
    const done: AddOutcome[] = [];
    await addFiles(files, (n, total, last) => {
      done.push(last);
      setProgress({ done: n, total });
      setOutcomes([...done]);
    });
    busy.current = false;
  }, []);
  return { progress, outcomes, run };
}

/** Dropping files anywhere on the page while /add is open. */
function useWindowDrop(onFiles: (files: File[]) => void): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Without preventDefault the browser would open the file instead of handing it to us.
      e.preventDefault();
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(false);
      onFiles([...(e.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [onFiles]);
  return over;
}

function AddPage() {
  useDocumentTitle('Add an article');
  const navigate = useNavigate();
  const ids = useId();
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<AddProblem[]>([]);
  const [storageError, setStorageError] = useState('');
  const [working, setWorking] = useState(false);
  const [pasteNote, setPasteNote] = useState('');
  const batch = useFileBatch();
  const dragging = useWindowDrop(batch.run);

  // Start the engine's worker and fetch the reading view's code while the reader types, so adding
  // neither waits for them nor makes any request.
  useEffect(() => {
    warmUpEngine();
    // A prefetch: if it fails, opening the article loads (and retries) the chunk itself.
    import('./mine-page.tsx').catch(() => undefined);
  }, []);

  const byField = (f: Field) => problems.filter((p) => fieldOf(p) === f);
  const errorId = (f: Field) => `${ids}-${f}-error`;
  const described = (f: Field, hint?: string) => [hint, byField(f).length ? errorId(f) : undefined].filter(Boolean).join(' ') || undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (working) return;
    setWorking(true);
    setProblems([]);
    setStorageError('');
    void requestPersistence();
    try {
      const outcome = await addTyped(text, { title, url });
      if (outcome.ok) {
        navigate(`/mine/${outcome.id}`);
        return;
      }
      setProblems(outcome.problems);
    } catch (error) {
      setStorageError(error instanceof StorageFullError ? error.message : `The article could not be added: ${(error as Error).message}`);
    }
    setWorking(false);
  };

  // Rich text (a copied web page) comes with HTML: Readability keeps the article and drops the rest.
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = e.clipboardData.getData('text/html');
    if (!html || text.trim() !== '') return;
    const parsed = parsePastedHtml(html);
    if (!parsed) return;
    e.preventDefault();
    setText(parsed.text);
    if (!title.trim() && parsed.title) setTitle(parsed.title);
    if (!url.trim() && parsed.url) setUrl(parsed.url);
    setPasteNote(`Pasted as clean text: ${plural(parsed.paragraphs, 'paragraph')}${parsed.removed ? `, ${plural(parsed.removed, 'line')} of page furniture left out` : ''}.`);
  };

  const added = batch.outcomes.filter((o): o is AddOutcome & { ok: true } => o.ok);
  const rejected = batch.outcomes.filter((o): o is AddOutcome & { ok: false } => !o.ok);

  return (
    <div className="add-page" data-dragging={dragging ? 'true' : 'false'}>
      <h1>Add an article</h1>
      <p className="lede">
        Paste an article, or drop .txt, .md or .html files anywhere on this page, to see who said what. Your articles stay in this browser: nothing is
        sent anywhere.
      </p>

      <form className="add-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={`${ids}-title`}>
            Title <span className="optional">(optional: otherwise the first line)</span>
          </label>
          <input id={`${ids}-title`} value={title} onChange={(e) => setTitle(e.target.value)} aria-invalid={byField('title').length > 0} aria-describedby={described('title')} />
          <FieldProblems id={errorId('title')} problems={byField('title')} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-url`}>
            Source URL <span className="optional">(optional)</span>
          </label>
          <input id={`${ids}-url`} type="url" inputMode="url" value={url} onChange={(e) => setUrl(e.target.value)} aria-invalid={byField('url').length > 0} aria-describedby={described('url')} />
          <FieldProblems id={errorId('url')} problems={byField('url')} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-text`}>Article text</label>
          <textarea
            id={`${ids}-text`}
            value={text}
            rows={14}
            onChange={(e) => setText(e.target.value)}
            onPaste={onPaste}
            aria-invalid={byField('text').length > 0}
            aria-describedby={described('text', `${ids}-text-hint`)}
          />
          <p id={`${ids}-text-hint`} className="hint">
            {pasteNote || 'The headline on the first line, then the paragraphs. Copying a whole web page works: the site around the article is left out.'}
          </p>
          <FieldProblems id={errorId('text')} problems={byField('text')} />
        </div>
        <div className="form-actions">
          <button type="submit" className="primary-button" disabled={working}>
            Add article
          </button>
          <span role="status" className="form-status">
            {working ? 'Finding the quotations…' : ''}
          </span>
        </div>
        {storageError && (
          <p className="field-error" role="alert">
            {storageError}
          </p>
        )}
      </form>

      <section className="add-files" aria-labelledby={`${ids}-files-heading`}>
        <h2 id={`${ids}-files-heading`}>From files</h2>
        <div className="field">
          <label htmlFor={`${ids}-file`}>Article file</label>
          <input
            id={`${ids}-file`}
            type="file"
            multiple
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            aria-describedby={`${ids}-file-hint`}
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              void batch.run(files);
            }}
          />
          <p id={`${ids}-file-hint`} className="hint">
            One or more .txt (a page as copied), .md (Markdown, front matter optional) or .html (a saved page) files; each is added at once. You can also
            drop them anywhere on this page.
          </p>
        </div>
        <div role="status" className="batch-status">
          {batch.progress && (
            <>
              <progress value={batch.progress.done} max={batch.progress.total} aria-label="Files added" />{' '}
              {batch.progress.done < batch.progress.total
                ? `Reading ${batch.progress.done + 1} of ${plural(batch.progress.total, 'file')}…`
                : `Done: ${plural(added.length, 'article')} added${rejected.length ? `, ${plural(rejected.length, 'file')} could not be added` : ''}.`}
            </>
          )}
        </div>
        {rejected.length > 0 && (
          <div className="batch-problems" role="alert">
            <h3>Not added</h3>
            <ul>
              {rejected.map((o, i) => (
                <li key={i}>
                  <strong className="file-name">{o.name}</strong>: <ProblemList problems={o.problems} />
                </li>
              ))}
            </ul>
          </div>
        )}
        {added.length > 0 && (
          <div className="batch-added">
            <h3>Added</h3>
            <ul>
              {added.map((o) => (
                <li key={o.id}>
                  <Link to={`/mine/${o.id}`}>{o.title}</Link> <span className="file-name">({o.name}, {plural(o.quoteCount, 'quotation')})</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop the files to add them
        </div>
      )}
    </div>
  );
}

/** Route properties of the lazy `/add` route. */
export const addRoute = { Component: AddPage };
