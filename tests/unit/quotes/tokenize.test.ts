// The tokenize stage on its own: its ASCII fast path must cut exactly the tokens its WORD pattern
// matches (the pattern is the definition; the fast path only skips the regex for plain ASCII).
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/quotes/find-quotes.ts';
import { ABBREV_DOT, normalize } from '../../../src/quotes/normalize.ts';
import { segment } from '../../../src/quotes/segment.ts';
import { tokenize, WORD } from '../../../src/quotes/tokenize.ts';

const tokenized = (text: string) => tokenize(findQuotes(segment(normalize(text))));

// What WORD alone makes of the text between the quotations, token by token (start, end, text, kind).
function byPattern(text: string): string[] {
  const doc = tokenized(text);
  const out: string[] = [];
  doc.paragraphs.forEach((para, p) => {
    let pos = para.start;
    const words = (end: number): void => {
      for (const m of doc.masked.slice(pos, end).matchAll(WORD)) {
        const raw = m[0].replaceAll(ABBREV_DOT, '.');
        const kind = m[0].length > 1 || /^[\p{L}\p{N}]/u.test(raw) ? 'word' : 'punct';
        out.push(`${pos + m.index}-${pos + m.index + m[0].length} ${raw} ${kind}`);
      }
    };
    for (const c of doc.candidates.filter((q) => q.para === p)) {
      words(c.start);
      out.push(`${c.start}-${c.end}  quote`);
      pos = c.end;
    }
    words(para.end);
  });
  return out;
}

const byTokenizer = (text: string): string[] => tokenized(text).sentences.flatMap((s) => s.tokens.map((t) => `${t.start}-${t.end} ${t.text} ${t.kind}`));

describe('tokenize', () => {
  it.each([
    { name: 'plain ASCII words and punctuation', text: 'Obama said, on Tuesday (again): no-go & done!' },
    { name: 'a curly apostrophe continues an ASCII word', text: 'Trump’s plan isn’t ready, Jones’ allies said.' },
    { name: 'straight apostrophes and a leading one', text: "rock 'n' roll, the '90s and Smith's 'plan'" },
    { name: 'accented letters inside and at the start', text: 'Erdoğan met Élise and naïve-ish Zoë.' },
    { name: 'abbreviation dots (masked) inside a word', text: 'Mr. Smith of the U.S. Senate met Dr. Jones.' },
    { name: 'non-ASCII white space and punctuation', text: 'a\u00a0b\u2003c — d… e\u3000f' },
    { name: 'astral characters (one code point, two units)', text: 'wow 😀 ok 𝐀bc x😀y' },
    { name: 'combining marks after ASCII letters', text: 'cafe\u0301 re\u0301sume\u0301 done' },
    { name: 'a word right against a quotation', text: 'He said“yes”and left, then“no,”he said.' },
    { name: 'digits and mixed case', text: 'In 2016, 3M and iPhone users paid $5.50 — 10% more.' },
    { name: 'paragraphs and a line break', text: 'First line\nsecond line.\n\nNew paragraph here.' },
  ])('cuts the tokens WORD matches: $name', ({ text }) => {
    expect(byTokenizer(text)).toEqual(byPattern(text));
  });

  it.each([
    { word: 'Obama', key: 'obama', cap: true },
    { word: 'said', key: 'said', cap: false },
    { word: 'Smith’s', key: 'smith', cap: true },
    { word: "Jones's", key: 'jones', cap: true },
    { word: 'NASA', key: 'nasa', cap: true },
    { word: 'Élise', key: 'élise', cap: true },
    { word: '3M', key: '3m', cap: false },
  ])('keys $word as $key', ({ word, key, cap }) => {
    const t = tokenized(`${word} spoke.`).sentences[0]!.tokens[0]!;
    expect({ key: t.key, cap: t.cap }).toEqual({ key, cap });
  });
});
