import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/quotes/find-quotes.ts';

describe('findQuotes (scaffold)', () => {
  it('pairs curly marks', () => {
    const text = 'He said “hi” today.';
    const [q] = findQuotes(text);
    expect(text.slice(q!.start, q!.end)).toBe('“hi”');
  });
});
