// Stage: all analysed articles → the site: home order (newest first), positions and
// neighbours, duplicate-slug problems, and per-speaker aggregates. One pass over the
// articles plus one sort: O(n log n), no pairwise comparisons.
import type { SpeakerQuote } from '../contract/article-data.ts';
import { problem, type IngestProblem } from './errors.ts';
import type { AnalysedArticle } from './types.ts';

/** One speaker across the corpus; `articles` in home order. */
export interface SpeakerAggregate {
  id: string;
  name: string;
  quoteCount: number;
  articles: { index: number; quotes: SpeakerQuote[] }[];
}

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
export function compareArticles(a: AnalysedArticle, b: AnalysedArticle): number {
  if (a.meta.date !== b.meta.date) {
    if (a.meta.date === null) return 1;
    if (b.meta.date === null) return -1;
    return a.meta.date < b.meta.date ? 1 : -1;
  }
  return a.meta.title.localeCompare(b.meta.title, 'en') || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

/** Problems for every article whose slug another article also has (each names the others). */
export function findDuplicateSlugs(articles: readonly AnalysedArticle[]): IngestProblem[] {
  const bySlug = new Map<string, AnalysedArticle[]>();
  for (const a of articles) {
    const list = bySlug.get(a.slug);
    if (list) list.push(a);
    else bySlug.set(a.slug, [a]);
  }
  const problems: IngestProblem[] = [];
  for (const [slug, list] of bySlug) {
    if (list.length < 2) continue;
    for (const a of list) {
      const others = list.filter((o) => o !== a).map((o) => o.file).join(', ');
      problems.push(problem('duplicate-slug', a.file, a.slugLine,
        `Two articles have the slug "${slug}": this file and ${others}.`,
        a.format === 'markdown'
          ? `Give one of them its own slug in the front matter, e.g. "slug: ${slug}-2".`
          : `Change one of the titles, or convert one of them to Markdown and give it "slug: ${slug}-2" in the front matter.`));
    }
  }
  return problems;
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
    for (const q of article.analysis.quotes) {
      if (!q.speaker) continue;
      let agg = speakerById.get(q.speaker.id);
      if (!agg) {
        agg = { id: q.speaker.id, name: q.speaker.name, quoteCount: 0, articles: [] };
        speakerById.set(q.speaker.id, agg);
      }
      agg.quoteCount++;
      let entry = agg.articles[agg.articles.length - 1];
      if (!entry || entry.index !== index) {
        entry = { index, quotes: [] };
        agg.articles.push(entry);
      }
      entry.quotes.push({ id: q.id, text: article.text.slice(q.start, q.end), kind: q.kind, confidence: q.confidence });
    }
  });
  const speakers = [...speakerById.values()].sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
  return { articles: ordered, speakers, speakerById, bySlug, quoteCount };
}
