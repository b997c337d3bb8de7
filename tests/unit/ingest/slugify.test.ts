// Slugs derived from titles: kebab-case ASCII, diacritics folded, capped, stable.
import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugify } from '../../../src/ingest/slugify.ts';

describe('slugify', () => {
  it.each([
    ['President Obama Reveals He Threatened Putin Over Russian Hacking Attacks', 'president-obama-reveals-he-threatened-putin-over-russian-hacking-attacks'],
    ["Warhol's photo legacy spread by university exhibits", 'warhols-photo-legacy-spread-by-university-exhibits'],
    ['Fiancée of murdered Saudi journalist demands justice', 'fiancee-of-murdered-saudi-journalist-demands-justice'],
    ['Straße über Łódź, Ærø & Øresund', 'strasse-uber-lodz-aero-and-oresund'],
    ['Travel ban 2.0 exempts Iraqis, U.S. permanent residents', 'travel-ban-2-0-exempts-iraqis-u-s-permanent-residents'],
    ['  --Hello,   World!--  ', 'hello-world'],
    ['Ｆｕｌｌｗｉｄｔｈ ＡＢＣ', 'fullwidth-abc'],
    ['Emoji 🎉 party', 'emoji-party'],
  ])('%j → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('caps long titles at a word boundary', () => {
    const slug = slugify('word '.repeat(60));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it('gives titles without Latin letters a stable hashed slug', () => {
    const a = slugify('مرحبا بالعالم');
    expect(a).toMatch(/^article-[0-9a-f]{10}$/);
    expect(slugify('مرحبا بالعالم')).toBe(a);
    expect(slugify('你好世界')).not.toBe(a);
  });
});
