// The split search index: the builder (src/ingest/build-search-index.ts) and the query core
// (src/lib/search-engine.ts) together, through an in-memory fetcher that records what was read.
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import type { SearchManifest, SearchShard } from '../../src/contract/search-data.ts';
import { DOC_CHUNK_TARGET_BYTES, articlesPerDocChunk, buildSearchFiles, type SearchArticle, type SplitOptions } from '../../src/ingest/build-search-index.ts';
import { editDistance, openSearchIndex, shardOf } from '../../src/lib/search-engine.ts';

const ARTICLES: SearchArticle[] = [
  {
    slug: 'obama-putin',
    title: 'President Obama Reveals He Threatened Putin Over Russian Hacking Attacks',
    text: 'Speaking to reporters, the president said “we will respond to the hacking” and added that he had warned Putin directly.',
    quotes: [{ id: 'q1', text: 'we will respond to the hacking', speaker: 'Barack Obama' }],
  },
  {
    slug: 'budget-talks',
    title: 'Budget talks stall over hacking',
    text: 'Negotiators said they will respond next week. “We hope to reach a deal,” the speaker said. The hacking was old news.',
    quotes: [
      { id: 'q1', text: 'We hope to reach a deal', speaker: 'Paul Ryan', speakerId: 'paul-ryan' },
      { id: 'q2', text: 'The hacking was old news', speaker: null, speakerId: null },
    ],
  },
  { slug: 'weather', title: 'Storm hits the coast', text: 'Heavy rain fell overnight across the region.', quotes: [] },
  { slug: 'zoo', title: 'Zebra born at the zoo', text: 'Keepers named the foal Zed; visitors queued to see the zebras.', quotes: [{ id: 'q1', text: 'a zebra is a joy', speaker: 'Ann Keeper' }] },
];

/** The index as files, and an engine over them that records every path it fetched. */
async function open(split: SplitOptions = { shardTargetBytes: 300, articlesPerDocChunk: 2 }) {
  const files = buildSearchFiles(ARTICLES, split);
  const fetched: string[] = [];
  const engine = await openSearchIndex(async (path) => {
    fetched.push(path);
    const json = files.get(path);
    if (json === undefined) throw new Error(`no ${path}`);
    return JSON.parse(json) as unknown;
  });
  return { files, fetched, engine };
}

async function search(input: string) {
  const { engine, fetched } = await open();
  const ranking = await engine.rank(input);
  const hits = await engine.resolve(ranking.articles);
  return { ranking, hits, fetched };
}

