// The one slug function: article slugs (derived from titles) and speaker ids (derived from
// names) are both made here, so "Lech Wałęsa" is `lech-walesa` everywhere. Pure (no Node, no
// DOM): the engine, the ingestion, the app and the scripts all import it.
import { hash53 } from './hash.ts';
import { MAX_SLUG_LENGTH, MAX_SPEAKER_ID_LENGTH } from './slug-limits.ts';

/** A valid slug: lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Letters that NFKD does not decompose into ASCII + combining marks.
const FOLD: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ŧ: 't', ħ: 'h', ŋ: 'ng', '&': ' and ',
};
const FOLDABLE = /[ßæœøđðþłıŧħŋ&]/g;
// A letter or digit that folding could not turn into ASCII (Cyrillic, Greek, CJK, Arabic…).
const UNFOLDED_LETTER = /[^\P{L}a-z]|[^\P{N}0-9]/u;
/** Hex digits of the suffix that keeps cut or partly non-Latin slugs apart. */
const SUFFIX_DIGITS = 8;

/** How to derive a slug: its longest length and the word that stands alone before a bare hash. */
export interface SlugOptions {
  maxLength: number;
  /** For text with no foldable letter at all: `<fallback>-<hash>` (e.g. "article", "speaker"). */
  fallback: string;
}

/**
 * Derives a slug: lower case, diacritics folded, apostrophes joined ("Obama's" → obamas), other
 * non-alphanumerics to single hyphens. It stays unique for any input: when letters could not be
 * folded to ASCII (Путин, 你好) or the slug had to be cut to `maxLength`, a short stable hash of the
 * whole text is appended, so two names in another script or two long titles that differ only at
 * the end never share a slug; text with nothing foldable becomes `<fallback>-<hash>`.
 */
export function slugify(text: string, options: SlugOptions = { maxLength: MAX_SLUG_LENGTH, fallback: 'article' }): string {
  const { maxLength, fallback } = options;
  const folded = text
    .toLowerCase()
    .replace(FOLDABLE, (ch) => FOLD[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’‘`]/g, '');
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const key = text.normalize('NFC').trim();
  if (slug === '') return `${fallback}-${hash53(key)}`;
  const lossy = UNFOLDED_LETTER.test(folded);
  if (!lossy && slug.length <= maxLength) return slug;
  const suffix = hash53(key).slice(-SUFFIX_DIGITS);
  return `${cutAtHyphen(slug, maxLength - SUFFIX_DIGITS - 1)}-${suffix}`;
}

/** The id of a speaker: the slug of the name, stable across articles and unique for any script. */
export function speakerId(name: string): string {
  return slugify(name, { maxLength: MAX_SPEAKER_ID_LENGTH, fallback: 'speaker' });
}

/** `slug` cut to at most `max` characters, at a hyphen when one is in the second half. */
function cutAtHyphen(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut.slice(0, max)).replace(/-+$/, '');
}
