// Stage: all analysed articles → the site: home order (newest first), positions and
// neighbours, duplicate-slug problems, and per-speaker aggregates. One pass over the
// articles plus one sort: O(n log n), no pairwise comparisons.
import type { SpeakerQuote } from '../contract/article-data.ts';
import { hash53 } from '../common/hash.ts';
import { MAX_SLUG_LENGTH } from '../common/slug-limits.ts';
import { MAX_NAMED_FILES, listFiles, problem, type IngestProblem, type IngestWarning } from './errors.ts';
import { speakerTypeOf, type SpeakerType } from '../common/speaker-type.ts';
import { describeSpeaker } from '../quotes/describe-speakers.ts';
import { contextFinder } from '../quotes/quote-context.ts';
import type { AnalysedArticle, SourceFormat } from './types.ts';

/**
 * What the corpus-wide slug steps and the home order need of an article: an AnalysedArticle, or
 * the compact row the streaming build keeps of it (stream-site.ts) instead of the whole record.
 */
export interface SlugRow {
  file: string;
  format: SourceFormat;
  slug: string;
  slugLine: number | null;
  meta: { slug: string | null; date: string | null; title: string };
}

/** One speaker across the corpus; `articles` in home order. */
export interface SpeakerAggregate {
  id: string;
  name: string;
  quoteCount: number;
  /** The engine's type for the speaker, when it gives one. */
  type: SpeakerType | null;
  /** How articles describe the speaker (first MAX_DESCRIPTIONS distinct ones, in home order). */
  descriptions: { text: string; index: number }[];
  articles: { index: number; quotes: SpeakerQuote[] }[];
}

/** Descriptions kept per speaker. */
export const MAX_DESCRIPTIONS = 5;

/** Everything the data writers need, in home order. */
export interface Site {
  articles: AnalysedArticle[];
  /** Most quoted first, then by name. */
  speakers: SpeakerAggregate[];
  speakerById: Map<string, SpeakerAggregate>;
  bySlug: Map<string, number>;
  quoteCount: number;
}

