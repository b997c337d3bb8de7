// Speakers' files in pages (issue 14 item 5, decision 044): how the build cuts a speaker's articles
// into pages, the head and page files it writes and serves, and how the app's readers put pages
// back together (the export and the home filter's merge in home order).
import { describe, expect, it } from 'vitest';
import { SPEAKER_PAGE_ARTICLES, SPEAKER_PAGE_QUOTES, type SpeakerDetail, type SpeakerPage, type SpeakerQuote } from '../../../src/contract/article-data.ts';
import { pageSpeakerArticles } from '../../../src/ingest/write-data.ts';
import { SpeakerMatches, allSpeakerArticles, mergeSpeakerRows, speakerTotals } from '../../../src/common/speaker-pages.ts';
import { exportRecords, type SiteReader } from '../../../src/export/collect-records.ts';

const quote = (id: string): SpeakerQuote => ({ id, text: `words ${id}`, kind: 'direct', confidence: 0.9 });
/** Articles in home order, the i-th quoting the speaker counts[i] times. */
const articles = (counts: number[], from = 0) =>
  counts.map((n, i) => ({ slug: `a${i + from}`, title: `A ${i + from}`, date: null, position: i + from, quotes: Array.from({ length: n }, (_, k) => quote(`q${k + 1}`)) }));
const shape = (pages: ReturnType<typeof pageSpeakerArticles>) => pages.map((p) => p.map((a) => `${a.slug}:${a.quotes.length}${a.firstQuote !== undefined ? `@${a.firstQuote}/${a.quoteCount}` : ''}`));

describe('pageSpeakerArticles', () => {
  it.each([
    ['one article', [1], [['a0:1']]],
    ['exactly one page of articles', Array(20).fill(1), [Array.from({ length: 20 }, (_, i) => `a${i}:1`)]],
    ['45 articles: 20, 20, 5', Array(45).fill(1), [20, 20, 5].map((n, p) => Array.from({ length: n }, (_, i) => `a${p * 20 + i}:1`))],
    ['a page closes at 100 quotations', [60, 40, 1], [['a0:60', 'a1:40'], ['a2:1']]],
    ['an article of 250 quotations continues over three pages', [1, 250, 1], [['a0:1', 'a1:99@0/250'], ['a1:100@99/250'], ['a1:51@199/250', 'a2:1']]],
  ] as const)('%s', (_label, counts, expected) => {
    expect(shape(pageSpeakerArticles(articles([...counts])))).toEqual(expected);
  });

  it('uses the contract’s limits by default and never loses or repeats a quotation', () => {
    expect([SPEAKER_PAGE_ARTICLES, SPEAKER_PAGE_QUOTES]).toEqual([20, 100]);
    const input = articles([3, 180, 7, 1, 1, 95, 2, ...Array(30).fill(2)]);
    const pages = pageSpeakerArticles(input);
    for (const p of pages) {
      expect(p.length).toBeLessThanOrEqual(SPEAKER_PAGE_ARTICLES);
      expect(p.reduce((n, a) => n + a.quotes.length, 0)).toBeLessThanOrEqual(SPEAKER_PAGE_QUOTES);
    }
    expect(mergeSpeakerRows(pages.flat())).toEqual(input);
  });

  it('an empty list is one empty page (the head always has a page 0)', () => {
    expect(pageSpeakerArticles([])).toEqual([[]]);
  });
});

/** A speaker's files as the build writes them, behind a reader that counts what it reads. */
function files(counts: number[], id = 'pat-pager', from = 0) {
  const pages = pageSpeakerArticles(articles(counts, from));
  const head: SpeakerDetail = { id, name: id, articles: pages[0]!, quoteCount: counts.reduce((a, b) => a + b, 0), articleCount: counts.length, pageCount: pages.length };
  const read: number[] = [];
  const load = async (_id: string, page: number): Promise<SpeakerPage> => {
    read.push(page);
    return { page, articles: pages[page]! };
  };
  return { head, load, read };
}

