// One-off conversion of ../shared/corpus/wikinews/*.txt into the canonical article format
// (Markdown with YAML front matter) under src/content/articles/. Kept so the corpus can be
// regenerated and audited: `npx tsx scripts/convert-wikinews.ts [sourceDir] [outDir]`.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, basename, resolve } from 'node:path';
import { stringify } from 'yaml';

const LICENSE = 'CC BY 2.5';
const LICENSE_URL = 'https://creativecommons.org/licenses/by/2.5/';
// SOURCES.md: markup, image captions and the dateline were removed, so the text is "changed".
const CHANGES = 'Wiki markup, image captions and the dateline removed; text otherwise unchanged.';

/** Converts one Wikinews corpus file (line 1 title, 2 "Wikinews, URL", 3 date, 4 license, 5 empty, body). */
export function convertWikinews(raw: string, fileName: string): string {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const [title, sourceLine, date, license, blank] = lines;
  const source = /^Wikinews, (https:\/\/\S+)$/.exec(sourceLine ?? '');
  if (!title || !source || !/^\d{4}-\d{2}-\d{2}$/.test(date ?? '') || !/CC BY 2\.5/.test(license ?? '') || blank !== '') {
    throw new Error(`${fileName}: header lines do not follow the corpus layout (title, "Wikinews, URL", date, license, blank)`);
  }
  const body = lines.slice(5).join('\n').trim();
  const frontMatter = stringify(
    { title, date, source: 'Wikinews', url: source[1], license: LICENSE, license_url: LICENSE_URL, changed: true, changes: CHANGES },
    { lineWidth: 0 },
  );
  return `---\n${frontMatter}---\n\n${body}\n`;
}

function main(): void {
  const from = resolve(process.argv[2] ?? '../shared/corpus/wikinews');
  const to = resolve(process.argv[3] ?? 'src/content/articles');
  mkdirSync(to, { recursive: true });
  const files = readdirSync(from).filter((f) => /^\d{3}-.*\.txt$/.test(f)).sort();
  for (const file of files) {
    const out = join(to, `wikinews-${basename(file, '.txt')}.md`);
    writeFileSync(out, convertWikinews(readFileSync(join(from, file), 'utf8'), file));
  }
  console.log(`Converted ${files.length} Wikinews articles into ${to}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
