// The calibration stage (src/quotes/calibrate.ts) and its fitted table (src/quotes/tables/calibration.ts).
import { describe, expect, it } from 'vitest';
import { calibrate, countQuotedWords, cueClass, featureValues, PRONOUN_RESOLUTION, SIEVE_PRIOR, type CalibrationFeatures } from '../../../src/quotes/calibrate.ts';
import { LOW_CONFIDENCE } from '../../../src/common/confidence.ts';
import { SIEVES } from '../../../src/quotes/attribute.ts';
import { RESOLVERS } from '../../../src/quotes/resolve-speakers.ts';
import { CALIBRATION, type CalibrationTable } from '../../../src/quotes/tables/calibration.ts';
import { analyseQuotes } from '../../../src/quotes/extract-quotes.ts';

const base: CalibrationFeatures = { sieve: 'trailing-frame', step: 'name', certainty: 1, kind: 'direct', mention: 'name', words: 8, cue: 'said', gap: 1, sameSpeaker: 2 };
const tiny: CalibrationTable = {
  '*': [100, 0.8, 'sieve'],
  '*|sieve=trailing-frame': [60, 0.95, 'words'],
  '*|sieve=trailing-frame|words=1-2': [20, 0.6],
  '*|sieve=embedded-frame': [40, 0.7],
  // (A value holding the key separator: the walk's index cannot place it, its key still finds it.)
  '*|sieve=odd|name': [10, 0.4],
  [PRONOUN_RESOLUTION]: [30, 0.9],
  [`${SIEVE_PRIOR}transcript-label`]: [4, 0.9],
};

describe('calibrate walks the fitted tree', () => {
  it.each([
    ['the deepest group that matches', base, 0.95],
    ['a subgroup split on length', { ...base, words: 2 }, 0.6],
    ['a group with no further split', { ...base, sieve: 'embedded-frame' }, 0.7],
    ['a value with no group of its own takes its parent group', { ...base, sieve: 'colon' }, 0.8],
    ['a pronoun-resolved speaker is discounted by the resolution factor', { ...base, mention: 'pronoun', step: 'pronoun' }, 0.86],
    ['an unresolved pronoun is not discounted', { ...base, mention: 'pronoun', step: 'none' }, 0.95],
    ['a sieve too rare in train keeps its own measured precision', { ...base, sieve: 'transcript-label', cue: '' }, 0.9],
    ['a value holding "|" still finds its group by key', { ...base, sieve: 'odd|name' }, 0.4],
  ])('%s', (_name, f, want) => {
    expect(calibrate(f, tiny)).toBe(want);
  });

  it('reads each table afresh (the walk is indexed per table object)', () => {
    expect(calibrate(base, { '*': [10, 0.3, 'sieve'], '*|sieve=trailing-frame': [5, 0.45] })).toBe(0.45);
    expect(calibrate(base, tiny)).toBe(0.95);
  });

  it('falls back to 0.5 with an empty table', () => {
    expect(calibrate(base, {})).toBe(0.5);
  });
});

describe('features', () => {
  it.each([
    ['said', 'say'], ['told reporters', 'say'], ['called', 'naming'], ['according to', 'according'],
    ['slammed', 'verb'], [':', 'punct'], ['', 'none'],
  ])('cue %j is %s', (cue, want) => {
    expect(cueClass(cue)).toBe(want);
  });

  it('keeps a dash that signs a quotation as its cue (punctuation), though the reason shows no cue words', () => {
    const { analysis, features } = analyseQuotes('“We will rebuild the town,” ― Sonya Herridge');
    expect(cueClass(features[0]!.cue)).toBe('punct');
    expect(analysis.quotes[0]!.reason).toMatch(/^Sonya Herridge: /);
  });

  it('bands length, distance and the speaker\'s other quotations', () => {
    expect(featureValues({ ...base, words: 1, gap: -1, sameSpeaker: 0 })).toMatchObject({ words: '1-2', gap: 'none', others: '0' });
    expect(featureValues({ ...base, words: 13, gap: 61, sameSpeaker: 3 })).toMatchObject({ words: '13+', gap: '61+', others: '3+' });
  });

  it.each([
    { text: '“We will win,”', words: 3 },
    { text: '“ — it is — over ”', words: 3 },
    { text: '“a\u00a0b\nc”', words: 3 },
    { text: '“one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen”', words: 13 },
    { text: '“”', words: 0 },
    { text: '"plain ASCII, -- straight marks"', words: 4 },
    { text: '“Erdoğan’s café-bar, naïve”', words: 3 },
    // (A thin space, an em space or a form feed once made the count throw, and the article lost every quotation.)
    { text: '“we will\u2009 win\u2003this\fnow”', words: 5 },
  ])('counts the quoted words up to the top band: $text', ({ text, words }) => {
    expect(countQuotedWords(`x ${text} y`, 2, 2 + text.length)).toBe(words);
  });

  it('keeps an article\'s quotations when one holds a thin space', () => {
    expect(analyseQuotes('Smith said: “We will win\u2009 this fight.”').analysis.quotes.map((q) => q.speaker?.name)).toEqual(['Smith']);
  });

  it('stops at the end it is given, inside a word', () => {
    expect(countQuotedWords('abc def ghi', 0, 5)).toBe(2);
    expect(countQuotedWords('abc -- ghi', 0, 5)).toBe(1);
  });
});

describe('the fitted table', () => {
  const rows = Object.entries(CALIBRATION);
  const values = Object.keys(featureValues(base));

  it('is fitted (run npm run quotes:calibrate) and has a root', () => {
    expect(CALIBRATION['*']).toBeDefined();
    expect(rows.length).toBeGreaterThan(10);
  });

  it('has confidences in 0–1 and no group without train quotations', () => {
    for (const [, [n, p]] of rows) {
      expect(n).toBeGreaterThan(0);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  it('splits only on known features, and every group hangs under a group that splits on its feature', () => {
    for (const [key, [, , split]] of rows) {
      if (split) expect(values).toContain(split);
      if (key === '*' || key === PRONOUN_RESOLUTION) continue;
      if (key.startsWith(SIEVE_PRIOR)) {
        expect(SIEVES.map((x) => x.name), key).toContain(key.slice(SIEVE_PRIOR.length));
        continue;
      }
      const parent = key.slice(0, key.lastIndexOf('|'));
      const feature = key.slice(key.lastIndexOf('|') + 1).split('=')[0];
      expect(CALIBRATION[parent]?.[2], key).toBe(feature);
    }
  });

  it('names only sieves and resolver steps the engine has (a rename needs npm run quotes:calibrate)', () => {
    const sieves = new Set<string>([...SIEVES.map((x) => x.name), 'none']);
    const steps = new Set<string>([...RESOLVERS.map((x) => x.name), 'none']);
    for (const key of Object.keys(CALIBRATION)) {
      for (const part of key.split('|').slice(1)) {
        const [feature, value] = part.split('=') as [string, string];
        if (feature === 'sieve') expect(sieves, key).toContain(value);
        if (feature === 'step') expect(steps, key).toContain(value);
      }
    }
  });

  it('states a plain named trailing frame as sure, and a no-frame guess as uncertain', () => {
    expect(calibrate(base)).toBeGreaterThanOrEqual(0.9);
    expect(calibrate({ ...base, sieve: 'sentence-subject', cue: '', kind: 'partial', words: 1 })).toBeLessThan(LOW_CONFIDENCE);
  });
});
