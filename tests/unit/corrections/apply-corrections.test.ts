// Table-driven: one row per way a correction meets the engine's answer (the same quotation,
// shifted offsets, a split or merged quotation, words gone, an overlap, remove, add, …).
import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../../src/corrections/apply-corrections.ts';
import type { Correction } from '../../../src/corrections/correction.ts';
import type { Quote } from '../../../src/quotes/types.ts';

const q = (text: string, words: string, id: string, speaker: string | null, confidence = 0.72, from = 0): Quote => {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`row is wrong: ${words} not in text`);
  return {
    id, start, end: start + words.length, kind: 'direct',
    speaker: speaker ? { id: speaker.toLowerCase().replace(/\s+/g, '-'), name: speaker } : null,
    mention: null, cue: null, confidence, reason: 'engine',
  };
};
const anchor = (text: string, words: string) => ({ text: words, start: text.indexOf(words), end: text.indexOf(words) + words.length });

const BASE = 'Ann Lee met Bo Chan. “We will win,” Lee said. “It is over,” Chan said.';
const SHIFTED = 'A new lead sentence. ' + BASE;
const WIN = '“We will win,”';

interface Row {
  name: string;
  text: string;
  quotes: Quote[];
  corrections: Correction[];
  /** Expected quotation words → speaker name (null: unattributed), in text order. */
  expect: [words: string, speaker: string | null, corrected: boolean][];
  unapplied?: string[];
}

const ROWS: Row[] = [
  {
    name: 'the same quotation: the speaker is replaced and the engine answer kept',
    text: BASE,
    quotes: [q(BASE, WIN, 'q1', 'Bo Chan'), q(BASE, '“It is over,”', 'q2', 'Bo Chan')],
    corrections: [{ article: 'a', action: 'speaker', quote: anchor(BASE, WIN), speaker: { name: 'Ann Lee' } }],
    expect: [[WIN, 'Ann Lee', true], ['“It is over,”', 'Bo Chan', false]],
  },
  {
    name: 'offsets shifted by new text before it: the words still anchor it',
    text: SHIFTED,
    quotes: [q(SHIFTED, WIN, 'q1', 'Bo Chan')],
    corrections: [{ article: 'a', action: 'speaker', quote: anchor(BASE, WIN), speaker: { name: 'Ann Lee' } }],
    expect: [[WIN, 'Ann Lee', true]],
  },
  {
    name: 'the engine now splits the quotation in two: both parts take the correction',
    text: '“One thing,” she said, “and another.” He left.',
    quotes: [q('“One thing,” she said, “and another.” He left.', '“One thing,”', 'q1', 'He'), q('“One thing,” she said, “and another.” He left.', '“and another.”', 'q2', 'He')],
    corrections: [{ article: 'a', action: 'speaker', quote: { text: '“One thing,” she said, “and another.”', start: 0, end: 37 }, speaker: { name: 'Mia Roe' } }],
    expect: [['“One thing,”', 'Mia Roe', true], ['“and another.”', 'Mia Roe', true]],
  },
  {
    name: 'the engine now merges it into a longer quotation: that quotation takes the correction',
    text: 'Kim said “yes and no” today.',
    quotes: [q('Kim said “yes and no” today.', '“yes and no”', 'q1', null)],
    corrections: [{ article: 'a', action: 'speaker', quote: { text: 'yes and no', start: 10, end: 20 }, speaker: { name: 'Kim' } }],
    expect: [['“yes and no”', 'Kim', true]],
  },
  {
    name: 'of two repeats of the same words, the one nearest the old offset',
    text: '“No.” Al said. “No.” Bea said.',
    quotes: [q('“No.” Al said. “No.” Bea said.', '“No.”', 'q1', 'Al'), q('“No.” Al said. “No.” Bea said.', '“No.”', 'q2', 'Al', 0.72, 5)],
    corrections: [{ article: 'a', action: 'speaker', quote: { text: '“No.”', start: 16, end: 21 }, speaker: { name: 'Bea' } }],
    expect: [['“No.”', 'Al', false], ['“No.”', 'Bea', true]],
  },
  {
    name: 'words no longer in the article: listed as unapplied, nothing else changes',
    text: BASE,
    quotes: [q(BASE, WIN, 'q1', 'Ann Lee')],
    corrections: [{ article: 'a', action: 'speaker', quote: { text: '“Gone words,”', start: 3, end: 16 }, speaker: { name: 'X' } }],
    expect: [[WIN, 'Ann Lee', false]],
    unapplied: ['text-not-found'],
  },
  {
    name: 'a quotation that overlaps the words without matching: unapplied, never guessed',
    text: '“Alpha beta,” gamma “delta.”',
    quotes: [q('“Alpha beta,” gamma “delta.”', '“Alpha beta,”', 'q1', 'Al')],
    corrections: [{ article: 'a', action: 'add', quote: { text: 'beta,” gamma', start: 7, end: 19 }, speaker: { name: 'Bea' } }],
    expect: [['“Alpha beta,”', 'Al', false]],
    unapplied: ['overlaps-other-quotation'],
  },
  {
    name: 'the engine now gives the corrected speaker itself: unapplied (nothing to correct), not shown as a correction',
    text: BASE,
    quotes: [q(BASE, WIN, 'q1', 'Ann Lee')],
    corrections: [{ article: 'a', action: 'speaker', quote: anchor(BASE, WIN), speaker: { name: 'Ann Lee' } }],
    expect: [[WIN, 'Ann Lee', false]],
    unapplied: ['engine-agrees'],
  },
  {
    name: 'not a quotation: removed',
    text: BASE,
    quotes: [q(BASE, WIN, 'q1', 'Ann Lee'), q(BASE, '“It is over,”', 'q2', 'Bo Chan')],
    corrections: [{ article: 'a', action: 'remove', quote: anchor(BASE, '“It is over,”') }],
    expect: [[WIN, 'Ann Lee', false]],
  },
  {
    name: 'a missed quotation marked by the reader: added with its speaker, in text order',
    text: BASE,
    quotes: [q(BASE, '“It is over,”', 'q1', 'Bo Chan')],
    corrections: [{ article: 'a', action: 'add', quote: anchor(BASE, WIN), speaker: { name: 'Ann Lee' } }],
    expect: [[WIN, 'Ann Lee', true], ['“It is over,”', 'Bo Chan', false]],
  },
  {
    name: 'an added quotation the engine now finds itself: the reader’s speaker is kept',
    text: BASE,
    quotes: [q(BASE, WIN, 'q1', 'Bo Chan')],
    corrections: [{ article: 'a', action: 'add', quote: anchor(BASE, WIN), speaker: { name: 'Ann Lee' } }],
    expect: [[WIN, 'Ann Lee', true]],
  },
  {
    name: 'speaker null: the reader says nobody identifiable said it',
    text: BASE,
    quotes: [q(BASE, WIN, 'q1', 'Bo Chan')],
    corrections: [{ article: 'a', action: 'speaker', quote: anchor(BASE, WIN), speaker: null }],
    expect: [[WIN, null, true]],
  },
  {
    name: 'a later correction of the same quotation wins',
    text: BASE,
    quotes: [q(BASE, WIN, 'q1', 'Bo Chan')],
    corrections: [
      { article: 'a', action: 'speaker', quote: anchor(BASE, WIN), speaker: { name: 'Zed' } },
      { article: 'a', action: 'speaker', quote: anchor(BASE, WIN), speaker: { name: 'Ann Lee' } },
    ],
    expect: [[WIN, 'Ann Lee', true]],
  },
  {
    name: 'a speaker or add correction without a speaker is unapplied',
    text: BASE,
    quotes: [q(BASE, WIN, 'q1', 'Bo Chan')],
    corrections: [{ article: 'a', action: 'speaker', quote: anchor(BASE, WIN) }],
    expect: [[WIN, 'Bo Chan', false]],
    unapplied: ['speaker-missing'],
  },
];

