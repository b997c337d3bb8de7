// How articles say who a speaker is, right beside the name: "Hatice Cengiz, fiancée of journalist
// Jamal Khashoggi, said" (an appositive after the name) or "the Mayor of London, Sadiq Khan, said"
// (one before it). Read by describe-speakers.ts; each row has a test row in tests/unit/quotes.

/** Words a description may open with besides a lower-case word: articles and possessives. */
export const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/** Longest description kept, in words (longer comma runs are lists or clauses, not descriptions). */
export const MAX_DESCRIPTION_WORDS = 12;

/** Shortest description kept, in characters ("aide" is fine, "a" alone is not). */
export const MIN_DESCRIPTION_CHARS = 4;

/** Words that end a description when they follow it: the speech verb of the sentence. */
export const AFTER_DESCRIPTION_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'wrote', 'stated', 'explained', 'asked', 'argued', 'noted']);

/** Opening words that make the phrase a clause, not a description ("Name, who …", "Name, said …"). */
export const NOT_DESCRIPTION_OPENERS: ReadonlySet<string> = new Set([
  'who', 'which', 'that', 'said', 'says', 'told', 'added', 'and', 'but', 'or', 'as', 'when', 'while', 'because', 'if', 'however',
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'according',
  // A preposition opens an adverbial ("Trump, in a statement delivered via …, said"), not a description.
  'in', 'of', 'on', 'at', 'for', 'with', 'from', 'by', 'via', 'to', 'after', 'before', 'during', 'speaking',
  // A verb opens a predicate ("Amodei, has publicly voiced support …").
  'has', 'have', 'had', 'is', 'was', 'were', 'will', 'would', 'also', 'then', 'later', ]);
