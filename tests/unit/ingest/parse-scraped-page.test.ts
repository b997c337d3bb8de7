// Cleaning scraped news pages: the seed against its gold text, one row per boilerplate
// pattern, body sentences that must survive, and golden folders of made-up pages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchBoilerplate } from '../../../src/ingest/boilerplate-patterns.ts';
import { parseLooseDate, parseScrapedPage } from '../../../src/ingest/parse-scraped-page.ts';
import { expectGolden } from '../../support/golden.ts';

// The seed page as bundled, and the body its cleaning must give (from the evaluation's seed-gold,
// committed so the suite never reads the evaluation sets outside the repository).
const SEED = join(import.meta.dirname, '../../../src/content/articles/obama-putin-hacking-seed.txt');
const GOLD = join(import.meta.dirname, '../../fixtures/seed/expected-body.txt');
const GOLDEN_DIR = join(import.meta.dirname, '../../fixtures/articles-scraped');

describe('the seed page', () => {
  const page = parseScrapedPage(readFileSync(SEED, 'utf8'));

  it('cleans to exactly the expected body (seed-gold)', () => {
    expect(page.paragraphs.join('\n\n')).toBe(readFileSync(GOLD, 'utf8').replace(/\n$/, ''));
  });

  it("finds the headline, and keeps the masthead's date header as the page's date, not the article's", () => {
    expect(page.meta.title).toBe('President Obama Reveals He Threatened Putin Over Russian Hacking Attacks');
    expect(page.meta.date).toBeUndefined();
    expect(page.meta.page_date).toBe('2024-07-19');
  });

  it('keeps none of the furniture, and lists every removed line', () => {
    const body = page.paragraphs.join('\n');
    for (const furniture of ['21.9 C', 'New York\n', 'Must read', 'Advertisement', 'More articles', 'Latest article']) {
      expect(body).not.toContain(furniture);
    }
    expect(page.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['weather', 'masthead-label', 'date-header', 'teaser-heading', 'more-articles']));
    expect(page.removed.map((r) => r.line)).toEqual([1, 2, 3, 7, 53, 55, 56, 57, 59]);
  });
});

describe('boilerplate table', () => {
  // [line, rule it must match]
  const rows: [string, string][] = [
    ['21.9 C', 'weather'],
    ['-3°C', 'weather'],
    ['72 °F', 'weather'],
    ['Weather: 14 °C', 'weather'],
    ['Friday, July 19, 2024', 'date-header'],
    ['19 July 2024', 'date-header'],
    ['Published: 3 March 2024 10:42', 'publication-date'],
    ['Updated Sept. 4, 2023 at 5:30 p.m. EST', 'publication-date'],
    ['2024-07-19', 'date-header'],
    ['Posted on November 12, 2023 by Priya Raman · 3 min read', 'post-meta'],
    ['By Jane Doe', 'byline'],
    ['By Jane Doe and John Roe, Reuters', 'byline'],
    ['- Advertisement -', 'advertisement'],
    ['- Advertisement -Top 20 Blogs Lifestyle', 'advertisement'],
    ['ADVERTISEMENT', 'advertisement'],
    ['Sponsored content', 'advertisement'],
    ['Must read', 'teaser-heading'],
    ["Editor's picks", 'teaser-heading'],
    ['Share this article', 'share-buttons'],
    ['Facebook Twitter WhatsApp', 'share-buttons'],
    ['Sign up to our daily newsletter for free', 'subscribe-prompt'],
    ['Home | World | Politics', 'navigation'],
    ['News › Europe › France', 'navigation'],
    ['Skip to content', 'navigation'],
    ['We use cookies to improve your experience.', 'cookie-banner'],
    ['Read more: Island communities count the cost', 'cross-link'],
    ['RELATED: Minister resigns', 'cross-link'],
    ['Photo: Vineyard candles at dawn', 'photo-credit'],
    ['5 min read', 'counter'],
    ['12 comments', 'counter'],
    ['More articles', 'more-articles'],
    ['Latest article', 'more-articles'],
    ['Related stories', 'more-articles'],
    ['You may also like', 'more-articles'],
    ['More from The Herald', 'more-articles'],
    ['Leave a Reply', 'comments'],
    ['Tags: agriculture, wine', 'after-article'],
    ['© 2024 Example Media Group', 'after-article'],
    ['Copyright © 2022 Town Notes', 'after-article'],
  ];
  it.each(rows)('%j is furniture (%s)', (line, rule) => {
    expect(matchBoilerplate(line)?.name).toBe(rule);
  });

  // Sentences of real articles that look a little like furniture and must stay.
  const body = [
    'Published in 2019, the report found that most councils had no plan at all.',
    'By Monday the river had risen another metre, officials said.',
    'Advertisement revenue fell by a third last year, the company said.',
    'More articles will follow as the investigation continues.',
    '“Share the road,” the mayor told cyclists.',
    'Comments made by the minister on Friday caused an uproar.',
    'Read more about it in the council minutes, she said.',
    'The temperature reached 40 C in Seville on Tuesday.',
    'Weather: 14 days of rain are forecast for the valley.',
  ];
  it.each(body)('%j is article text', (line) => {
    expect(matchBoilerplate(line)).toBeNull();
  });
});

describe('dates in page headers', () => {
  it.each([
    ['Friday, July 19, 2024', '2024-07-19'],
    ['Monday 12 February 2024', '2024-02-12'],
    ['Published: 12 February 2024 14:05', '2024-02-12'],
    ['Updated 3 May 2023', '2023-05-03'],
    ['Sept. 4, 2023', '2023-09-04'],
    ['February 30, 2024', null],
    ['Friday', null],
  ])('%j → %s', (line, iso) => {
    expect(parseLooseDate(line)).toBe(iso);
  });
});

describe('made-up pages with other furniture (golden folders)', () => {
  const cases = readdirSync(GOLDEN_DIR).filter((d) => existsSync(join(GOLDEN_DIR, d, 'page.txt')));
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(3));
  it.each(cases)('%s', (name) => {
    const page = parseScrapedPage(readFileSync(join(GOLDEN_DIR, name, 'page.txt'), 'utf8'));
    const actual = { meta: page.meta, paragraphs: page.paragraphs, removed: page.removed.map((r) => `${r.line} ${r.rule}: ${r.text}`) };
    expectGolden(join(GOLDEN_DIR, name, 'expected.json'), actual);
    // Invariant: every non-blank source line is the headline, part of a paragraph or listed as removed.
    const lines = readFileSync(join(GOLDEN_DIR, name, 'page.txt'), 'utf8').split('\n').filter((l) => l.trim());
    const removed = new Set(page.removed.map((r) => r.text));
    for (const line of lines) {
      const accounted = line.trim() === page.meta.title || removed.has(line) || page.paragraphs.some((p) => p.includes(line.trim()));
      expect(accounted, line).toBe(true);
    }
  });
});