describe('applyCorrections', () => {
  it.each(ROWS)('$name', (row) => {
    const out = applyCorrections(row.text, row.quotes, row.corrections, 'reader');
    expect(out.quotes.map((x) => [row.text.slice(x.start, x.end), x.speaker?.name ?? null, x.correction !== undefined])).toEqual(row.expect);
    expect(out.unapplied.map((u) => u.reason)).toEqual(row.unapplied ?? []);
  });

  it('keeps the engine’s own answer on the corrected quotation, and recounts speakers', () => {
    const out = applyCorrections(BASE, [q(BASE, WIN, 'q1', 'Bo Chan', 0.72), q(BASE, '“It is over,”', 'q2', 'Bo Chan')], [
      { article: 'a', action: 'speaker', quote: anchor(BASE, WIN), speaker: { name: 'Ann Lee' } },
    ], 'editors');
    const fixed = out.quotes[0]!;
    expect(fixed.correction).toEqual({ by: 'editors', action: 'speaker', engine: { speaker: { id: 'bo-chan', name: 'Bo Chan' }, confidence: 0.72 } });
    expect(fixed.reason).toBe('Corrected by the editors.');
    expect(fixed.confidence).toBe(1);
    expect(out.speakers.map((s) => [s.name, s.count])).toEqual([['Ann Lee', 1], ['Bo Chan', 1]]);
  });

  it('reuses the id of a speaker the article already has, by name', () => {
    const out = applyCorrections(BASE, [q(BASE, WIN, 'q1', 'Bo Chan'), q(BASE, '“It is over,”', 'q2', 'Ann Lee')], [
      { article: 'a', action: 'speaker', quote: anchor(BASE, WIN), speaker: { name: 'ann lee' } },
    ], 'reader');
    expect(out.quotes[0]!.speaker).toEqual({ id: 'ann-lee', name: 'Ann Lee' });
  });

  it('gives added quotations their own ids (c1, …) so the engine’s qN links stay valid', () => {
    const out = applyCorrections(BASE, [q(BASE, '“It is over,”', 'q1', 'Bo Chan')], [
      { article: 'a', action: 'add', quote: anchor(BASE, WIN), speaker: { name: 'Ann Lee' } },
    ], 'reader');
    expect(out.quotes.map((x) => x.id)).toEqual(['c1', 'q1']);
  });
});
