// The rules every article title obeys, in one pure module that the build's ingestion and the
// browser's /add parsing both apply (through src/ingest/validate.ts). Decision 024:
// - bidi embedding/override/isolate controls and C0/C1 control characters are removed, with a
//   warning: they can reorder or hide what a reader sees (a right-to-left override turns
//   "gnp.exe" into "exe.png") and no headline needs them;
// - a title with nothing visible left (only zero-width spaces, joiners, fillers) is rejected: it
//   would be an empty heading and an empty link;
// - a title longer than MAX_TITLE_LENGTH characters is rejected: it is a paragraph, not a headline.
// Zero-width joiners and non-joiners inside a title are kept: emoji sequences, Persian and Indic
// scripts need them.

/** Longest title accepted, in characters (code points). Real headlines stay under 200. */
export const MAX_TITLE_LENGTH = 300;

/** Named invisible characters removed from titles (everything else removed is a control character). */
const REMOVED_NAMES: Record<string, string> = {
  '\u202A': 'left-to-right embedding U+202A',
  '\u202B': 'right-to-left embedding U+202B',
  '\u202C': 'pop directional formatting U+202C',
  '\u202D': 'left-to-right override U+202D',
  '\u202E': 'right-to-left override U+202E',
  '\u2066': 'left-to-right isolate U+2066',
  '\u2067': 'right-to-left isolate U+2067',
  '\u2068': 'first strong isolate U+2068',
  '\u2069': 'pop directional isolate U+2069',
  '\uFEFF': 'byte order mark U+FEFF',
};

// Bidi embeddings, overrides and isolates; a stray BOM; C0 and C1 controls (whitespace is already a space).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const REMOVED = /[\u202A-\u202E\u2066-\u2069\uFEFF\u0000-\u001F\u007F-\u009F]/gu;

// Characters that draw nothing: format characters (zero-width space, joiners, marks, …),
// separators, controls, the combining grapheme joiner and the Hangul fillers.
const INVISIBLE = /^[\p{Cf}\p{Z}\p{Cc}\u034F\u115F\u1160\u3164\uFFA0\u180E\u2800]*$/u;

/** What the title rules made of one title. */
export type TitleCheck =
  | { ok: true; title: string; removed: string[] }
  | { ok: false; reason: 'invisible' | 'too-long'; length: number; removed: string[] };

function nameOf(ch: string): string {
  return REMOVED_NAMES[ch] ?? `control character U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Applies the title rules to an already whitespace-normalised title. */
export function checkTitle(raw: string): TitleCheck {
  const found = new Set<string>();
  const cleaned = raw.replace(REMOVED, (ch) => {
    found.add(nameOf(ch));
    return '';
  }).replace(/\s+/g, ' ').trim();
  const removed = [...found];
  if (INVISIBLE.test(cleaned)) return { ok: false, reason: 'invisible', length: [...raw].length, removed };
  const length = [...cleaned].length;
  if (length > MAX_TITLE_LENGTH) return { ok: false, reason: 'too-long', length, removed };
  return { ok: true, title: cleaned, removed };
}
