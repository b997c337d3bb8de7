// Across articles, one person has one speaker id: an article that only ever calls someone
// "Durbin" gets the "Dick Durbin" that another article of the corpus names in full, when exactly
// one full name in the corpus ends with that surname. Pure: returns new data, never mutates.
import { countSpeakers } from './count-speakers.ts';
import { slug } from './slug.ts';
import { NAME_PARTICLES } from './tables/name-particles.ts';
import { ORGANISATION_WORDS, PLACE_WORDS } from './tables/words.ts';
import type { Quote, QuoteAnalysis, Speaker } from './types.ts';

// (A regex with \p is a module constant: esbuild, as tsx and the worker bundle run it (target node20),
// turns a \p escape outside a class into a `new RegExp` evaluated at every use: one per call.)
const CAPITALISED_WORD = /^\p{Lu}[\p{L}'’-]+$/u;
const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;
const NAME_SHAPED_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;

/** What unifySpeakers needs of an article: its analysis and, optionally, its headline quotations. */
export interface CorpusArticle {
  analysis: QuoteAnalysis;
  titleQuotes?: Quote[];
}


const wordsOf = (name: string): string[] => name.trim().split(/\s+/).filter(Boolean);

/** A surname standing alone: "Durbin", or a particle surname "De Blasio". */
function loneSurname(name: string): string[] | null {
  const w = wordsOf(name);
  const ok = (x: string): boolean => CAPITALISED_WORD.test(x) && !ORGANISATION_WORDS.has(x.toLowerCase()) && !PLACE_WORDS.has(x.toLowerCase());
  if (w.length === 1 && ok(w[0]!)) return w;
  if (w.length === 2 && NAME_PARTICLES.has(w[0]!.toLowerCase()) && ok(w[1]!)) return w;
  return null;
}

/** A person's full name: two to four capitalised words (particles and initials allowed), no organisation or place word. */
function fullName(name: string): boolean {
  const w = wordsOf(name);
  if (w.length < 2 || w.length > 4) return false;
  if (!CAPITAL_THEN_LOWER.test(w[0]!) || w[0]!.toLowerCase() === 'the') return false;
  // The first word may be a first name that is also a common word ("Bill de Blasio").
  return w.every((x, i) => (NAME_SHAPED_WORD.test(x) || NAME_PARTICLES.has(x.toLowerCase())) && (i === 0 || (!ORGANISATION_WORDS.has(x.toLowerCase()) && !PLACE_WORDS.has(x.toLowerCase()))));
}

/** The speakers an article names (its quotations' speakers, then its headline quotations'), as corpusSpeakerRenames reads them. */
export function articleSpeakers(a: CorpusArticle): Speaker[] {
  const out: Speaker[] = a.analysis.speakers.map((s) => ({ id: s.id, name: s.name, type: s.type }));
  for (const q of a.titleQuotes ?? []) if (q.speaker) out.push(q.speaker);
  return out;
}

/**
 * The renames the corpus supports: lone-surname speaker id → the one full-name speaker whose
 * name ends with that surname. A surname two full names share ("Clinton") is left alone.
 */
export function corpusSpeakerRenames(articles: readonly CorpusArticle[]): Map<string, Speaker> {
  const speakers = new Map<string, Speaker>();
  for (const a of articles) for (const s of articleSpeakers(a)) speakers.set(s.id, s);
  return renamesAmong(speakers.values());
}

/**
 * The renames among the corpus's distinct speakers (one entry per id: the last article's, in
 * file order). The streaming build gathers these without keeping the articles.
 */
export function renamesAmong(distinct: Iterable<Speaker>): Map<string, Speaker> {
  const speakers = [...distinct];
  const full = speakers.filter((s) => fullName(s.name));
  const renames = new Map<string, Speaker>();
  for (const s of speakers) {
    const short = loneSurname(s.name);
    if (!short) continue;
    const key = short.map((w) => w.toLowerCase());
    const matches = new Map<string, Speaker>();
    for (const f of full) {
      const fw = wordsOf(f.name).map((w) => w.toLowerCase());
      if (fw.length > key.length && key.every((w, i) => fw[fw.length - key.length + i] === w)) matches.set(f.id, f);
    }
    if (matches.size === 1) {
      const target = [...matches.values()][0]!;
      renames.set(s.id, { id: slug(target.name), name: target.name, type: target.type });
    }
  }
  return renames;
}

/**
 * Gives a lone-surname speaker the unique full name the corpus knows for it, in every quotation,
 * headline quotation and speaker count. Returns new articles (other fields kept); input untouched.
 */
export function unifySpeakers<T extends CorpusArticle>(articles: readonly T[]): T[] {
  const renames = corpusSpeakerRenames(articles);
  if (renames.size === 0) return [...articles];
  return articles.map((a) => renameSpeakers(a, renames));
}

/** One article with the corpus's renames applied (the same article when none touches it). */
export function renameSpeakers<T extends CorpusArticle>(a: T, renames: ReadonlyMap<string, Speaker>): T {
  if (renames.size === 0) return a;
  const renameQuote = (q: Quote): Quote => {
    const to = q.speaker ? renames.get(q.speaker.id) : undefined;
    return to ? { ...q, speaker: to, reason: `${q.reason}; ${q.speaker!.name} → ${to.name}, named in full in another article` } : q;
  };
  const touched = a.analysis.speakers.some((s) => renames.has(s.id)) || (a.titleQuotes ?? []).some((q) => q.speaker && renames.has(q.speaker.id));
  if (!touched) return a;
  const quotes = a.analysis.quotes.map(renameQuote);
  const next: T = { ...a, analysis: { ...a.analysis, quotes, speakers: countSpeakers(quotes) } };
  if (a.titleQuotes) next.titleQuotes = a.titleQuotes.map(renameQuote);
  return next;
}
