// The search query: how the reader's input becomes phrases and words (quoted phrases in any
// common quotation marks, stray marks, stop words), and the shapes of a result. Pure, and shared
// by the ranking (search-engine.ts) and the client (search-client.ts), which imports the engine:
// keeping these here is what keeps the two free of an import cycle.
import { searchTerms } from '../contract/search-data.ts';
import { ALL_MARKS, PHRASE_PAIRS, markClass } from '../quotes/tables/quote-marks.ts';

/** Longest query we run: longer input is cut here, so a pasted page cannot stall the tab. */
export const MAX_QUERY_LENGTH = 200;
/** At most this many terms are searched (the rest are ignored). */
const MAX_TERMS = 12;


/**
 * Words so common that nearly every document has them. Looking them up costs the most (their
 * posting lists hold most of a 10,000-article index) and tells the least, so they are left out
 * of the index query when the query has other words; they still count in phrases, which are
 * checked against the text, and a query of nothing but these words still runs (exactly).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // articles, conjunctions, prepositions
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'into', 'about', 'than',
  // pronouns
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'her', 'us', 'them', 'his', 'its', 'our', 'their', 'my', 'your',
  // demonstratives, auxiliaries
  'this', 'that', 'these', 'those', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'not',
  'will', 'would', 'can', 'could', 'there', 'which', 'who', 'what', 'so', 'if', 'also',
  // the reporting verbs of nearly every news story
  'said', 'says',
  // contraction pieces left by the tokenizer (don't → don, t; it's → it, s)
  's', 't', 'd', 'll', 've', 're', 'm',
]);

/** Every quotation mark, paired or stray; they are stripped from the free text. */
const ANY_MARK = new RegExp(markClass([...ALL_MARKS.keys()].join('')), 'gu');


/** A query as the reader typed it, split into exact phrases and free words. */
export interface ParsedQuery {
  /** Phrases the reader put in quotation marks, each as lower-case terms. */
  phrases: string[][];
  /** Words outside quotation marks, lower-case. */
  words: string[];
  /** Every term (phrases then words), de-duplicated, as the highlighter should see them. */
  terms: string[];
}

/** Parses a query: "quoted phrases" (any common quotation marks) and free words; stray marks are ignored. */
export function parseQuery(input: string): ParsedQuery {
  let rest = input.slice(0, MAX_QUERY_LENGTH);
  const phrases: string[][] = [];
  for (const [open, close] of PHRASE_PAIRS) {
    const pattern = new RegExp(`${escapeRegExp(open)}([^${escapeRegExp(close)}]+)${escapeRegExp(close)}`, 'gu');
    rest = rest.replace(pattern, (_whole, inner: string) => {
      const terms = searchTerms(inner);
      if (terms.length > 1) phrases.push(terms);
      // A one-word "phrase" is just a word; keep it in the free text.
      return terms.length > 1 ? ' ' : ` ${inner} `;
    });
  }
  const words = searchTerms(rest.replace(ANY_MARK, ' '));
  const terms = [...new Set([...phrases.flat(), ...words])].slice(0, MAX_TERMS);
  const kept = new Set(terms);
  return {
    phrases: phrases.map((p) => p.filter((t) => kept.has(t))).filter((p) => p.length > 0),
    words: words.filter((w) => kept.has(w)),
    terms,
  };
}

/** One quotation that matched, inside an article hit. */
export interface QuoteHit {
  quoteId: string;
  speaker: string | null;
  /** The speaker's id (their page), null when unattributed. */
  speakerId: string | null;
  /** The quotation's text, for its snippet. */
  text: string;
  score: number;
  /** Index terms that matched in this quotation. */
  terms: string[];
}

/** One article in the results: the article itself and/or some of its quotations matched. */
export interface ArticleHit {
  slug: string;
  title: string;
  /** The article's indexed text (the start of its body at scale), for the snippet. */
  text: string;
  score: number;
  /** True when the article document (title or body) matched, not only quotations. */
  articleMatched: boolean;
  /** Matching quotations, best first. */
  quotes: QuoteHit[];
  /** Index terms that matched anywhere in this article's documents. */
  terms: string[];
  /** In a "some of the words" result: which of the reader's words the article has. */
  matchedWords?: string[];
}

/** `s` with every regular-expression metacharacter escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
