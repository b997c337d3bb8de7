// The normalize stage's dotted-word scan: dottedWordSpans must find exactly DOTTED_WORD's matches
// (the pattern is the definition; the char-code scan only skips the regex), and the masked text
// keeps the abbreviation periods it always did.
import { describe, expect, it } from 'vitest';
import { ABBREV_DOT, DOTTED_WORD, dottedWordSpans, normalize } from '../../../src/quotes/normalize.ts';

// DOTTED_WORD's matches as [start, end) pairs, the way dottedWordSpans returns them.
const byPattern = (text: string): number[] => [...text.matchAll(DOTTED_WORD)].flatMap((m) => [m.index, m.index + m[0].length]);

describe('dottedWordSpans', () => {
  it.each([
    { name: 'a sentence end', text: 'He left on Tuesday.' },
    { name: 'dotted abbreviations', text: 'The U.S. and D.C. said so. Mr. Smith agreed.' },
    { name: 'a chain without a final period', text: 'U.S officials met at 3 p.m today.' },
    { name: 'a chain of three without a final period', text: 'the U.S.A team won' },
    { name: 'initials', text: 'Wayne A. I. Frederick and J.R.R. Tolkien.' },
    { name: 'after a digit or an accent', text: 'Run 3rd. Café. naïve. Ångström.' },
    { name: 'a period after a period', text: 'Wait.. what... No.' },
    { name: 'a dot then a non-letter', text: 'e.g. 1.5 and U.S.2 and x.-y.' },
    { name: 'at the very start and end', text: 'A.' },
    { name: 'no letters', text: '... 1. 2. ?' },
    { name: 'a lone letter run at the end', text: 'ends without a period' },
    { name: 'mixed case', text: 'Sen. McConnell (R-Ky.) and Rep. O.K. Lee.' },
  ])('finds what DOTTED_WORD matches: $name', ({ text }) => {
    expect(dottedWordSpans(text)).toEqual(byPattern(text));
  });

  it('masks abbreviation periods and keeps a sentence-final one after a dotted word', () => {
    const { masked } = normalize('Mr. Smith went to the U.S. The next day he left.');
    expect(masked).toBe(`Mr${ABBREV_DOT} Smith went to the U${ABBREV_DOT}S. The next day he left.`);
  });
});
