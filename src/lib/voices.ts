// Whose words an article, or the corpus, carries: each speaker's share of the quotations and of the
// quoted words, grouped by speaker type. Pure functions over contract data, shared by the article's
// Voices view and the /voices page.
import type { ArticleChunk, ArticleSummary, VoicesSummary } from '../contract/article-data.ts';
import { wordCount } from './reading-time.ts';
import { SPEAKER_TYPES, speakerTypeOf, type SpeakerType } from '../common/speaker-type.ts';

/** A group of speakers in the Voices view: a type, or the unattributed quotations. */
export type VoiceGroup = SpeakerType | 'unknown' | 'unattributed';

/** Group order in every chart and table. */
export const VOICE_GROUPS: readonly VoiceGroup[] = [...SPEAKER_TYPES, 'unknown', 'unattributed'];

/** One speaker's voice in one article. */
export interface Voice {
  /** Speaker id, or the filter's UNATTRIBUTED key. */
  key: string;
  name: string;
  group: VoiceGroup;
  quotes: number;
  words: number;
}

/** An article's voices, most quoted first within each group, with the totals the shares are of. */
export interface ArticleVoices {
  voices: Voice[];
  totalQuotes: number;
  totalWords: number;
}

/** Counts quotations and quoted words per speaker of one article. */
export function articleVoices(article: Pick<ArticleChunk, 'text' | 'quotes' | 'speakers'>, unattributedKey: string): ArticleVoices {
  const byKey = new Map<string, Voice>();
  const types = new Map(article.speakers.map((s) => [s.id, speakerTypeOf(s)]));
  let totalWords = 0;
  for (const q of article.quotes) {
    const key = q.speaker?.id ?? unattributedKey;
    let v = byKey.get(key);
    if (!v) {
      const group: VoiceGroup = q.speaker ? (types.get(q.speaker.id) ?? speakerTypeOf(q.speaker)) : 'unattributed';
      v = { key, name: q.speaker?.name ?? 'Unattributed', group, quotes: 0, words: 0 };
      byKey.set(key, v);
    }
    const words = wordCount(article.text.slice(q.start, q.end));
    v.quotes++;
    v.words += words;
    totalWords += words;
  }
  return { voices: sortVoices([...byKey.values()]), totalQuotes: article.quotes.length, totalWords };
}

/** Group order, then most quoted, then by name. */
export function sortVoices<T extends { group: VoiceGroup; quotes: number; name: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => VOICE_GROUPS.indexOf(a.group) - VOICE_GROUPS.indexOf(b.group) || b.quotes - a.quotes || a.name.localeCompare(b.name, 'en'));
}

/** Share as a whole percentage (0 when there is nothing to share). */
export function percent(part: number, total: number): number {
  return total > 0 ? Math.round((part / total) * 100) : 0;
}

/** Filters of the /voices page (all optional; dates are ISO YYYY-MM-DD, inclusive). */
export interface CorpusFilter {
  source: string | null;
  from: string | null;
  to: string | null;
}

/** One speaker across the chosen articles. */
export interface CorpusVoice {
  id: string;
  name: string;
  group: VoiceGroup;
  quotes: number;
  articles: number;
}

/** What the /voices page charts. */
export interface CorpusVoices {
  articles: number;
  quotes: number;
  speakers: CorpusVoice[];
  /** Quotations per group (unattributed included). */
  byGroup: { group: VoiceGroup; quotes: number; speakers: number }[];
  /** Every source in the corpus, for the filter's choices. */
  sources: string[];
}

/** True when the article passes the filter; an undated article never passes a date range. */
export function inFilter(a: Pick<ArticleSummary, 'source' | 'date'>, f: CorpusFilter): boolean {
  if (f.source !== null && (a.source ?? '') !== f.source) return false;
  if ((f.from || f.to) && !a.date) return false;
  if (f.from && a.date! < f.from) return false;
  if (f.to && a.date! > f.to) return false;
  return true;
}

/**
 * Sums Voices summaries (the bundled corpus's data/voices.json, the reader's own articles) under a
 * filter: every bucket of the chosen source and dates counts, and its speakers with it.
 */
export function corpusVoices(summaries: readonly VoicesSummary[], filter: CorpusFilter): CorpusVoices {
  const byId = new Map<string, CorpusVoice>();
  const groups = new Map<VoiceGroup, { quotes: number; speakers: Set<string> }>(VOICE_GROUPS.map((g) => [g, { quotes: 0, speakers: new Set() }]));
  const sources = new Set<string>();
  let articles = 0;
  let quotes = 0;
  for (const summary of summaries) {
    for (const b of summary.buckets) {
      if (b.source) sources.add(b.source);
      if (!inFilter(b, filter)) continue;
      articles += b.articles;
      quotes += b.quotes;
      let attributed = 0;
      for (const [index, count, inArticles] of b.speakers) {
        const s = summary.speakers[index];
        if (!s) continue;
        const group: VoiceGroup = s.type ?? 'unknown';
        const v = byId.get(s.id) ?? { id: s.id, name: s.name, group, quotes: 0, articles: 0 };
        v.quotes += count;
        v.articles += inArticles;
        byId.set(s.id, v);
        attributed += count;
        const g = groups.get(group)!;
        g.quotes += count;
        g.speakers.add(s.id);
      }
      groups.get('unattributed')!.quotes += Math.max(0, b.quotes - attributed);
    }
  }
  const speakers = [...byId.values()].sort((a, b) => b.quotes - a.quotes || b.articles - a.articles || a.name.localeCompare(b.name, 'en'));
  const byGroup = VOICE_GROUPS.map((group) => ({ group, quotes: groups.get(group)!.quotes, speakers: groups.get(group)!.speakers.size })).filter((g) => g.quotes > 0);
  return { articles, quotes, speakers, byGroup, sources: [...sources].sort((a, b) => a.localeCompare(b, 'en')) };
}
