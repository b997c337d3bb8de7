// Article slugs: kebab-case ASCII derived from the title, stable across builds.
import { createHash } from 'node:crypto';

/** Longest slug we derive; longer titles are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 80;

// Letters that NFKD does not decompose into ASCII + combining marks.
const FOLD: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ŧ: 't', ħ: 'h', ŋ: 'ng', '&': ' and ',
};

/** A valid slug: lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Derives a slug from a title: diacritics folded, non-alphanumerics to hyphens, capped at MAX_SLUG_LENGTH. */
export function slugify(title: string): string {
  const folded = title
    .toLowerCase()
    .replace(/[ßæœøđðþłıŧħŋ&]/g, (ch) => FOLD[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    // Apostrophes join words ("Obama's" -> "obamas") rather than splitting them.
    .replace(/['’‘`]/g, '');
  let slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG_LENGTH) {
    const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
    const lastHyphen = cut.lastIndexOf('-');
    slug = (lastHyphen > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
  }
  // Titles in scripts with no ASCII folding (Arabic, Chinese…) still get a stable, unique-ish slug.
  if (slug === '') slug = `article-${createHash('sha1').update(title.normalize('NFC')).digest('hex').slice(0, 10)}`;
  return slug;
}
