// Who a speaker is, as an article describes them: the appositive beside the speaker's name
// ("Hatice Cengiz, fiancée of journalist Jamal Khashoggi, said" → "fiancée of journalist Jamal
// Khashoggi"; "the Mayor of London, Sadiq Khan, said" → "the Mayor of London"). Pure; its word
// lists are in tables/appositives.ts. Used by ingestion for the speaker pages.
import {
  AFTER_DESCRIPTION_VERBS,
  DESCRIPTION_OPENERS,
  MAX_DESCRIPTION_WORDS,
  MIN_DESCRIPTION_CHARS,
  NOT_DESCRIPTION_OPENERS,
} from './tables/appositives.ts';

const WORD = /[\p{L}\p{N}’'-]+/gu;
// ", <description>," or ", <description> said" right after the name.
const AFTER_NAME = new RegExp(`^,\\s+([^,.;:!?()"“”\\n]{2,120}?)(?:,|\\s+(?:${[...AFTER_DESCRIPTION_VERBS].join('|')})\\b)`, 'u');

/** A phrase that can stand as a description: opens with a lower-case word or an article, is short, has no quotation. */
function usable(phrase: string): string | null {
  const p = phrase.trim();
  if (p.length < MIN_DESCRIPTION_CHARS || /["“”«»]/u.test(p)) return null;
  const words = p.match(WORD) ?? [];
  if (words.length === 0 || words.length > MAX_DESCRIPTION_WORDS) return null;
  const first = words[0]!;
  const firstLower = first.toLowerCase();
  if (NOT_DESCRIPTION_OPENERS.has(firstLower)) return null;
  if (!DESCRIPTION_OPENERS.has(firstLower) && first[0] !== first[0]!.toLowerCase()) return null;
  // A trailing speech verb belongs to the sentence ("…, a spokesman said").
  const last = words[words.length - 1]!.toLowerCase();
  if (AFTER_DESCRIPTION_VERBS.has(last)) return null;
  return p;
}

/** The first description of `name` in `text`, or null. Looks at every exact occurrence of the name. */
export function describeSpeaker(text: string, name: string): string | null {
  if (name.length < 3) return null;
  let from = 0;
  for (;;) {
    const at = text.indexOf(name, from);
    if (at < 0) return null;
    from = at + name.length;
    // After the name: ", <description>," or ", <description> said".
    const after = AFTER_NAME.exec(text.slice(from, from + 160));
    const a = after ? usable(after[1]!) : null;
    if (a) return a;
    // Before the name: "<start or punctuation> the <description>, Name".
    const window = text.slice(Math.max(0, at - 140), at);
    const before = /(?:^|[.;:!?"“”]\s+|,\s+)((?:the|a|an)\s+[^,.;:!?()"“”\n]{2,120}),\s+$/iu.exec(window);
    const b = before ? usable(before[1]!) : null;
    if (b) return b;
  }
}