describe('split search index: queries', () => {
  it.each([
    ['a title word', 'threatened', ['obama-putin'], null],
    ['a body word', 'overnight', ['weather'], null],
    ['a quoted phrase with straight marks', '"we will respond to the hacking"', ['obama-putin', 'budget-talks'], 'q1'],
    ['a quoted phrase with curly marks', '“we will respond to the hacking”', ['obama-putin', 'budget-talks'], 'q1'],
    ['quoted words without marks', 'we will respond to the hacking', ['obama-putin', 'budget-talks'], 'q1'],
    ['a prefix of the last word (from 4 letters)', 'negot', ['budget-talks'], null],
    ['a speaker name', 'ryan', ['budget-talks'], 'q1'],
    ['a typo in a long word', 'overnigth', ['weather'], null],
    ['a query of stop words only runs exactly', '"we will"', ['obama-putin', 'budget-talks'], 'q1'],
    ['nothing', 'xylophone', [], null],
  ])('%s: %s', async (_label, input, slugs, firstQuote) => {
    const { hits } = await search(input);
    expect(hits.map((h) => h.slug).sort()).toEqual([...slugs].sort());
    // The quotation that matched is listed under the expected article (phrase preference is the page's: see search.test.tsx).
    if (firstQuote) expect(hits.find((h) => h.slug === slugs[0])?.quotes[0]?.quoteId).toBe(firstQuote);
  });

  it('ranks a title match above a body-only match, and groups quotations under their article', async () => {
    const { hits } = await search('hacking');
    expect(hits.map((h) => h.slug)).toEqual(['budget-talks', 'obama-putin']);
    const budget = hits[0]!;
    expect(budget.title).toBe('Budget talks stall over hacking');
    expect(budget.articleMatched).toBe(true);
    expect(budget.quotes.map((q) => [q.quoteId, q.speaker])).toEqual([['q2', null]]);
    expect(hits[1]!.quotes.map((q) => [q.quoteId, q.speaker])).toEqual([['q1', 'Barack Obama']]);
  });

  it('drops stop words when there are other words: "the zebra" does not match every article', async () => {
    const { hits } = await search('the zebra');
    expect(hits.map((h) => h.slug)).toEqual(['zoo']);
    expect(hits[0]!.terms).toContain('zebra');
  });

  it('falls back to any of the words, and says so, when no document has them all', async () => {
    const { ranking, hits } = await search('zebra overnight');
    expect(ranking.partial).toBe(true);
    expect(hits.map((h) => h.slug).sort()).toEqual(['weather', 'zoo']);
  });

  it('ranks "some of the words" results by how many words they have, and says which', async () => {
    // "hacking" and "respond" are in two articles, "zebra" in one, and no article has all three.
    const { ranking, hits } = await search('hacking respond zebra');
    expect(ranking.partial).toBe(true);
    expect(hits.map((h) => h.matchedWords)).toEqual([['hacking', 'respond'], ['hacking', 'respond'], ['zebra']]);
    expect(hits.map((h) => h.slug).slice(0, 2).sort()).toEqual(['budget-talks', 'obama-putin']);
    expect(hits[2]!.slug).toBe('zoo');
  });

  it('never falls back on a one-character word alone ("STS-1" does not match every "1")', async () => {
    const { hits } = await search('zebra 1');
    expect(hits.map((h) => h.slug)).toEqual(['zoo']);
    expect(hits[0]!.matchedWords).toEqual(['zebra']);
  });

  it('prefix matches report the index terms they matched (for highlighting)', async () => {
    const { hits } = await search('zebr');
    expect(hits[0]!.terms.sort()).toEqual(['zebra', 'zebras']);
  });

  it('reads only the shards holding the query terms and the doc chunks of the resolved results', async () => {
    const { files, engine, fetched } = await open();
    const shardCount = [...files.keys()].filter((p) => p.includes('/terms-')).length;
    expect(shardCount).toBeGreaterThan(4);
    const ranking = await engine.rank('overnight');
    expect(fetched.filter((p) => p.includes('/terms-'))).toHaveLength(1);
    expect(fetched.filter((p) => p.includes('/docs-'))).toHaveLength(0);
    await engine.resolve(ranking.articles);
    // 'weather' is article 2: the second chunk of two articles each.
    expect(fetched.filter((p) => p.includes('/docs-'))).toEqual(['data/search/docs-1.json']);
    // Fetched files are cached.
    await engine.resolve(ranking.articles);
    await engine.rank('overnight');
    expect(new Set(fetched).size).toBe(fetched.length);
  });
});

