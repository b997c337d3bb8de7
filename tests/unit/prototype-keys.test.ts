// Words that name Object.prototype members (issue 10, item 9): wherever a user's word indexes an
// object (a search term, a front-matter key, a file extension, a slug), only own properties count.
import { describe, expect, it } from 'vitest';
import { buildSearchFiles, type SearchArticle } from '../../src/ingest/build-search-index.ts';
import { ingestBytes } from '../../src/ingest/ingest-file.ts';
import { loadPlace } from '../../src/lib/reading-position.ts';
import { openSearchIndex } from '../../src/lib/search-engine.ts';

const PROTO_WORDS = ['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf', 'isPrototypeOf', '__defineGetter__'];

const ARTICLES: SearchArticle[] = [
  { slug: 'plain', title: 'Council approves the harbour plan', text: 'The council voted on Tuesday.', quotes: [] },
  { slug: 'js', title: 'How JavaScript objects work', text: 'Every object has a constructor and a __proto__ link; toString is inherited.', quotes: [] },
];

async function engineOver(articles: SearchArticle[]) {
  const files = buildSearchFiles(articles, { shardTargetBytes: 200, articlesPerDocChunk: 2 });
  return openSearchIndex(async (path) => {
    const json = files.get(path);
    if (json === undefined) throw new Error(`no ${path}`);
    return JSON.parse(json) as unknown;
  });
}

describe('search: prototype words are words', () => {
  it.each(PROTO_WORDS)('%s with no article holding it: no results, no error', async (word) => {
    const engine = await engineOver([ARTICLES[0]!]);
    const ranking = await engine.rank(word);
    expect(ranking.articles).toEqual([]);
  });

  it.each(['constructor', '__proto__', 'tostring'])('%s in an article is found there', async (word) => {
    const engine = await engineOver(ARTICLES);
    const hits = await engine.resolve((await engine.rank(word)).articles);
    expect(hits.map((h) => h.slug)).toEqual(['js']);
  });
});

describe('ingestion: prototype words as keys', () => {
  const md = (front: string) => ingestBytes({ path: 'a.md', display: 'a.md' }, new TextEncoder().encode(`---\ntitle: A title of words\n${front}\n---\n\nBody text.\n`));

  it.each(PROTO_WORDS)('a front-matter key %s is reported at its line (issue 10, item 11)', (key) => {
    const r = md(`${key}: x`);
    const w = r.warnings.find((x) => x.code === 'unknown-field');
    expect(w?.line).toBe(3);
    expect(w?.message).toContain(`"${key}"`);
  });

  it('deep YAML nesting says so, instead of "Maximum call stack size exceeded" (issue 10, item 11)', () => {
    const r = md(`tags: ${'['.repeat(20_000)}${']'.repeat(20_000)}`);
    expect(r.ok).toBe(false);
    const p = r.ok ? undefined : r.problems[0];
    expect(p?.message).toMatch(/too deeply/);
    expect(p?.message).not.toMatch(/call stack/);
    expect(p?.line).toBe(3);
  });

  it.each(['x.constructor', 'x.__proto__', 'x.toString'])('a file named %s is an unknown type, not a crash', (name) => {
    const r = ingestBytes({ path: name, display: name }, new TextEncoder().encode('text'));
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['unknown-extension']);
  });
});

describe('reading position: a slug named like a prototype member', () => {
  it.each(['constructor', 'hasOwnProperty', 'toString'])('%s has no saved place', (slug) => {
    const storage = { getItem: () => '{}', setItem: () => undefined } as unknown as Storage;
    expect(loadPlace(slug, storage)).toBeNull();
  });
});
