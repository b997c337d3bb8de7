// The find-quotes stage on its own: pairing of marks, '' marks, cuts at the paragraph end.
import { describe, expect, it } from 'vitest';
import { findQuotes, type FindQuotesProbe } from '../../../src/quotes/find-quotes.ts';
import { normalize } from '../../../src/quotes/normalize.ts';
import { segment } from '../../../src/quotes/segment.ts';

const spans = (text: string): string[] => findQuotes(segment(normalize(text))).candidates.map((c) => text.slice(c.start, c.end));

describe('findQuotes', () => {
  it.each([
    { name: 'curly pair', text: 'He said “hi” today.', want: ['“hi”'] },
    { name: 'straight pairs', text: 'A "one" and "two".', want: ['"one"', '"two"'] },
    { name: "'' pairs", text: "''Yes,'' he said. ''No.''", want: ["''Yes,''", "''No.''"] },
    { name: "''' closing a nested single", text: "''He said 'go.''' Then", want: ["''He said 'go.'''"] },
    { name: 'unclosed quote cut at paragraph end', text: '“One.\n\n“Two.”', want: ['“One.', '“Two.”'] },
    { name: 'single marks are ignored', text: "It's 'fine' and rock 'n' roll.", want: [] },
    { name: 'mixed “ … " pair', text: '“Mixed," he said.', want: ['“Mixed,"'] },
    { name: 'closing “ misused as a closer', text: '“Apparently not,“ he said.', want: ['“Apparently not,“'] },
    { name: 'stray closer is skipped', text: 'x ” y “real”', want: ['“real”'] },
    { name: 'marks inside <tweet> tags are skipped', text: '<tweet id="1" author="@a">“Hi”</tweet>', want: ['“Hi”'] },
    { name: 'empty quotes are not candidates', text: 'He said "" and “ ”.', want: [] },
  ])('$name', ({ text, want }) => {
    expect(spans(text)).toEqual(want);
  });

  it('warns about a stray closing mark instead of throwing', () => {
    const r = findQuotes(segment(normalize('a ” b')));
    expect(r.warnings.map((w) => w.code)).toEqual(['unbalanced-quote']);
  });

  // Work, not time: the mark scan reads each character about once however the marks fall. It used
  // to rescan the rest of the text for every paragraph without a mark (many names, no quotes: 3.7×
  // the time for 2× the text). The bound is the text's length plus one per paragraph and mark.
  it.each([
    { name: 'many paragraphs, no marks', piece: (i: number) => `Name${i} Person${i} met Other${i}.`, marks: 0 },
    { name: 'one mark in the last paragraph', piece: (i: number) => (i === 1999 ? '“Last.”' : `Name${i} met Other${i}.`), marks: 2 },
    { name: 'marks in every paragraph', piece: (i: number) => `Name${i} said “yes ${i}.”`, marks: 4000 },
  ])('the mark scan is linear in the text: $name', ({ piece, marks }) => {
    const text = Array.from({ length: 2000 }, (_, i) => piece(i)).join('\n\n');
    const probe: FindQuotesProbe = { scannedChars: 0 };
    const doc = segment(normalize(text));
    findQuotes(doc, probe);
    expect(probe.scannedChars).toBeGreaterThan(0);
    expect(probe.scannedChars).toBeLessThanOrEqual(text.length + doc.paragraphs.length + marks + 1);
  });
});
