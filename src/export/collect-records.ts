// Walks a built site's data files (through any reader: the file system on the command line,
// fetch in the export worker) and yields the quotation records in batches, one article a batch,
// in home order, so a 10,000-article export streams instead of holding the corpus.
import type { ArticleChunk, IndexPage, Manifest, SpeakerDetail, SpeakerPage } from '../contract/article-data.ts';
import { allSpeakerArticles } from '../common/speaker-pages.ts';
import type { ShownQuote } from '../corrections/correction.ts';
import { recordsOf, type QuoteRecord } from './quote-records.ts';

/** Article files read ahead of the one being exported. */
export const READ_AHEAD = 6;

/** Reads the data files of a built site. */
export interface SiteReader {
  manifest(): Promise<Manifest>;
  indexPage(page: number): Promise<IndexPage>;
  article(slug: string): Promise<ArticleChunk>;
  speaker(id: string): Promise<SpeakerDetail>;
  /** Page n ≥ 1 of a speaker's file (page 0 is in the head). */
  speakerPage(id: string, page: number): Promise<SpeakerPage>;
}

/** What to export. */
export interface ExportScope {
  /** Only this speaker's quotations (from the articles their speaker file lists). */
  speakerId?: string;
  /** Absolute link to an article in the app, base path included. */
  articleLink(slug: string): string;
  /** The quotations to export of an article (the reader's corrections applied); default its own. */
  quotesOf?(article: ArticleChunk): readonly ShownQuote[];
  /** More articles to read for a speaker (where the reader's corrections name them). */
  extraSlugs?: readonly string[];
}

/** Progress of an export: articles read so far out of the total. */
export interface ExportProgress {
  done: number;
  total: number;
}

/** The slugs to read: every article in home order, or the speaker's articles. */
async function slugsOf(site: SiteReader, scope: ExportScope): Promise<string[]> {
  if (scope.speakerId !== undefined) {
    const head = await site.speaker(scope.speakerId).catch((err: unknown) => {
      // A speaker only the reader's corrections name has no file: their articles are the extra ones.
      if (scope.extraSlugs?.length) return null;
      throw err;
    });
    // Every page of the speaker's file, not only the first: an export is all of their quotations.
    const listed = head ? (await allSpeakerArticles(head, (id, page) => site.speakerPage(id, page))).map((a) => a.slug) : [];
    return [...new Set([...listed, ...(scope.extraSlugs ?? [])])];
  }
  const manifest = await site.manifest();
  const slugs: string[] = [];
  for (let page = 0; page < manifest.pageCount; page++) slugs.push(...(await site.indexPage(page)).articles.map((a) => a.slug));
  return slugs;
}

/** The records of the scope, one article's batch at a time; `onProgress` after each article. */
export async function* exportRecords(site: SiteReader, scope: ExportScope, onProgress?: (p: ExportProgress) => void): AsyncGenerator<QuoteRecord[]> {
  const slugs = await slugsOf(site, scope);
  let done = 0;
  onProgress?.({ done, total: slugs.length });
  // A few reads in flight at once: over the network one at a time would take the round trips in series.
  const ahead = new Map<number, Promise<ArticleChunk>>();
  const start = (i: number) => {
    if (i < slugs.length && !ahead.has(i)) ahead.set(i, site.article(slugs[i]!));
  };
  for (let i = 0; i < slugs.length; i++) {
    const slug = slugs[i]!;
    for (let k = i; k < i + READ_AHEAD; k++) start(k);
    const chunk = await ahead.get(i)!;
    ahead.delete(i);
    done++;
    const quotes = scope.quotesOf ? scope.quotesOf(chunk) : chunk.quotes;
    const records = recordsOf({ ...chunk, quotes }, scope.articleLink(slug), scope.speakerId);
    onProgress?.({ done, total: slugs.length });
    if (records.length > 0) yield records;
  }
}
