// Details of one quotation: who said it, the cue, the kind, how the attribution was made, the
// confidence, and "Copy with citation". A non-modal dialog: focus moves in, Esc closes, focus returns.
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ArticleChunk } from '../contract/article-data.ts';
import type { Quote } from '../quotes/types.ts';
import { formatDate } from '../lib/format.ts';
import { safeHttpUrl } from '../lib/safe-url.ts';
import { LOW_CONFIDENCE } from '../common/confidence.ts';
import { ALL_MARKS, markClass } from '../quotes/tables/quote-marks.ts';

const KIND_LABELS: Record<Quote['kind'], string> = {
  direct: 'Direct quotation',
  partial: 'Partial quotation',
  continuation: 'Continuation of an earlier quotation',
};

const ANY_MARK = markClass([...ALL_MARKS.keys()].join(''));
const LEADING_MARKS = new RegExp(`^${ANY_MARK}+`, 'u');
const TRAILING_MARKS = new RegExp(`${ANY_MARK}+$`, 'u');

/** The quotation without its surrounding quote marks. */
export function bareQuote(text: string): string {
  return text.trim().replace(LEADING_MARKS, '').replace(TRAILING_MARKS, '').trim();
}

/** “quote” — Speaker, in "Title", Source, 13 May 2017, URL. */
export function citation(quoteText: string, speaker: string | null, article: Pick<ArticleChunk, 'title' | 'source' | 'date' | 'url'>, pageUrl: string): string {
  const parts = [`“${bareQuote(quoteText)}” — ${speaker ?? 'unattributed'}`, `in "${article.title}"`];
  if (article.source) parts.push(article.source);
  if (article.date) parts.push(formatDate(article.date));
  parts.push(safeHttpUrl(article.url) ?? pageUrl);
  return parts.join(', ');
}

interface QuotePopoverProps {
  quote: Quote;
  article: ArticleChunk;
  anchor: HTMLElement;
  onClose(): void;
}

/** The quote details dialog, placed under the quotation (a bottom sheet on phones, by CSS). */
export function QuotePopover({ quote, article, anchor, onClose }: QuotePopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [copied, setCopied] = useState<string>('');
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  const text = article.text.slice(quote.start, quote.end);
  const cue = quote.cue ? article.text.slice(quote.cue.start, quote.cue.end) : null;
  const mention = quote.mention ? article.text.slice(quote.mention.start, quote.mention.end) : null;
  const low = quote.speaker !== null && quote.confidence < LOW_CONFIDENCE;

  useLayoutEffect(() => {
    const rect = anchor.getBoundingClientRect();
    const width = Math.min(352, window.innerWidth - 16);
    setPos({
      top: rect.bottom + window.scrollY + 8,
      left: Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + window.innerWidth - width - 8)),
    });
  }, [anchor]);

  useEffect(() => {
    ref.current?.focus();
    // Mark the words the attribution rests on while the details are open.
    const marked = [...document.querySelectorAll<HTMLElement>('[data-mention-for]')].filter((el) =>
      (el.dataset.mentionFor ?? '').split(' ').includes(quote.id),
    );
    marked.forEach((el) => el.setAttribute('data-mention-active', 'true'));
    anchor.setAttribute('data-open', 'true');
    return () => {
      marked.forEach((el) => el.removeAttribute('data-mention-active'));
      anchor.removeAttribute('data-open');
    };
  }, [quote.id, anchor]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        onClose();
        anchor.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!ref.current?.contains(target) && !anchor.contains(target)) onClose();
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [anchor, onClose]);

  async function copy() {
    const value = citation(text, quote.speaker?.name ?? null, article, `${window.location.origin}/articles/${encodeURIComponent(article.slug)}#${quote.id}`);
    try {
      await navigator.clipboard.writeText(value);
      setCopied('Copied the quotation with its citation.');
    } catch {
      setCopied('Copying is not allowed here; select the text instead.');
    }
  }

  function close() {
    onClose();
    anchor.focus();
  }

  return (
    <div
      ref={ref}
      className="quote-popover"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      style={pos ? { top: pos.top, left: pos.left } : undefined}
      onKeyDown={(e) => {
        // Keep Tab inside the dialog: it is small, and leaving it would strand it open.
        if (e.key !== 'Tab') return;
        const items = ref.current?.querySelectorAll<HTMLElement>('a[href], button');
        if (!items || items.length === 0) return;
        const first = items[0]!;
        const last = items[items.length - 1]!;
        if (e.shiftKey && (document.activeElement === first || document.activeElement === ref.current)) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first.focus();
        }
      }}
    >
      <div className="popover-head">
        <h2 id={titleId}>
          {quote.speaker ? (
            <>
              Quote by <Link to={`/speakers/${encodeURIComponent(quote.speaker.id)}`}>{quote.speaker.name}</Link>
            </>
          ) : (
            'Speaker unknown'
          )}
        </h2>
        <button type="button" className="icon-button" onClick={close} aria-label="Close quote details">
          ×
        </button>
      </div>
      <blockquote className="popover-quote">{bareQuote(text)}</blockquote>
      <dl className="quote-facts">
        <dt>Kind</dt>
        <dd>{KIND_LABELS[quote.kind] ?? quote.kind}</dd>
        <dt>Cue</dt>
        <dd>{cue ? <q>{cue}</q> : 'none found'}</dd>
        <dt>Mention</dt>
        <dd>{mention ? <><q>{mention}</q> <span className="hint">(outlined in the text)</span></> : 'none'}</dd>
        <dt>How</dt>
        <dd>{quote.reason || 'No explanation recorded.'}</dd>
        <dt>Confidence</dt>
        <dd>
          {Math.round(quote.confidence * 100)}%{low ? ' — uncertain, check the text' : ''}
        </dd>
      </dl>
      <div className="popover-actions">
        <button type="button" onClick={copy}>
          Copy with citation
        </button>
        <span role="status" className="copy-status">
          {copied}
        </span>
      </div>
    </div>
  );
}
