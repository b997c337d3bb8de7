// "Mark as quotation": selecting words in the article offers to mark them as a quotation the engine
// missed, with the same speaker choice as "Correct speaker". Offsets come from the paragraphs'
// data-start, so the saved words are exactly the article's text.
import { useEffect, useState, type RefObject } from 'react';
import type { ArticleChunk } from '../contract/article-data.ts';
import { importWithRetry } from '../lib/lazy-import.ts';
import { chosenSpeaker, SpeakerChoice } from './speaker-choice.tsx';

/** The article offset of a DOM selection point, or null outside the article's paragraphs. */
export function articleOffset(container: HTMLElement, node: Node, offset: number): number | null {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const p = el?.closest<HTMLElement>('p[data-start]');
  if (!p || !container.contains(p)) return null;
  const range = document.createRange();
  range.setStart(p, 0);
  range.setEnd(node, offset);
  return Number(p.dataset.start) + range.toString().length;
}

/** The selected span of the article, trimmed of spaces, or null when it is not article text. */
export function selectedSpan(container: HTMLElement, selection: Selection | null, text: string): { start: number; end: number } | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  let start = articleOffset(container, range.startContainer, range.startOffset);
  let end = articleOffset(container, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  // The page shows the article's words and nothing else, but check: a mismatch must never be saved.
  const squash = (s: string) => s.replace(/\s+/g, '');
  return squash(text.slice(start, end)) === squash(selection.toString()) ? { start, end } : null;
}

/** Props of MarkQuotation. */
export interface MarkQuotationProps {
  container: RefObject<HTMLElement | null>;
  article: ArticleChunk;
  articleKey: string;
  onChanged(message: string, undoKey?: string): void;
}

/** The button by a selection in the article, and the small form it opens. */
export function MarkQuotation({ container, article, articleKey, onChanged }: MarkQuotationProps) {
  const [span, setSpan] = useState<{ start: number; end: number; top: number; left: number } | null>(null);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [nobody, setNobody] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    if (open) return;
    const onSelection = () => {
      const root = container.current;
      const sel = document.getSelection();
      const found = root ? selectedSpan(root, sel, article.text) : null;
      if (!found || !sel) {
        setSpan(null);
        return;
      }
      // Placed under the selection (or under the article's start where ranges have no geometry).
      const range = sel.getRangeAt(0);
      const rect = typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : root!.getBoundingClientRect();
      setSpan({ ...found, top: rect.bottom + window.scrollY + 6, left: Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + window.innerWidth - 200)) });
    };
    document.addEventListener('selectionchange', onSelection);
    // Loaded by the selection that is already there (the reading view loads this chunk on the first one).
    onSelection();
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [container, article.text, open]);

  if (!span) return null;
  const words = article.text.slice(span.start, span.end);
  const overlaps = article.quotes.some((q) => q.start < span.end && q.end > span.start);

  async function save() {
    if (!span) return;
    const chosen = chosenSpeaker(name, nobody, article.speakers);
    if ('error' in chosen) {
      setError(chosen.error);
      return;
    }
    try {
      // The store's code loads with the first correction, not with the article (decision 085).
      const { saveCorrection } = await importWithRetry(() => import('../lib/corrections-db.ts'));
      const stored = await saveCorrection({
        article: articleKey,
        title: article.title,
        action: 'add',
        quote: { text: words, start: span.start, end: span.end },
        speaker: chosen.speaker,
        engine: null,
      });
      setOpen(false);
      setSpan(null);
      setName('');
      document.getSelection()?.removeAllRanges();
      onChanged(`Marked as a quotation${chosen.speaker ? ` by ${chosen.speaker.name}` : ''}.`, stored.key);
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <div className="mark-quotation" style={{ top: span.top, left: span.left }}>
      {!open ? (
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => setOpen(true)} disabled={overlaps}
          title={overlaps ? 'These words overlap a quotation already marked: open that one to correct it.' : undefined}>
          Mark as quotation
        </button>
      ) : (
        <form role="dialog" aria-label="Mark as quotation" className="correction-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <p className="popover-quote">{words.length > 160 ? `${words.slice(0, 160)}…` : words}</p>
          <SpeakerChoice speakers={article.speakers.map((s) => s.name)} value={name} onChange={setName} nobody={nobody} onNobody={setNobody} />
          <div className="popover-actions">
            <button type="submit">Save</button>
            <button type="button" onClick={() => { setOpen(false); setSpan(null); setError(''); }}>Cancel</button>
          </div>
          {error && <p className="field-error" role="alert">{error}</p>}
        </form>
      )}
    </div>
  );
}
