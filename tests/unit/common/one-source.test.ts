// One source of truth (issue 10, item 2): the search query and the index split words the same
// way, and every place that knows quotation marks reads the one table (src/quotes/tables/quote-marks.ts).
import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../../src/contract/search-data.ts';
import { bareQuote } from '../../../src/components/quote-popover.tsx';
import { parseQuery } from '../../../src/lib/search-query.ts';
import { extractTitleQuotes } from '../../../src/quotes/extract-quotes.ts';
import { ALL_MARKS, PHRASE_PAIRS } from '../../../src/quotes/tables/quote-marks.ts';
import * as searchClient from '../../../src/lib/search-client.ts';
import * as searchQuery from '../../../src/lib/search-query.ts';

describe('one search tokenizer', () => {
  it.each([
    'Trump’s fake news — don’t!',
    'naïve café, 2.0 rates; U.S.-China',
    'line\nbreaks\r\nand\u00a0no-break spaces',
  ])('the query splits %j as the index does', (text) => {
    expect(parseQuery(text).words).toEqual(searchTerms(text));
  });

  it('the search client has no tokenizer of its own', () => {
    expect('tokenize' in searchClient).toBe(false);
    expect('tokenize' in searchQuery).toBe(false);
  });
});

describe('one quote-mark table', () => {
  it.each([...ALL_MARKS.keys()].map((m) => [m, m.codePointAt(0)!.toString(16)]))('bareQuote strips %s (U+%s) at both ends', (mark) => {
    expect(bareQuote(`${mark}${mark}We will respond${mark}`)).toBe('We will respond');
  });

  it.each(PHRASE_PAIRS.map(([o, c]) => [o, c]))('search reads %s…%s as a phrase', (open, close) => {
    expect(parseQuery(`${open}we will respond${close} obama`).phrases).toEqual([['we', 'will', 'respond']]);
  });

  it.each([
    ['«We will win», says Obama', 'We will win'],
    ['‹We will win›, says Obama', 'We will win'],
    ['“We will win,” says Obama', 'We will win,'],
  ])('a headline quoted with the table’s marks: %j', (title, inner) => {
    const [q] = extractTitleQuotes(title);
    expect(q?.speaker?.name).toBe('Obama');
    expect(title.slice(q!.start + 1, q!.end - 1)).toBe(inner);
  });
});
