// Splitting plain text into paragraphs and joining them into the article text the engine sees.

/** A paragraph with the 1-based source line it starts on. */
export interface SourceParagraph {
  text: string;
  line: number;
}

/** Collapses runs of whitespace (line breaks, tabs, NBSP-free spaces) into one space and trims. */
export function normaliseWhitespace(s: string): string {
  // \u00A0 is kept: it binds "Mr.\u00A0Smith" on purpose in some sources.
  return s.replace(/[ \t\n\r\f\v\u2028\u2029]+/g, ' ').trim();
}

/** Splits text on blank lines; each block becomes one paragraph with its whitespace normalised. */
export function splitParagraphs(body: string, firstLine = 1): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  const lines = body.split('\n');
  let block: string[] = [];
  let start = 0;
  const flush = () => {
    const text = normaliseWhitespace(block.join('\n'));
    if (text) out.push({ text, line: firstLine + start });
    block = [];
  };
  lines.forEach((line, i) => {
    if (line.trim() === '') flush();
    else {
      if (block.length === 0) start = i;
      block.push(line);
    }
  });
  flush();
  return out;
}

/** Joins paragraphs with "\n\n" and returns each paragraph's offsets into the result. */
export function joinParagraphs(paragraphs: readonly string[]): { text: string; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    spans.push({ start: offset, end: offset + p.length });
    offset += p.length + 2;
  }
  return { text: paragraphs.join('\n\n'), spans };
}

/** First paragraph cut to about `max` characters at a word boundary, for the home page. */
export function makeExcerpt(paragraphs: readonly string[], max = 220): string {
  const first = paragraphs.find((p) => p.length > 0) ?? '';
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