/** Home page order: newest first, undated last, then by title and file so the order is stable. */
export function compareArticles(a: Pick<SlugRow, 'file' | 'meta'>, b: Pick<SlugRow, 'file' | 'meta'>): number {
  if (a.meta.date !== b.meta.date) {
    if (a.meta.date === null) return 1;
    if (b.meta.date === null) return -1;
    return a.meta.date < b.meta.date ? 1 : -1;
  }
  return a.meta.title.localeCompare(b.meta.title, 'en') || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

/**
 * Derived slugs are unique on their own: when an article without a `slug:` shares its derived slug
 * with another article, it gets a short stable suffix from its file path ("…-3f9a1c"), and a
 * warning says so. An explicit slug keeps its slug; among derived ones, the file that sorts first
 * keeps the plain slug, so adding a file never moves an existing article's address. Only two
 * explicit slugs that collide are left for findDuplicateSlugs to report.
 */
export function settleDerivedSlugs<T extends SlugRow>(articles: readonly T[]): { articles: T[]; warnings: IngestWarning[] } {
  const bySlug = new Map<string, T[]>();
  for (const a of articles) {
    const list = bySlug.get(a.slug);
    if (list) list.push(a);
    else bySlug.set(a.slug, [a]);
  }
  const taken = new Set(bySlug.keys());
  const renamed = new Map<T, string>();
  const warnings: IngestWarning[] = [];
  for (const [slug, list] of bySlug) {
    if (list.length < 2) continue;
    const derived = list.filter((a) => a.meta.slug === null).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    // The plain slug stays with an explicit owner, else with the first derived one.
    const keeper = list.some((a) => a.meta.slug !== null) ? null : derived[0];
    for (const a of derived) {
      if (a === keeper) continue;
      let next = suffixed(slug, a.file, 0);
      for (let seed = 1; taken.has(next); seed++) next = suffixed(slug, a.file, seed);
      taken.add(next);
      renamed.set(a, next);
      const others = othersOf(list, a);
      warnings.push({ code: 'slug-suffixed', file: a.file, line: a.slugLine,
        message: `The title gives the slug "${slug}", which ${listFiles(others, MAX_NAMED_FILES, list.length - 1)} also has; this article is at "${next}". Give it "slug: …" in the front matter to choose its address.` });
    }
  }
  return { articles: articles.map((a) => (renamed.has(a) ? { ...a, slug: renamed.get(a)! } : a)), warnings };
}

/** `slug` with a 6-hex-digit suffix from the file path, cut so it stays within the derived cap. */
function suffixed(slug: string, file: string, seed: number): string {
  const base = slug.length > MAX_SLUG_LENGTH - 7 ? slug.slice(0, MAX_SLUG_LENGTH - 7).replace(/-+$/, '') : slug;
  return `${base}-${hash53(file, seed).slice(-6)}`;
}

/** Problems for every article whose slug another article also has (each names a few of the others). */
export function findDuplicateSlugs(articles: readonly SlugRow[]): IngestProblem[] {
  const bySlug = new Map<string, SlugRow[]>();
  for (const a of articles) {
    const list = bySlug.get(a.slug);
    if (list) list.push(a);
    else bySlug.set(a.slug, [a]);
  }
  const problems: IngestProblem[] = [];
  for (const [slug, list] of bySlug) {
    if (list.length < 2) continue;
    for (const a of list) {
      problems.push(problem('duplicate-slug', a.file, a.slugLine,
        `${list.length === 2 ? 'Two articles have' : `${list.length} articles have`} the slug "${slug}": this file and ${listFiles(othersOf(list, a), MAX_NAMED_FILES, list.length - 1)}.`,
        a.format === 'markdown'
          ? `Give one of them its own slug in the front matter, e.g. "slug: ${slug}-2".`
          : `Change one of the titles, or convert one of them to Markdown and give it "slug: ${slug}-2" in the front matter.`));
    }
  }
  return problems;
}

/**
 * The first few files of a clash other than `a`'s (at most MAX_NAMED_FILES): a message names only
 * these and counts the rest, so 3,400 clashing files make 3,400 short lines, not 3,400 lists of
 * 3,400 (decision 044), and finding them does not walk the whole group per file either.
 */
function othersOf(list: readonly SlugRow[], a: SlugRow): string[] {
  const out: string[] = [];
  for (const o of list) {
    if (o === a) continue;
    out.push(o.file);
    if (out.length === MAX_NAMED_FILES) break;
  }
  return out;
}

/** A speaker's corpus-wide figures, without its articles (how those are kept is the caller's). */
export type SpeakerTally = Omit<SpeakerAggregate, 'articles'>;

/**
 * Adds one article (at `index` in home order) to the speaker tallies: creates the speakers it
 * quotes first, counts their quotations, takes a description from the article while a speaker has
 * fewer than MAX_DESCRIPTIONS; returns each speaker's quotations in this article, in text order.
 * Shared by buildSite (in memory) and the streaming build (which spills the quotations).
 */
export function tallyArticleSpeakers<S extends SpeakerTally>(
  article: Pick<AnalysedArticle, 'text' | 'paragraphs' | 'analysis'>,
  index: number,
  speakerById: Map<string, S>,
  make: (tally: SpeakerTally) => S,
): Map<S, SpeakerQuote[]> {
  const out = new Map<S, SpeakerQuote[]>();
  const contextOf = article.analysis.quotes.some((q) => q.speaker) ? contextFinder(article.text, article.paragraphs) : null;
  for (const q of article.analysis.quotes) {
    if (!q.speaker) continue;
    let agg = speakerById.get(q.speaker.id);
    if (!agg) {
      const type = speakerTypeOf(q.speaker);
      agg = make({ id: q.speaker.id, name: q.speaker.name, quoteCount: 0, type: type === 'unknown' ? null : type, descriptions: [] });
      speakerById.set(q.speaker.id, agg);
    }
    agg.quoteCount++;
    let quotes = out.get(agg);
    if (!quotes) {
      out.set(agg, (quotes = []));
      if (agg.descriptions.length < MAX_DESCRIPTIONS) {
        const text = describeSpeaker(article.text, agg.name);
        if (text && !agg.descriptions.some((d) => d.text.toLowerCase() === text.toLowerCase())) agg.descriptions.push({ text, index });
      }
    }
    quotes.push({ id: q.id, text: article.text.slice(q.start, q.end), kind: q.kind, confidence: q.confidence, ...contextOf?.(q) });
  }
  return out;
}

/** Most quoted first, then by name, then id: the order of speakers.json and of the speaker files. */
export function compareSpeakers(a: SpeakerTally, b: SpeakerTally): number {
  return b.quoteCount - a.quoteCount || a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1);
}

/** Orders the articles and aggregates speakers. Articles with duplicate slugs must be removed first. */
export function buildSite(articles: readonly AnalysedArticle[]): Site {
  const ordered = [...articles].sort(compareArticles);
  const speakerById = new Map<string, SpeakerAggregate>();
  const bySlug = new Map<string, number>();
  let quoteCount = 0;
  ordered.forEach((article, index) => {
    bySlug.set(article.slug, index);
    quoteCount += article.analysis.quotes.length;
    const quoted = tallyArticleSpeakers(article, index, speakerById, (t) => ({ ...t, articles: [] }));
    for (const [agg, quotes] of quoted) agg.articles.push({ index, quotes });
  });
  const speakers = [...speakerById.values()].sort(compareSpeakers);
  return { articles: ordered, speakers, speakerById, bySlug, quoteCount };
}
