// Splits an article's text into paragraphs of text runs and quotation pieces, once per article,
// so rendering and filter toggles never rescan the text. Offsets come from the data contract.
import type { ArticleChunk } from '../contract/article-data.ts';
import type { ShownQuote } from '../corrections/correction.ts';
import type { Quote } from '../quotes/types.ts';

/** A run of plain text; `mentionOf` lists quotations whose attribution rests on these words. */
export interface TextRun {
  kind: 'text';
  start: number;
  end: number;
  mentionOf: string[];
}

/** The part of one quotation that falls inside one paragraph (a quotation can span several). */
export interface QuotePiece {
  kind: 'quote';
  quote: ShownQuote;
  /** 0 for the paragraph where the quotation opens, 1, 2… for the paragraphs it runs on into. */
  part: number;
  runs: TextRun[];
}

/** One paragraph, ready to render. */
export interface ParagraphLayout {
  index: number;
  start: number;
  end: number;
  nodes: (TextRun | QuotePiece)[];
  /** The quotation pieces of this paragraph, in order (for cheap highlight masks). */
  pieces: QuotePiece[];
}

interface MentionSpan {
  start: number;
  end: number;
  quoteId: string;
}

/** Key of a quotation's speaker in the filter: the speaker id, or `unattributed`. */
export function speakerKey(quote: Quote, unattributed: string): string {
  return quote.speaker?.id ?? unattributed;
}

function runsFor(start: number, end: number, mentions: MentionSpan[]): TextRun[] {
  const points = new Set([start, end]);
  for (const m of mentions) {
    if (m.end <= start || m.start >= end) continue;
    points.add(Math.max(start, m.start));
    points.add(Math.min(end, m.end));
  }
  const sorted = [...points].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    const mentionOf = mentions.filter((m) => m.start <= a && m.end >= b).map((m) => m.quoteId);
    const last = runs[runs.length - 1];
    // Merge neighbours with the same mentions so plain text stays one node.
    if (last && last.mentionOf.join(' ') === mentionOf.join(' ')) last.end = b;
    else runs.push({ kind: 'text', start: a, end: b, mentionOf });
  }
  return runs;
}

/** Lays out the article; quotations are clipped to the text and to each paragraph, overlaps dropped. */
export function layoutArticle(chunk: Pick<ArticleChunk, 'text' | 'paragraphs' | 'quotes'>): ParagraphLayout[] {
  const length = chunk.text.length;
  const quotes = chunk.quotes
    .filter((q) => q.start < q.end && q.start >= 0 && q.end <= length)
    .sort((a, b) => a.start - b.start);
  // A quotation overlapping the previous one cannot be drawn as its own element; skip it.
  const usable: Quote[] = [];
  for (const q of quotes) if (!usable.length || q.start >= usable[usable.length - 1]!.end) usable.push(q);
  const mentions: MentionSpan[] = chunk.quotes
    .filter((q) => q.mention && q.mention.start < q.mention.end)
    .map((q) => ({ start: q.mention!.start, end: q.mention!.end, quoteId: q.id }))
    .sort((a, b) => a.start - b.start);

  const parts = new Map<string, number>();
  let qi = 0;
  let mi = 0;
  return chunk.paragraphs.map((para, index) => {
    const { start, end } = para;
    while (qi < usable.length && usable[qi]!.end <= start) qi++;
    while (mi < mentions.length && mentions[mi]!.end <= start && mentions[mi]!.start < start) mi++;
    // Mentions are few; a small window scan is enough (they are sorted by start).
    const local: MentionSpan[] = [];
    for (let j = mi; j < mentions.length && mentions[j]!.start < end; j++) if (mentions[j]!.end > start) local.push(mentions[j]!);

    const nodes: (TextRun | QuotePiece)[] = [];
    const pieces: QuotePiece[] = [];
    let cursor = start;
    for (let j = qi; j < usable.length && usable[j]!.start < end; j++) {
      const q = usable[j]!;
      const a = Math.max(start, q.start);
      const b = Math.min(end, q.end);
      if (a >= b) continue;
      if (cursor < a) nodes.push(...runsFor(cursor, a, local));
      const part = parts.get(q.id) ?? 0;
      parts.set(q.id, part + 1);
      const piece: QuotePiece = { kind: 'quote', quote: q, part, runs: runsFor(a, b, local) };
      nodes.push(piece);
      pieces.push(piece);
      cursor = b;
    }
    if (cursor < end) nodes.push(...runsFor(cursor, end, local));
    return { index, start, end, nodes, pieces };
  });
}
