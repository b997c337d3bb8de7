// The published corrections as a measurement: one row per verdict of agreementOf.
import { describe, expect, it } from 'vitest';
import { agreementOf, formatAgreement } from '../../../scripts/corrections-agreement.ts';
import type { Correction } from '../../../src/corrections/correction.ts';
import type { Quote } from '../../../src/quotes/types.ts';

const TEXT = '“Yes,” Ann Lee said. Later, “no,” Bo said.';
const quote = (words: string, speaker: string | null): Quote => {
  const start = TEXT.indexOf(words);
  return { id: 'q', start, end: start + words.length, kind: 'direct', speaker: speaker ? { id: speaker.toLowerCase().replace(' ', '-'), name: speaker } : null, mention: null, cue: null, confidence: 0.7, reason: '' };
};
const at = (words: string) => ({ text: words, start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });
const QUOTES = [quote('“Yes,”', 'Ann Lee'), quote('“no,”', 'Bo')];

const ROWS: { name: string; c: Correction; verdict: string }[] = [
  { name: 'the engine still names another speaker', c: { article: 'a', action: 'speaker', quote: at('“no,”'), speaker: { name: 'Ann Lee' } }, verdict: 'disagrees' },
  { name: 'the engine now names the corrected speaker', c: { article: 'a', action: 'speaker', quote: at('“Yes,”'), speaker: { name: 'Ann Lee' } }, verdict: 'agrees' },
  { name: 'a removed quotation the engine still finds', c: { article: 'a', action: 'remove', quote: at('“Yes,”') }, verdict: 'disagrees' },
  { name: 'a removed quotation the engine no longer finds', c: { article: 'a', action: 'remove', quote: at('Later,') }, verdict: 'agrees' },
  { name: 'an added quotation the engine still misses', c: { article: 'a', action: 'add', quote: at('Later,'), speaker: { name: 'Bo' } }, verdict: 'disagrees' },
  { name: 'words no longer in the article', c: { article: 'a', action: 'speaker', quote: { text: 'gone', start: 0, end: 4 }, speaker: null }, verdict: 'not-found' },
];

describe('agreementOf', () => {
  it.each(ROWS)('$name', ({ c, verdict }) => {
    expect(agreementOf(TEXT, QUOTES, c)).toBe(verdict);
  });

  it('prints the share that still disagrees and lists the ones to retire', () => {
    const text = formatAgreement({ total: 2, disagrees: 1, agrees: 1, notFound: 0, rows: [
      { file: 'c.json', line: 5, article: 'a', action: 'speaker', verdict: 'disagrees' },
      { file: 'c.json', line: 9, article: 'b', action: 'remove', verdict: 'agrees' },
    ] });
    expect(text).toMatch(/still disagrees with 1 \(50\.0 %\)/);
    expect(text).toMatch(/agrees now {2}c\.json:9 {2}b \(remove\)/);
  });
});
