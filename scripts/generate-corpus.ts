// Generates a large corpus in the canonical format (Markdown + YAML front matter) from the
// bundled articles, for the scale benchmark: `npm run corpus:generate -- --count 10000 --out dir`.
// Each copy gets its own title, slug and date so slugs stay unique and the home page's order
// (newest first) is not one long run of identical dates.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { slugify } from '../src/common/slug.ts';

/** One source article: front matter fields and the body. */
export interface SourceArticle {
  file: string;
  meta: Record<string, unknown>;
  body: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Reads the canonical (Markdown + front matter) articles of a folder; raw scraped pages are skipped. */
export function readCanonicalArticles(dir: string): SourceArticle[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  return files.map((file) => {
    const raw = readFileSync(join(dir, file), 'utf8');
    const m = FRONT_MATTER.exec(raw);
    if (!m) throw new Error(`${join(dir, file)}:1: no front matter; the generator only copies canonical articles`);
    const meta = parseYaml(m[1]!) as Record<string, unknown>;
    if (typeof meta.title !== 'string') throw new Error(`${join(dir, file)}: front matter has no title`);
    return { file, meta, body: raw.slice(m[0].length).trim() };
  });
}

/**
 * Reads the shared Wikinews corpus (line 1 title, 2 "Wikinews, URL", 3 date, 4 license, then the body).
 * Only used while src/content/articles holds no canonical article yet.
 */
export function readWikinewsCorpus(dir: string): SourceArticle[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-.*\.txt$/.test(f))
    .sort()
    .map((file) => {
      const lines = readFileSync(join(dir, file), 'utf8').split(/\r?\n/);
      const url = (lines[1] ?? '').replace(/^Wikinews,\s*/, '').trim();
      return {
        file,
        meta: { title: lines[0]!.trim(), date: lines[2]!.trim(), source: 'Wikinews', url, license: 'CC BY 2.5' },
        body: lines.slice(5).join('\n').trim(),
      };
    });
}


const DAY_MS = 86_400_000;

/** The n-th generated article (0-based): source `n mod sources`, copy `floor(n / sources)`. */
export function generatedArticle(sources: SourceArticle[], n: number): { file: string; text: string } {
  const src = sources[n % sources.length]!;
  const copy = Math.floor(n / sources.length);
  const baseSlug = typeof src.meta.slug === 'string' ? src.meta.slug : slugify(String(src.meta.title));
  const slug = `${baseSlug}-${n + 1}`;
  // Spread dates over ~27 years back from a fixed day so the output is deterministic.
  const date = new Date(Date.UTC(2024, 0, 1) - ((n * 7919) % 10_000) * DAY_MS).toISOString().slice(0, 10);
  const meta: Record<string, unknown> = {
    ...src.meta,
    title: `${String(src.meta.title)} (No. ${n + 1})`,
    slug,
    date,
  };
  // Copies after the first get a short distinct lead so search and excerpts are not all identical.
  const lead = copy === 0 ? '' : `Archive copy ${copy} of this report, filed as number ${n + 1}.\n\n`;
  return { file: `${String(n + 1).padStart(6, '0')}-${slug}.md`, text: `---\n${stringifyYaml(meta)}---\n\n${lead}${src.body}\n` };
}

/** The file that marks a folder as written by generateCorpus (a dotfile: the ingestion ignores it). */
export const GENERATED_MARKER = '.generated-corpus';

/**
 * Writes `count` generated articles into `outDir` and returns how many were written. The folder
 * must be new, empty, or one this function made before (it holds GENERATED_MARKER), which is
 * then emptied: `--out src/content/articles` or any folder of someone's files is refused, never wiped.
 */
export function generateCorpus(sources: SourceArticle[], count: number, outDir: string): number {
  if (sources.length === 0) throw new Error('generate-corpus: no canonical source articles found');
  if (existsSync(outDir)) {
    if (!statSync(outDir).isDirectory()) throw new Error(`generate-corpus: ${outDir} is a file, not a folder; choose a new folder for --out.`);
    const entries = readdirSync(outDir);
    if (entries.length > 0 && !entries.includes(GENERATED_MARKER)) {
      throw new Error(`generate-corpus: ${outDir} holds ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}) that generate-corpus did not write; it is left as it is. Choose an empty or new folder for --out.`);
    }
    rmSync(outDir, { recursive: true, force: true });
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, GENERATED_MARKER), 'Written by npm run corpus:generate; the next run empties this folder.\n');
  for (let n = 0; n < count; n++) {
    const { file, text } = generatedArticle(sources, n);
    writeFileSync(join(outDir, file), text);
  }
  return count;
}

/** The bundled articles, or the shared Wikinews corpus while the bundled folder has no Markdown yet. */
export function defaultSources(root = process.cwd()): SourceArticle[] {
  const bundled = readCanonicalArticles(resolve(root, 'src/content/articles'));
  if (bundled.length > 0) return bundled;
  return readWikinewsCorpus(resolve(root, '../shared/corpus/wikinews'));
}

function main(argv: string[]): void {
  let count = 1000;
  let out = '';
  let from = '';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--count') count = Number(argv[++i]);
    else if (a === '--out') out = argv[++i] ?? '';
    else if (a === '--from') from = argv[++i] ?? '';
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run corpus:generate -- --count N [--out DIR] [--from ARTICLES_DIR]');
      return;
    } else throw new Error(`generate-corpus: unknown argument ${a}`);
  }
  if (!Number.isInteger(count) || count < 1) throw new Error('generate-corpus: --count must be a positive integer');
  out ||= `.bench/corpus-${count}`;
  const sources = from ? readCanonicalArticles(resolve(from)) : defaultSources();
  generateCorpus(sources, count, resolve(out));
  console.log(`wrote ${count} articles from ${sources.length} sources to ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
