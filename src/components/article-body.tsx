// The article's paragraphs with every quotation drawn as a focusable, labelled element. Paragraphs are
// memoised on a small highlight mask, so a filter toggle re-renders only the paragraphs it changes.
import { memo, type ReactNode } from 'react';
import type { ParagraphLayout, QuotePiece, TextRun } from '../lib/article-layout.ts';
import type { Quote } from '../quotes/types.ts';
import { initials } from '../lib/speaker-colors.ts';
import { LOW_CONFIDENCE } from '../common/confidence.ts';

/** How each speaker is drawn: colour slot, line pattern (past the palette's seven hues) and initials. */
export interface SpeakerStyle {
  slot: number;
  pattern: number;
  initials: string;
}

/** What the filter does to a quotation: no filter, highlighted by it, or left out by it. */
export type FilterState = 'none' | 'in' | 'out';

/**
 * Accessible name of a quotation piece: "Quote by <name>: <text>". With a filter on, it says whether
 * the filter highlights the quotation or leaves it out, which sighted readers see as tint vs. dots.
 */
export function quoteLabel(name: string | null, low: boolean, text: string, continued: boolean, filter: FilterState = 'none'): string {
  const who = name ? `Quote by ${name}` : 'Quote, speaker unknown';
  const state = filter === 'in' ? ', highlighted' : filter === 'out' ? ', not highlighted by the filter' : '';
  return `${who}${low && name ? ' (uncertain attribution)' : ''}${continued ? ', continued' : ''}${state}: ${text}`;
}

function Runs({ runs, text }: { runs: TextRun[]; text: string }): ReactNode {
  return runs.map((run) =>
    run.mentionOf.length ? (
      <span key={run.start} className="mention" data-mention-for={run.mentionOf.join(' ')}>
        {text.slice(run.start, run.end)}
      </span>
    ) : (
      text.slice(run.start, run.end)
    ),
  );
}

interface PieceProps {
  piece: QuotePiece;
  text: string;
  highlighted: boolean;
  filterActive: boolean;
  /** The tag is drawn where the speaker changes (and in the margin on hover and focus elsewhere). */
  tagged: boolean;
  styles: ReadonlyMap<string, SpeakerStyle>;
}

function Piece({ piece, text, highlighted, filterActive, tagged, styles }: PieceProps) {
  const { quote, part } = piece;
  const speaker = quote.speaker;
  const style = speaker ? styles.get(speaker.id) : undefined;
  const low = speaker !== null && quote.confidence < LOW_CONFIDENCE;
  const start = piece.runs[0]?.start ?? quote.start;
  const end = piece.runs[piece.runs.length - 1]?.end ?? quote.end;
  const tag = speaker ? (style?.initials ?? initials(speaker.name)) + (low ? '?' : '') : '?';
  return (
    <span
      className="q"
      role="button"
      tabIndex={0}
      id={part === 0 ? quote.id : undefined}
      data-quote-id={quote.id}
      data-speaker={speaker?.name ?? ''}
      data-highlighted={highlighted ? 'true' : 'false'}
      data-slot={speaker ? (style?.slot ?? 0) : 'none'}
      data-pattern={style?.pattern || undefined}
      data-tagged={tagged && part === 0 ? 'true' : undefined}
      data-low={low ? 'true' : undefined}
      data-corrected={quote.correction ? 'true' : undefined}
      data-corrected-by={quote.correction?.by}
      data-part={part > 0 ? part : undefined}
      data-tag={tag}
      data-tip={speaker ? `${speaker.name}${low ? ' (uncertain attribution)' : ''}` : 'Speaker unknown'}
      aria-label={quoteLabel(speaker?.name ?? null, low, text.slice(start, end), part > 0, filterActive ? (highlighted ? 'in' : 'out') : 'none')}
    >
      <Runs runs={piece.runs} text={text} />
    </span>
  );
}

interface ParagraphProps {
  layout: ParagraphLayout;
  text: string;
  /** One character per quotation piece: '1' highlighted, '0' not. A string, so memo compares cheaply. */
  mask: string;
  filterActive: boolean;
  /** Ids of the quotations that open a run of one speaker's quotations (stable per article). */
  tagged: ReadonlySet<string>;
  styles: ReadonlyMap<string, SpeakerStyle>;
}

/** One paragraph; re-renders only when its own highlight mask (or whether a filter is on) changes. */
export const Paragraph = memo(function Paragraph({ layout, text, mask, filterActive, tagged, styles }: ParagraphProps) {
  let i = 0;
  return (
    <p data-para={layout.index} data-start={layout.start}>
      {layout.nodes.map((node) =>
        node.kind === 'text' ? (
          <Runs key={node.start} runs={[node]} text={text} />
        ) : (
          <Piece
            key={`q${node.quote.id}`}
            piece={node}
            text={text}
            highlighted={mask[i++] === '1'}
            filterActive={filterActive}
            tagged={tagged.has(node.quote.id)}
            styles={styles}
          />
        ),
      )}
    </p>
  );
});

/** The highlight mask of a paragraph for the chosen speaker keys (null = no filter: all on). */
export function paragraphMask(layout: ParagraphLayout, chosen: ReadonlySet<string> | null, keyOf: (p: QuotePiece) => string): string {
  if (layout.pieces.length === 0) return '';
  if (chosen === null) return '1'.repeat(layout.pieces.length);
  let mask = '';
  for (const piece of layout.pieces) mask += chosen.has(keyOf(piece)) ? '1' : '0';
  return mask;
}

/** Quotations where the speaker differs from the previous quotation's: where a tag helps the reader. */
export function speakerChanges(quotes: readonly Quote[], keyOf: (q: Quote) => string): Set<string> {
  const out = new Set<string>();
  let previous: string | null = null;
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    const key = keyOf(q);
    if (key !== previous) out.add(q.id);
    previous = key;
  }
  return out;
}