describe('split search index: builder', () => {
  it('gives the same results however the terms are sharded (one shard, many, one term each)', async () => {
    const queries = ['hacking', 'negot', '"respond to the hacking"', 'ryan', 'zebr', 'overnigth'];
    const answers = async (shardTargetBytes: number) => {
      const { engine } = await open({ shardTargetBytes, articlesPerDocChunk: 3 });
      return Promise.all(queries.map(async (q) => (await engine.resolve((await engine.rank(q)).articles)).map((h) => [h.slug, h.score.toFixed(6)])));
    };
    const one = await answers(10_000_000);
    expect(await answers(300)).toEqual(one);
    expect(await answers(1)).toEqual(one);
  });

  it('shards hold sorted, disjoint term ranges that start at the manifest’s first terms', () => {
    const files = buildSearchFiles(ARTICLES, { shardTargetBytes: 300, articlesPerDocChunk: 2 });
    const manifest = JSON.parse(files.get('data/search/manifest.json')!) as SearchManifest;
    expect(manifest.docCount).toBe(4 + 4);
    expect(manifest.articleDocs).toEqual([2, 3, 1, 2]);
    expect([...manifest.firstTerms].sort()).toEqual(manifest.firstTerms);
    manifest.firstTerms.forEach((first, n) => {
      const terms = Object.keys(JSON.parse(files.get(`data/search/terms-${n}.json`)!) as SearchShard);
      expect(terms[0]).toBe(first);
      for (const t of terms) expect(shardOf(manifest.firstTerms, t)).toBe(n);
    });
  });

  it('stores postings as [doc delta, term frequency, field length] per field', () => {
    const files = buildSearchFiles(ARTICLES, { shardTargetBytes: 10_000_000, articlesPerDocChunk: 16 });
    const shard = JSON.parse(files.get('data/search/terms-0.json')!) as SearchShard;
    // "hacking": title of docs 0 and 2; text of docs 0, 1, 2, 4; no speaker.
    const [title, text, speaker] = shard.hacking!;
    expect(title).toEqual([0, 1, 10, 2, 1, 5]);
    expect(text!.filter((_, i) => i % 3 === 0)).toEqual([0, 1, 1, 2]);
    expect(speaker).toEqual([]);
    expect(JSON.parse(files.get('data/search/docs-0.json')!)[1]).toEqual([
      'budget-talks',
      'Budget talks stall over hacking',
      ARTICLES[1]!.text,
      [['q1', 'Paul Ryan', 'paul-ryan', 'We hope to reach a deal'], ['q2', null, null, 'The hacking was old news']],
    ]);
  });

  it('resolved results carry the texts a result shows: the indexed text, each quotation’s text and speaker id', async () => {
    const { engine } = await open();
    const [hit] = await engine.resolve((await engine.rank('deal')).articles);
    expect(hit).toMatchObject({ slug: 'budget-talks', text: ARTICLES[1]!.text });
    expect(hit!.quotes).toEqual([expect.objectContaining({ quoteId: 'q1', speaker: 'Paul Ryan', speakerId: 'paul-ryan', text: 'We hope to reach a deal' })]);
  });

  it.each([
    ['short rows: the most per chunk', 100, 16],
    ['rows of ~2.6 kB (a 1,000-character lede and its quotations): one each', 2_600, 1],
    ['rows of 1.4 kB: two a chunk', 1_400, 2],
    ['rows larger than the target: one article per chunk', 20_000, 1],
  ])('chooses articles per doc chunk by row size: %s', (_label, rowBytes, expected) => {
    expect(articlesPerDocChunk(Array.from({ length: 50 }, () => 'x'.repeat(rowBytes)), 'auto')).toBe(expected);
    expect(articlesPerDocChunk(['x'], 5)).toBe(5);
  });

  it('auto-sized doc chunks stay near the byte target and the manifest says how many articles each holds', async () => {
    const many: SearchArticle[] = Array.from({ length: 40 }, (_, i) => ({
      slug: `a${i}`,
      title: `Article ${i}`,
      text: `Body ${i} `.repeat(120),
      quotes: [{ id: 'q1', text: `quotation ${i} `.repeat(20), speaker: 'Ann Lee', speakerId: 'ann-lee' }],
    }));
    const files = buildSearchFiles(many, { shardTargetBytes: 120_000, articlesPerDocChunk: 'auto' });
    const manifest = JSON.parse(files.get('data/search/manifest.json')!) as SearchManifest;
    expect(manifest.articlesPerDocChunk).toBeGreaterThan(1);
    expect(manifest.articlesPerDocChunk).toBeLessThan(16);
    const docs = [...files].filter(([p]) => p.includes('/docs-'));
    expect(docs).toHaveLength(Math.ceil(40 / manifest.articlesPerDocChunk));
    for (const [, json] of docs) expect(json.length).toBeLessThan(DOC_CHUNK_TARGET_BYTES * 1.5);
    const engine = await openSearchIndex(async (path) => JSON.parse(files.get(path) ?? 'null') as unknown);
    const hits = await engine.resolve((await engine.rank('article 37')).articles);
    expect(hits[0]!.slug).toBe('a37');
  });

  it('closes shards on their compressed size too: each stays near the gzip target, and the results are the same', async () => {
    // Varied words (a fixed pseudo-random sequence), so the postings compress as real text's do.
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    const word = () => Array.from({ length: 4 + (next() % 6) }, () => String.fromCharCode(97 + (next() % 26))).join('');
    const vocabulary = Array.from({ length: 3_000 }, word);
    const pick = () => vocabulary[next() % vocabulary.length]!;
    const many: SearchArticle[] = Array.from({ length: 300 }, (_, i) => ({
      slug: `a${i}`,
      title: `${pick()} ${pick()}`,
      text: Array.from({ length: 150 }, pick).join(' '),
      quotes: [{ id: 'q1', text: Array.from({ length: 12 }, pick).join(' '), speaker: 'Ann Lee', speakerId: 'ann-lee' }],
    }));
    const json = buildSearchFiles(many, { shardTargetBytes: 10_000_000, articlesPerDocChunk: 4 });
    const sized = buildSearchFiles(many, { shardTargetBytes: 10_000_000, shardTargetGzipBytes: 8_000, articlesPerDocChunk: 4 });
    const shards = (files: Map<string, string>) => [...files].filter(([p]) => p.includes('/terms-')).map(([, j]) => j);
    expect(shards(json)).toHaveLength(1);
    const gzipped = shards(sized).map((j) => deflateRawSync(j).length);
    expect(gzipped.length).toBeGreaterThan(3);
    // None far over the target. The first is cut on an assumed ratio (no shard is measured yet) and
    // the last holds what is left; the others, cut on the ratio measured so far, are close to it.
    for (const n of gzipped) expect(n).toBeLessThan(8_000 * 1.25);
    for (const n of gzipped.slice(1, -1)) expect(n).toBeGreaterThan(8_000 * 0.8);
    const answers = async (files: Map<string, string>) => {
      const engine = await openSearchIndex(async (path) => JSON.parse(files.get(path) ?? 'null') as unknown);
      return Promise.all([vocabulary[5]!, vocabulary[900]!.slice(0, 4), `${vocabulary[2]} ${vocabulary[3]}`].map(async (q) => (await engine.resolve((await engine.rank(q)).articles)).map((h) => [h.slug, h.score.toFixed(6)])));
    };
    expect(await answers(sized)).toEqual(await answers(json));
  });

  it('an empty corpus gives an empty index that finds nothing', async () => {
    const files = buildSearchFiles([]);
    const engine = await openSearchIndex(async (path) => JSON.parse(files.get(path) ?? 'null') as unknown);
    expect((await engine.rank('anything')).articles).toEqual([]);
  });
});

