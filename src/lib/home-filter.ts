// The home page's speaker filter (?speaker=<id> repeated): the chosen speakers' files, the articles
// that quote them and the index rows for a block of those articles. A chunk of its own, loaded only
// when the address has a speaker filter (first-page JavaScript budget). The speakers' files are
// paged (decision 044): their pages are read as the list grows, merged in home order.
import type { ArticleSummary, Manifest, SpeakerDetail } from '../contract/article-data.ts';
import { SpeakerMatches, type SpeakerMatch } from '../common/speaker-pages.ts';
import { isNotFound, type DataClient } from './data-client.ts';

/** One article that quotes a chosen speaker, from the speakers' files. */
export type Match = SpeakerMatch;

/** The filter part of the home page's data. */
export interface HomeFilter {
  /** Each chosen id with its file, or null when no speaker has that id. */
  speakers: { id: string; detail: SpeakerDetail | null }[];
  /** Articles quoting any chosen speaker, in index order: those read so far (the first block's). */
  matches: Match[];
  /** Reads the speakers' further pages; `cursor.settled()` grows from `matches`, `cursor.total()` is null while unknown. */
  cursor: SpeakerMatches;
}

/** Rows shown per block when filtering (unfiltered blocks are the index's own pages). */
export const MATCH_BLOCK = 50;

/** Summaries for a block of matches: fetch the index pages they sit on and pick the rows. */
export async function summariesFor(client: DataClient, manifest: Manifest, matches: Match[], signal?: AbortSignal): Promise<ArticleSummary[]> {
  const pages = [...new Set(matches.map((m) => Math.floor(m.position / manifest.pageSize)))];
  const loaded = await Promise.all(pages.map((p) => client.loadIndexPage(p, signal)));
  const bySlug = new Map(loaded.flatMap((p) => p.articles).map((a) => [a.slug, a]));
  // A match missing from the index (stale files) still shows, from the speaker file's fields.
  return matches.map(
    (m) => bySlug.get(m.slug) ?? { slug: m.slug, title: m.title, date: m.date, source: null, excerpt: '', quoteCount: m.count, speakers: [], position: m.position },
  );
}

/** Loads the chosen speakers' files and the first block of the articles that quote them. */
export async function loadHomeFilter(
  client: DataClient,
  manifest: Manifest,
  ids: string[],
  signal?: AbortSignal,
): Promise<{ filter: HomeFilter; first: ArticleSummary[] }> {
  const speakers = await Promise.all(
    ids.map((id) =>
      client.loadSpeaker(id, signal).then(
        (detail) => ({ id, detail }),
        (e: unknown) => {
          // An id that is not in the corpus is reported on the page, not an error page.
          if (isNotFound(e)) return { id, detail: null };
          throw e;
        },
      ),
    ),
  );
  // Page 0 comes with each head; later pages only as far as the first block needs.
  const cursor = new SpeakerMatches(speakers.flatMap((s) => (s.detail ? [s.detail] : [])), (id, page) => client.loadSpeakerPage(id, page));
  const matches = await cursor.ensure(MATCH_BLOCK);
  const first = await summariesFor(client, manifest, matches.slice(0, MATCH_BLOCK), signal);
  return { filter: { speakers, matches, cursor }, first };
}

/** The next block of matches after the first `shown`, reading the speakers' pages it needs. */
export async function nextMatches(filter: HomeFilter, shown: number): Promise<Match[]> {
  return (await filter.cursor.ensure(shown + MATCH_BLOCK)).slice(shown, shown + MATCH_BLOCK);
}
