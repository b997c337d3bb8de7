// The article's paragraphs with every quotation drawn as a focusable, labelled element. Paragraphs are
// memoised on a small highlight mask, so a filter toggle re-renders only the paragraphs it changes.
import { memo, type ReactNode } from 'react';
import type { ParagraphLayout, QuotePiece, TextRun } from '../lib/article-layout.ts';
import { initials } from '../lib/speaker-colors.ts';
import { LOW_CONFIDENCE } from '../common/confidence.ts';

/** How each speaker is drawn: colour slot and initials. */
export interface SpeakerStyle {
  slot: number;
  initials: string;
}

/** Accessible name of a quotation piece: "Quote by <name>: <text>". */
export function quoteLabel(name: string | null, low: boolean, text: string, continued: boolean): string {
  const who = name ? `Quote by ${name}` : 'Quote, speaker unknown';
  return `${who}${low && name ? ' (uncertain attribution)' : ''}${continued ? ', continued' : ''}: ${text}`;
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

function Piece({ piece, text, highlighted, styles }: { piece: QuotePiece; text: string; highlighted: boolean; styles: ReadonlyMap<string, SpeakerStyle> }) {
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
      data-low={low ? 'true' : undefined}
      data-part={part > 0 ? part : undefined}
      data-tag={tag}
      data-tip={speaker ? `${speaker.name}${low ? ' (uncertain)' : ''}` : 'Speaker unknown'}
      aria-label={quoteLabel(speaker?.name ?? null, low, text.slice(start, end), part > 0)}
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
  styles: ReadonlyMap<string, SpeakerStyle>;
}

/** One paragraph; re-renders only when its own highlight mask changes. */
export const Paragraph = memo(function Paragraph({ layout, text, mask, styles }: ParagraphProps) {
  let i = 0;
  return (
    <p>
      {layout.nodes.map((node) =>
        node.kind === 'text' ? (
          <Runs key={node.start} runs={[node]} text={text} />
        ) : (
          <Piece key={`q${node.quote.id}`} piece={node} text={text} highlighted={mask[i++] === '1'} styles={styles} />
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