describe('reading pages back', () => {
  it('allSpeakerArticles reads every page and joins split articles', async () => {
    const f = files([1, 250, 3, ...Array(40).fill(1)]);
    const all = await allSpeakerArticles(f.head, f.load);
    expect(all).toHaveLength(43);
    expect(all[1]!.quotes).toHaveLength(250);
    expect(all[1]).not.toHaveProperty('firstQuote');
    expect(f.read).toEqual(Array.from({ length: speakerTotals(f.head).pageCount - 1 }, (_, i) => i + 1));
  });

  it('speakerTotals falls back to the articles for a file without totals (the reader’s own, stubs)', () => {
    expect(speakerTotals({ id: 'x', articles: articles([2, 3]) })).toEqual({ quoteCount: 5, articleCount: 2, pageCount: 1 });
  });

  it('SpeakerMatches merges two speakers in home order, settling only what no unread page can change', async () => {
    const a = files(Array(60).fill(1), 'a');
    // b quotes every article from 10 on, 3 times each: its pages hold ~33 articles.
    const b = files(Array(50).fill(3), 'b', 10);
    const m = new SpeakerMatches([a.head, b.head], (id, page) => (id === 'a' ? a.load(id, page) : b.load(id, page)));
    // a's page 0 ends at 19, b's at 10+32: positions below 19 are settled.
    expect(m.settled().map((x) => x.position)).toEqual(Array.from({ length: 19 }, (_, i) => i));
    expect(m.total()).toBeNull();
    expect(m.atLeast()).toBe(60);
    const settled = await m.ensure(30);
    expect(settled.length).toBeGreaterThanOrEqual(30);
    expect(settled.find((x) => x.position === 12)!.count).toBe(4);
    await m.ensure(Infinity);
    expect(m.complete).toBe(true);
    expect(m.total()).toBe(60);
    expect(m.settled().map((x) => x.position)).toEqual(Array.from({ length: 60 }, (_, i) => i));
  });

  it('SpeakerMatches.nearest reads only the pages up to the article it finds', async () => {
    const f = files(Array(200).fill(1));
    expect((await new SpeakerMatches([f.head], f.load).nearest(5, 1))?.position).toBe(6);
    expect(f.read).toEqual([]);
    expect((await new SpeakerMatches([f.head], f.load).nearest(45, -1))?.position).toBe(44);
    expect(f.read).toEqual([1, 2]);
    expect(await new SpeakerMatches([f.head], f.load).nearest(199, 1)).toBeNull();
  });
});

describe('export of a paged speaker', () => {
  it('exports every quotation on every page, not only the first page’s', async () => {
    const f = files([1, 250, ...Array(45).fill(2)]);
    const all = await allSpeakerArticles(f.head, f.load);
    const site: SiteReader = {
      manifest: () => Promise.reject(new Error('not needed')),
      indexPage: () => Promise.reject(new Error('not needed')),
      speaker: async () => f.head,
      speakerPage: f.load,
      article: async (slug) => {
        const a = all.find((x) => x.slug === slug)!;
        const text = a.quotes.map((q) => `"${q.text}" said Pat.`).join(' ');
        let at = 0;
        return {
          slug, title: a.title, date: null, source: null, url: null, byline: null, license: null, changed: false, text,
          paragraphs: [{ start: 0, end: text.length }], titleQuotes: [], speakers: [], position: a.position, prev: null, next: null,
          quotes: a.quotes.map((q) => {
            const start = text.indexOf(q.text, at);
            at = start + q.text.length;
            return { id: q.id, start, end: at, kind: 'direct' as const, speaker: { id: 'pat-pager', name: 'Pat Pager' }, mention: null, cue: null, confidence: 0.9, reason: '' };
          }),
        };
      },
    };
    f.read.length = 0;
    let records = 0;
    for await (const batch of exportRecords(site, { speakerId: 'pat-pager', articleLink: (s) => `/articles/${s}` })) records += batch.length;
    expect(records).toBe(1 + 250 + 90);
    expect(f.read.length).toBe(speakerTotals(f.head).pageCount - 1);
  });
});
