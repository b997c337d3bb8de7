// A DataClient over in-memory contract data, for component tests; missing files reject like the
// real client (DataNotFoundError), and every call is recorded.
import { vi } from 'vitest';
import type { ArticleChunk, IndexPage, Manifest, SpeakerDetail, SpeakerSummary } from '../../../src/contract/article-data.ts';
import { DataNotFoundError, type DataClient } from '../../../src/lib/data-client.ts';
import { makeIndex, makeSpeakers } from './fixtures.ts';
import { pageSpeakerArticles } from '../../../src/ingest/write-data.ts';
import { summariseVoices } from '../../../src/contract/voices-summary.ts';

/** Files the stub serves. */
export interface StubData {
  manifest: Manifest;
  pages: IndexPage[];
  articles: ArticleChunk[];
  speakers: SpeakerDetail[];
}

/** Builds everything from a list of articles (newest first). */
export function corpusData(articles: ArticleChunk[], pageSize = 50): StubData {
  const { manifest, pages } = makeIndex(articles, pageSize);
  return { manifest, pages, articles, speakers: makeSpeakers(articles) };
}

/** How the stub pages speakers' files (as the build does; tests choose small pages to cross them). */
export interface StubPaging {
  speakerPageArticles?: number;
  speakerPageQuotes?: number;
}

/** The stub client; its methods are vi.fn so tests can assert calls or swap failures in. */
export function stubClient(data: StubData, paging: StubPaging = {}) {
  const missing = (path: string) => Promise.reject(new DataNotFoundError(path));
  // Speakers' files as the build writes them: a head with page 0, then one file per page.
  const paged = new Map(data.speakers.map((s) => [s.id, pageSpeakerArticles(s.articles, paging.speakerPageArticles, paging.speakerPageQuotes)]));
  const head = (s: SpeakerDetail): SpeakerDetail => {
    const pages = paged.get(s.id)!;
    return {
      ...s,
      articles: pages[0]!,
      quoteCount: s.articles.reduce((n, a) => n + a.quotes.length, 0),
      articleCount: s.articles.length,
      pageCount: pages.length,
    };
  };
  const client = {
    loadManifest: vi.fn(async () => data.manifest),
    loadIndexPage: vi.fn((page: number) => {
      const p = data.pages[page];
      return p ? Promise.resolve(p) : missing(`data/index/${page}.json`);
    }),
    loadArticle: vi.fn((slug: string) => {
      const a = data.articles.find((x) => x.slug === slug);
      return a ? Promise.resolve(a) : missing(`data/articles/${slug}.json`);
    }),
    loadSpeakers: vi.fn(async (): Promise<SpeakerSummary[]> =>
      data.speakers.map((s) => ({ id: s.id, name: s.name, quoteCount: s.articles.reduce((n, a) => n + a.quotes.length, 0), articleCount: s.articles.length })),
    ),
    loadSpeaker: vi.fn((id: string) => {
      const s = data.speakers.find((x) => x.id === id);
      return s ? Promise.resolve(head(s)) : missing(`data/speakers/${id}.json`);
    }),
    loadSpeakerPage: vi.fn((id: string, page: number) => {
      const articles = page >= 1 ? paged.get(id)?.[page] : undefined;
      return articles ? Promise.resolve({ page, articles }) : missing(`data/speakers/${id}/${page}.json`);
    }),
    // The same summary the build writes, from the stub's index rows.
    loadVoices: vi.fn(async () => summariseVoices(data.pages.flatMap((p) => p.articles))),
  } satisfies DataClient;
  return client;
}
