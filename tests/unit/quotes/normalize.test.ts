// The normalize stage's abbreviation periods: which periods become ABBREV_DOT (so that they never
// end a sentence) and which stay, one row per pattern.
import { describe, expect, it } from 'vitest';
import { ABBREV_DOT, normalize } from '../../../src/quotes/normalize.ts';

const D = ABBREV_DOT;

describe('normalize: abbreviation periods', () => {
  it.each([
    { name: 'a sentence end stays', text: 'He left on Tuesday.', masked: 'He left on Tuesday.' },
    { name: 'a known abbreviation', text: 'Mr. Smith agreed.', masked: `Mr${D} Smith agreed.` },
    { name: 'a dotted word before a sentence starter keeps its final period', text: 'in the U.S. The next day', masked: `in the U${D}S. The next day` },
    { name: 'a dotted word elsewhere', text: 'the U.S. team won', masked: `the U${D}S${D} team won` },
    { name: 'a chain without a final period: only its first part', text: 'U.S officials met', masked: `U${D}S officials met` },
    { name: 'initials', text: 'Wayne A. Frederick', masked: `Wayne A${D} Frederick` },
    { name: 'a lower-case word that is no abbreviation', text: 'the end. then more', masked: 'the end. then more' },
    { name: 'the tail of a word with an accent', text: 'Café. Next', masked: 'Café. Next' },
  ])('$name', ({ text, masked }) => {
    expect(normalize(text).masked).toBe(masked);
  });
});
