// Stage 4b, article surnames: a capitalised common word that the article uses as a surname
// ("George Will", "Al From", "Theresa May") is a name word elsewhere in the same article where it
// acts as a subject ("Will wrote", "“…,” From said"), though NOT_NAME_WORDS keeps it out of names
// everywhere else ("Will he run?", "From the start, …", "in May"). Such a token's key keeps its
// capital ("Will"): word tables hold lower-case keys only (tests/unit/quotes/tables.test.ts), so no
// table of common words (modals, prepositions, NOT_NAME_WORDS) reads it, and it reads as a name.
import { looksLikeVerbAfter } from './noun-phrases.ts';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './tables/first-names.ts';
import { NOT_NAME_WORDS } from './tables/words.ts';
import type { Token, TokenizedText } from './tokenize.ts';

const isFirstName = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && t.cap && (MALE_FIRST_NAMES.has(t.key) || FEMALE_FIRST_NAMES.has(t.key));
const commonWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word' && t.cap && NOT_NAME_WORDS.has(t.key);

/**
 * Marks the article's surnames that are common words: a first name, then the
 * word, then no other capitalised word ("George Will reignited", not a Title-Case run "Bernie Will
 * Win"); the word is then a name where it follows that first name or a verb follows it.
 * The tokens are tokenize's own, fresh for this text: they are marked in place (no copy of every token).
 */
export function markArticleSurnames(doc: TokenizedText): TokenizedText {
  let surnames: Set<string> | undefined;
  for (const { tokens: ts } of doc.sentences) {
    for (let i = 1; i < ts.length; i++) {
      const t = ts[i]!;
      if (!commonWord(t) || !isFirstName(ts[i - 1])) continue;
      const next = ts[i + 1];
      if (next && next.kind === 'word' && next.cap) continue;
      (surnames ??= new Set()).add(t.key);
    }
  }
  if (!surnames) return doc;
  for (const { tokens: ts } of doc.sentences) {
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i]!;
      if (commonWord(t) && surnames.has(t.key) && (isFirstName(ts[i - 1]) || looksLikeVerbAfter(ts, i + 1))) t.key = t.key[0]!.toUpperCase() + t.key.slice(1);
    }
  }
  return doc;
}
