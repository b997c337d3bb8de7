// The per-quotation memo: each key's compute runs once and its value comes back, like a Map's.
import { describe, expect, it } from 'vitest';
import { createMemo } from '../../../src/quotes/memo.ts';

describe('createMemo', () => {
  it('computes each key once, for the first key and for later ones', () => {
    const memo = createMemo();
    const runs: string[] = [];
    const get = (key: string): string => memo(key, () => { runs.push(key); return `${key}!`; });
    expect([get('a'), get('b'), get('a'), get('c'), get('b'), get('c')]).toEqual(['a!', 'b!', 'a!', 'c!', 'b!', 'c!']);
    expect(runs).toEqual(['a', 'b', 'c']);
  });

  it('holds null and undefined values as values', () => {
    const memo = createMemo();
    let runs = 0;
    for (let i = 0; i < 3; i++) expect(memo('x', () => { runs++; return null; })).toBeNull();
    for (let i = 0; i < 3; i++) expect(memo('y', () => { runs++; return undefined; })).toBeUndefined();
    expect(runs).toBe(2);
  });

  it('keeps what a Map keeps when compute asks for its own key (the outer value is stored)', () => {
    const memo = createMemo();
    const outer = memo('k', () => { memo('k', () => 'inner'); return 'outer'; });
    expect(outer).toBe('outer');
    expect(memo('k', () => 'again')).toBe('outer');
  });
});
