// The service worker's precache patterns (src/build/pwa.ts): none may walk the data folder, whose
// folders hold one file an article (glob's walk of a 100,000-file folder takes 20 s, of a
// million-file one hours), and the few data files the home page needs offline are named.
import { describe, expect, it } from 'vitest';
import { PRECACHE_PATTERNS } from '../../../src/build/pwa.ts';

describe('precache patterns', () => {
  it.each(PRECACHE_PATTERNS.map((p) => [p]))('%s does not walk data/ (only a named file there, or a pattern rooted elsewhere)', (pattern) => {
    if (pattern.startsWith('data/')) expect(pattern).toMatch(/^data\/[\w/.-]+\.json$/);
    else expect(pattern).not.toMatch(/^\*\*/);
  });

  it('names the home page\'s first data, so it opens offline', () => {
    expect(PRECACHE_PATTERNS).toEqual(expect.arrayContaining(['data/manifest.json', 'data/index/0.json']));
  });
});
