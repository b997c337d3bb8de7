// Details of one quotation: who said it, the cue, the kind, how the attribution was made, the
// confidence, "Only this speaker" and "Copy with citation". A non-modal dialog: focus moves in, Esc
// closes, focus returns. On wide screens it is anchored to its quotation by @floating-ui/dom (flips
// above it near the bottom of the window, stays inside the window, follows scrolling and resizing;
// docs/decisions/034-reading-view-for-readers.md); on phones it is a bottom sheet and the quotation is
// scrolled into the space above it.
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { ArticleChunk } from '../contract/article-data.ts';
import type { Quote } from '../quotes/types.ts';
import { formatDate } from '../lib/format.ts';
import { safeHttpUrl } from '../lib/safe-url.ts';
import { LOW_CONFIDENCE } from '../common/confidence.ts';
import { ALL_MARKS, markClass } from '../quotes/tables/quote-marks.ts';
import { UNATTRIBUTED } from '../lib/speaker-param.ts';
import { bundledArticleHref, useArticleHref } from '../lib/article-href.ts';

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

/**
 * “quote” — Speaker, in "Title", Source, 13 May 2017, original URL; the quotation in Quote Reader:
 * `appUrl` (the app's own link to it, `…/articles/<slug>#q3`).
 */
export function citation(quoteText: string, speaker: string | null, article: Pick<ArticleChunk, 'title' | 'source' | 'date' | 'url'>, appUrl: string): string {
  const parts = [`“${bareQuote(quoteText)}” — ${speaker ?? 'unattributed'}`, `in "${article.title}"`];
  if (article.source) parts.push(article.source);
  if (article.date) parts.push(formatDate(article.date));
  const original = safeHttpUrl(article.url);
  if (original) parts.push(original);
  return `${parts.join(', ')}. Quotation in Quote Reader: ${appUrl}`;
}

/** The app's address of a quotation, under the site's base path (e.g. https://host/reader/articles/x#q3). */
export function quotationUrl(slug: string, quoteId: string, origin: string = window.location.origin, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${origin}${root}articles/${encodeURIComponent(slug)}#${encodeURIComponent(quoteId)}`;
}

/** Below this width the details are a bottom sheet (reading.css uses the same 40rem). */
const SHEET_QUERY = '(max-width: 40rem)';

/** Scrolls the window so `anchor` sits in the space above a bottom sheet `sheetHeight` tall (below `top`, the sticky bar). */
export function keepAboveSheet(anchor: DOMRect, sheetHeight: number, viewport: number, top: number): number {
  const room = viewport - sheetHeight - 12;
  if (anchor.top >= top && anchor.bottom <= room) return 0;
  // Centre it in the visible room; a quotation taller than the room starts at its top.
  const height = anchor.bottom - anchor.top;
  const wanted = height >= room - top ? top : top + (room - top - height) / 2;
  return anchor.top - wanted;
}

interface QuotePopoverProps {
  quote: Quote;
  article: ArticleChunk;
  anchor: HTMLElement;
  onClose(): void;
  /** Filters the article to this speaker (their filter key). */
  onOnly(key: string): void;
  /** More sections of the details (the correction actions). */
  children?: ReactNode;
}

/** The quote details dialog, placed under the quotation (a bottom sheet on phones, by CSS). */
export function QuotePopover({ quote, article, anchor, onClose, onOnly, children }: QuotePopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [copied, setCopied] = useState<string>('');
  // Your own articles live at /mine/<id>: the citation links there, not to /articles/.
  const hrefOf = useArticleHref();
  const text = article.text.slice(quote.start, quote.end);
  const cue = quote.cue ? article.text.slice(quote.cue.start, quote.cue.end) : null;
  const mention = quote.mention ? article.text.slice(quote.mention.start, quote.mention.end) : null;
  const low = quote.speaker !== null && quote.confidence < LOW_CONFIDENCE;

  useLayoutEffect(() => {
    const floating = ref.current;
    if (!floating) return;
    const sheet = window.matchMedia?.(SHEET_QUERY).matches ?? false;
    if (sheet) {
      // Bottom sheet (CSS): move the quotation into the room above it, below the sticky filter bar.
      const bar = document.querySelector('.reading-aside')?.getBoundingClientRect();
      const dy = keepAboveSheet(anchor.getBoundingClientRect(), floating.getBoundingClientRect().height, window.innerHeight, (bar && bar.top <= 0 ? bar.bottom : 0) + 8);
      document.documentElement.style.setProperty('--sheet-room', `${Math.ceil(floating.getBoundingClientRect().height)}px`);
      floating.dataset.placed = 'true';
      if (dy !== 0) window.scrollBy({ top: dy, behavior: 'instant' });
      return () => document.documentElement.style.removeProperty('--sheet-room');
    }
    const place = () =>
      void computePosition(anchor, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(8),
          flip({ padding: 8, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
          shift({ padding: 8, crossAxis: true }),
          // Never taller than the window: the details scroll inside instead of leaving it.
          size({ padding: 8, apply: ({ availableHeight }) => floating.style.setProperty('--popover-max', `${Math.max(160, availableHeight)}px`) }),
        ],
      }).then(({ x, y }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
        floating.dataset.placed = 'true';
      });
    // Follows scrolling, resizing and the quotation's own movement (a filter change reflowing the text).
    return autoUpdate(anchor, floating, place);
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
    const value = citation(text, quote.speaker?.name ?? null, article, hrefOf === bundledArticleHref ? quotationUrl(article.slug, quote.id) : `${window.location.origin}${(import.meta.env.BASE_URL ?? '/').replace(/\/$/, '')}${hrefOf(article.slug)}#${encodeURIComponent(quote.id)}`);
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
      onKeyDown={(e) => {
        // Keep Tab inside the dialog: it is small, and leaving it would strand it open.
        if (e.key !== 'Tab') return;
        const items = ref.current?.querySelectorAll<HTMLElement>('a[href], button:not(:disabled), input:not(:disabled)');
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
        <button type="button" onClick={() => onOnly(quote.speaker?.id ?? UNATTRIBUTED)}>
          {quote.speaker ? `Only ${quote.speaker.name}` : 'Only unattributed'}
        </button>
        <button type="button" onClick={copy}>
          Copy with citation
        </button>
        <span role="status" className="copy-status">
          {copied}
        </span>
      </div>
      {children}
    </div>
  );
}
