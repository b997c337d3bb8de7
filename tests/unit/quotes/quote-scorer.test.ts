// The in-repo scorer (scripts/quote-scorer.ts) follows the evaluation sets' scorer (score-quotes.mjs, outside the repository): one row per rule.
import { describe, expect, it } from 'vitest';
import { scoreQuotes, speakerRight, type GoldQuote, type PredQuote } from '../../../scripts/quote-scorer.ts';

const gold = (speaker: string | null, speakerStart?: number, speakerEnd?: number): GoldQuote => ({ start: 0, end: 10, speaker, speakerStart, speakerEnd });
const pred = (speaker: string | null, mention: { start: number; end: number } | null = null): PredQuote => ({ start: 0, end: 10, speaker, mention });

describe('speakerRight', () => {
  it.each([
    ['a mention overlapping the gold span', gold('he', 20, 22), pred('Barack Obama', { start: 20, end: 22 }), true],
    ['a mention inside the quotation does not count', gold('he', 5, 7), pred(null, { start: 5, end: 7 }), false],
    ['a shared capitalised non-title word', gold('President Obama'), pred('Barack Obama'), true],
    ['a shared title alone is not enough', gold('President Obama'), pred('President Trump'), false],
    ['a pronoun gold speaker needs the mention', gold('she'), pred('Hillary Clinton'), false],
    ['lower-case descriptions compare as plain text', gold('a spokesperson for the hospital'), pred('spokesperson for the hospital'), true],
    ['no speaker and no mention is wrong', gold('Obama'), pred(null), false],
  ])('%s', (_name, g, p, want) => {
    expect(speakerRight(g, p)).toBe(want);
  });
});

describe('scoreQuotes', () => {
  const text = '"Hello there," Obama said. "Extra words here," nobody said.';
  const golds = [{ id: 'd', text, quotes: [{ start: 0, end: 14, speaker: 'Obama', speakerStart: 15, speakerEnd: 20 }] }];
  const r = scoreQuotes(golds, [{ id: 'd', quotes: [
    { start: 0, end: 14, speaker: 'Barack Obama', mention: { start: 15, end: 20 }, confidence: 0.95 },
    { start: 27, end: 46, speaker: null, mention: null, confidence: 0.85 },
  ] }]);

  it('counts an extra quotation as wrong, in F1 and in calibration', () => {
    expect(r.endToEnd.P).toBe(0.5);
    expect(r.endToEnd.R).toBe(1);
    expect(r.verdicts.get('d')).toEqual([true, false]);
    expect(r.high).toEqual({ n: 2, right: 1 });
  });

  it('computes the expected calibration error per tenth', () => {
    // bin 0.9: stated 0.95, right 100 % (gap 0.05); bin 0.8: stated 0.85, right 0 % (gap 0.85)
    expect(r.ece).toBeCloseTo((0.05 + 0.85) / 2, 6);
  });
});
