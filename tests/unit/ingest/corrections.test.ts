// Published corrections (src/content/corrections/*.json) at build time: applied so every reader
// sees the editors' fix; every wrong file or entry stops the build naming the file, the entry's
// line and what to fix. One row per kind of problem.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestDirectory } from '../../../src/ingest/ingest-directory.ts';
import { chunkOf, speakersOf } from '../../../src/ingest/write-data.ts';
import { articlesPlugin, resolveCorrectionsDir } from '../../../src/ingest/vite-plugin.ts';
import { parseCorrectionsFile, readCorrections } from '../../../src/ingest/read-corrections.ts';
import type { ArticleChunk } from '../../../src/contract/article-data.ts';

const temp = mkdtempSync(join(tmpdir(), 'qr-corrections-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const ARTICLE = '---\ntitle: Council approves the bridge\ndate: 2024-05-01\n---\n\nMayor Ann Lee and treasurer Bo Chan spoke.\n\n"We will build it," Chan said.\n';
const WORDS = '"We will build it,"';

function corpus(name: string, files: Record<string, string>): { articles: string; corrections: string } {
  const root = join(temp, name);
  mkdirSync(join(root, 'articles'), { recursive: true });
  mkdirSync(join(root, 'corrections'), { recursive: true });
  writeFileSync(join(root, 'articles/bridge.md'), ARTICLE);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(root, 'corrections', file), text);
  return { articles: join(root, 'articles'), corrections: join(root, 'corrections') };
}

const file = (corrections: unknown[]) => JSON.stringify({ format: 'quote-reader-corrections', version: 1, corrections }, null, 2);
const fix = (extra: object = {}) => ({ article: 'council-approves-the-bridge', action: 'speaker', quote: { text: WORDS, start: 46, end: 65 }, speaker: { name: 'Ann Lee' }, ...extra });

describe('published corrections', () => {
  it('are applied at build: the quotation, the article’s speakers and the corpus speakers follow', async () => {
    const dirs = corpus('ok', { 'editors.json': file([fix()]) });
    const result = await ingestDirectory(dirs.articles, { workers: 0, correctionsDir: dirs.corrections });
    expect(result.problems).toEqual([]);
    const chunk = chunkOf(result.site, 0);
    expect(chunk.quotes).toHaveLength(1);
    expect(chunk.quotes[0]).toMatchObject({ speaker: { id: 'ann-lee', name: 'Ann Lee' }, reason: 'Corrected by the editors.', correction: { by: 'editors', action: 'speaker', engine: { speaker: { name: 'Bo Chan' } } } });
    expect(chunk.speakers.map((s) => s.name)).toEqual(['Ann Lee']);
    expect(speakersOf(result.site).map((s) => s.name)).toEqual(['Ann Lee']);
  });

  it('a correction the engine has caught up with is a warning to remove it, not an error, and is not shown as a correction', async () => {
    const dirs = corpus('agrees', { 'editors.json': file([fix({ speaker: { name: 'Bo Chan' } })]) });
    const result = await ingestDirectory(dirs.articles, { workers: 0, correctionsDir: dirs.corrections });
    expect(result.ok).toBe(true);
    const w = result.warnings.find((x) => x.code === 'correction-redundant');
    expect(w?.file).toMatch(/corrections\/editors\.json$/);
    expect(w?.line).toBe(5);
    expect(w?.message).toMatch(/not needed any more.*Remove the entry/);
    const q = chunkOf(result.site, 0).quotes[0]!;
    expect(q.speaker?.name).toBe('Bo Chan');
    expect(q.correction).toBeUndefined();
  });

  it('a folder that does not exist means no corrections', async () => {
    const dirs = corpus('none', {});
    const result = await ingestDirectory(dirs.articles, { workers: 0, correctionsDir: join(dirs.corrections, 'absent') });
    expect(result.ok).toBe(true);
    expect(chunkOf(result.site, 0).quotes[0]!.speaker?.name).toBe('Bo Chan');
  });

  const ROWS: { name: string; files: Record<string, string>; code: string; line: number | null; message: RegExp }[] = [
    { name: 'broken JSON', files: { 'a.json': '{\n  "format": "quote-reader-corrections",\n  "version": 1,\n  "corrections": [\n    {"article": }\n  ]\n}' }, code: 'corrections-file', line: 5, message: /not valid JSON/ },
    { name: 'not a corrections file', files: { 'a.json': '{"hello": 1}' }, code: 'corrections-file', line: 1, message: /not a Quote Reader corrections file/ },
    { name: 'a speaker correction without a speaker', files: { 'a.json': file([fix(), { article: 'council-approves-the-bridge', action: 'speaker', quote: { text: WORDS, start: 46, end: 65 } }]) }, code: 'correction-entry', line: 17, message: /Correction 2 .*speaker missing/ },
    { name: 'an unknown article', files: { 'a.json': file([fix({ article: 'no-such-article' })]) }, code: 'correction-unknown-article', line: 5, message: /"no-such-article" that the corpus does not have/ },
    { name: 'a reader’s own article', files: { 'a.json': file([fix({ article: 'mine:42' })]) }, code: 'correction-unknown-article', line: 5, message: /added in their own browser/ },
    { name: 'quotation text not found', files: { 'a.json': file([fix({ quote: { text: '"Words nobody wrote,"', start: 46, end: 67 } })]) }, code: 'correction-not-applied', line: 5, message: /quotation text is not in the article/ },
    { name: 'a file that is not JSON in the folder', files: { 'notes.txt': 'to do' }, code: 'corrections-file', line: null, message: /Only \.json/ },
  ];

  it.each(ROWS)('stop the build on $name, naming the file and line', async (row) => {
    const dirs = corpus(`bad-${row.name.replace(/\W+/g, '-')}`, row.files);
    const result = await ingestDirectory(dirs.articles, { workers: 0, correctionsDir: dirs.corrections });
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    const p = result.problems[0]!;
    expect(p.code).toBe(row.code);
    expect(p.file).toMatch(new RegExp(`corrections/${Object.keys(row.files)[0]!.replace('.', '\\.')}$`));
    expect(p.line).toBe(row.line);
    expect(p.message).toMatch(row.message);
    expect(p.fix.length).toBeGreaterThan(10);
  });

  it('an empty list is a valid file; README and dot files in the folder are not corrections', async () => {
    expect(parseCorrectionsFile('x.json', file([]))).toEqual({ entries: [], problems: [] });
    const dirs = corpus('readme', { 'README.md': '# how to', '.DS_Store': 'x', 'editors.json': file([fix()]) });
    expect((await readCorrections(dirs.corrections)).problems).toEqual([]);
  });
});

describe('resolveCorrectionsDir', () => {
  it('takes the option, then $CORRECTIONS_DIR, then src/content/corrections for the bundled corpus only', () => {
    expect(resolveCorrectionsDir('/site', { correctionsDir: 'fixes' }, {})).toBe('/site/fixes');
    expect(resolveCorrectionsDir('/site', {}, { CORRECTIONS_DIR: 'c' })).toBe(join(process.cwd(), 'c'));
    expect(resolveCorrectionsDir('/site', {}, {})).toBe('/site/src/content/corrections');
    expect(resolveCorrectionsDir('/site', {}, { ARTICLES_DIR: 'other' })).toBeUndefined();
  });
});

describe('vite build with corrections', () => {
  const site = (name: string, corrections: string) => {
    const dirs = corpus(name, { 'editors.json': corrections });
    const root = join(temp, name);
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title><p>site</p>');
    return { root, dirs, outDir: join(root, 'dist') };
  };

  it('applies a corrections file: the article chunk carries the editors’ speaker', async () => {
    const { root, dirs, outDir } = site('vite-ok', file([fix()]));
    await build({ root, configFile: false, logLevel: 'silent', mode: 'production', plugins: [articlesPlugin({ dir: dirs.articles, correctionsDir: dirs.corrections })], build: { outDir, emptyOutDir: true } });
    const chunk = JSON.parse(readFileSync(join(outDir, 'data/articles/council-approves-the-bridge.json'), 'utf8')) as ArticleChunk;
    expect(chunk.quotes[0]!.speaker?.name).toBe('Ann Lee');
    expect(chunk.quotes[0]!.correction?.by).toBe('editors');
  });

  it('stops on a broken one, naming the file', async () => {
    const { root, dirs, outDir } = site('vite-bad', file([fix({ article: 'nope' })]));
    await expect(build({ root, configFile: false, logLevel: 'silent', mode: 'production', plugins: [articlesPlugin({ dir: dirs.articles, correctionsDir: dirs.corrections })], build: { outDir, emptyOutDir: true } }))
      .rejects.toThrow(/corrections\/editors\.json:5[\s\S]*"nope" that the corpus does not have/);
  });
});
