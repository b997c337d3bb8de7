// The seed article as the test oracle: its title and the paragraphs of its body, read from the
// raw page as scraped (between the "Must read" and "More articles" blocks of that one known file).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Title of the seed article. */
export const SEED_TITLE = 'President Obama Reveals He Threatened Putin Over Russian Hacking Attacks';

/** Site furniture of the scraped page that must not reach the reading view. */
export const SEED_FURNITURE = ['Must read', 'Advertisement', 'More articles', 'Latest article', '21.9 C', 'The Fast Track to Earning Income', 'Top 20 Blogs'];

function seedFile(): string {
  const articles = resolve(import.meta.dirname, '../../src/content/articles');
  if (existsSync(articles)) {
    for (const name of readdirSync(articles)) {
      const path = join(articles, name);
      if (readFileSync(path, 'utf8').includes(SEED_TITLE)) return path;
    }
  }
  throw new Error(`The seed article ("${SEED_TITLE}") is not in src/content/articles`);
}

/** The seed's body paragraphs, whitespace-normalised. */
export function seedParagraphs(): string[] {
  const raw = readFileSync(seedFile(), 'utf8');
  const start = raw.indexOf('Must read');
  const end = raw.indexOf('More articles');
  if (start < 0 || end < 0) throw new Error('The seed file no longer has its "Must read" / "More articles" blocks');
  return raw
    .slice(start + 'Must read'.length, end)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