describe('split search index: a large ranking in slices', () => {
  it('pauses for the browser (yieldNow) once a slice of work has run, and ranks exactly as in one go', async () => {
    const many: SearchArticle[] = Array.from({ length: 3_000 }, (_, i) => ({
      slug: `s${i}`,
      title: i % 3 === 0 ? `Storm ${i} nears the coast` : `Report ${i}`,
      text: `The storm ${i % 7 === 0 ? 'and the storm surge ' : ''}came ashore near ${i}.`,
      quotes: [{ id: 'q1', text: `the storm ${i % 5} was the worst`, speaker: 'Ann Lee', speakerId: 'ann-lee' }],
    }));
    const files = buildSearchFiles(many, { shardTargetBytes: 20_000, articlesPerDocChunk: 8 });
    const fetchJson = async (path: string) => JSON.parse(files.get(path) ?? 'null') as unknown;
    const queries = ['storm', 'storm coast', 'stor', '"storm surge"', 'coast worst nowhere'];
    const plain = await openSearchIndex(fetchJson);
    const expected = await Promise.all(queries.map((q) => plain.rank(q)));
    // A clock that moves 10 ms at every reading: every check finds the slice used up.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    let yields = 0;
    try {
      const sliced = await openSearchIndex(fetchJson, { yieldNow: async () => void yields++ });
      const got = await Promise.all(queries.map((q) => sliced.rank(q)));
      expect(JSON.parse(JSON.stringify(got))).toEqual(JSON.parse(JSON.stringify(expected)));
    } finally {
      now.mockRestore();
    }
    expect(expected[0]!.articles).toHaveLength(3_000);
    expect(yields).toBeGreaterThan(5);
  });
});

describe('editDistance', () => {
  it.each([
    ['hacking', 'hacking', 0],
    ['hacking', 'hackinng', 1],
    ['overnight', 'overnigth', 2],
    ['zebra', 'cobra', 2],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(d);
  });
  it('gives up past the limit', () => {
    expect(editDistance('president', 'zebra', 2)).toBe(3);
  });
});
