// The one slug function (src/common/slug.ts): article slugs and speaker ids, kebab-case ASCII,
// diacritics folded, capped, stable, and unique for any script.
import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, slugify, speakerId } from '../../../src/common/slug.ts';
import { MAX_SLUG_LENGTH, MAX_SPEAKER_ID_LENGTH } from '../../../src/common/slug-limits.ts';
import { extractQuotes } from '../../../src/quotes/extract-quotes.ts';

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
    ['  Café – déjà vu  ', 'cafe-deja-vu'],
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
    expect(a).toMatch(/^article-[0-9a-f]{14}$/);
    expect(slugify('مرحبا بالعالم')).toBe(a);
    expect(slugify('你好世界')).not.toBe(a);
  });
});

describe('speakerId: the same slug function as article slugs', () => {
  it.each([
    ['Lech Wałęsa', 'lech-walesa'],
    ['Recep Tayyip Erdoğan', 'recep-tayyip-erdogan'],
    ["Beto O'Rourke", 'beto-orourke'],
    ['Barack Obama', 'barack-obama'],
  ])('%j → %s, as its article slug', (name, id) => {
    expect(speakerId(name)).toBe(id);
    expect(slugify(name)).toBe(id);
  });
});

describe('speaker ids in any script (issue 10, item 1)', () => {
  it.each([
    ['Владимир Путин', 'Алексис Ципрас'],
    ['Αλέξης Τσίπρας', 'Γιάνης Βαρουφάκης'],
    ['习近平', '李克强'],
    ['Владимир Путин', 'Αλέξης Τσίπρας'],
    ['Путин Vladimir', 'Медведев Vladimir'],
  ])('%j and %j get different, stable ids', (a, b) => {
    expect(speakerId(a)).not.toBe(speakerId(b));
    expect(speakerId(a)).toBe(speakerId(a.normalize('NFD')));
    for (const id of [speakerId(a), speakerId(b)]) {
      expect(id).toMatch(SLUG_PATTERN);
      expect(id.length).toBeLessThanOrEqual(MAX_SPEAKER_ID_LENGTH);
    }
  });

  it('keeps two long names that differ only at the end apart, within the cap', () => {
    const long = 'The Honourable Member for a Very Long Constituency Name In The North of the Country';
    const a = speakerId(`${long} East`);
    const b = speakerId(`${long} West`);
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThanOrEqual(MAX_SPEAKER_ID_LENGTH);
  });

  it('the engine gives a Cyrillic and a Greek speaker in one article their own ids', () => {
    const text = '"We will answer," said Владимир Путин.\n\n"We will not pay," said Αλέξης Τσίπρας.';
    const a = extractQuotes(text);
    const ids = a.quotes.map((q) => q.speaker?.id);
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['Владимир Путин', 'Αλέξης Τσίπρας']);
    expect(new Set(ids).size).toBe(2);
    expect(a.speakers).toHaveLength(2);
  });
});
