// The build split in two commands over JSONL (docs/scale.md): `npm run -s map` then
// `npm run -s reduce` on a small corpus, the tasks split in three mappers whose outputs are
// concatenated in another order, write exactly the data files and report `vite build` writes.
// Malformed, duplicated and foreign lines are errors naming the input and the line.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { mapDirectory } from '../../../src/ingest/ingest-directory.ts';
import { JsonlError, parseRecord, parseTask, readRecords, recordLine } from '../../../src/ingest/map-reduce.ts';
import { articlesPlugin } from '../../../src/ingest/vite-plugin.ts';
import { reportPath } from '../../../src/ingest/write-report.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const FIXTURES = join(ROOT, 'tests/fixtures');
const CORRECTIONS = join(ROOT, 'src/content/corrections');
const temp = mkdtempSync(join(tmpdir(), 'qr-mapreduce-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Runs one of the commands as a user would (`npm run -s map -- …` is `tsx scripts/map.ts …`). */
function run(script: 'map' | 'reduce', args: string[], input?: string) {
  const out = spawnSync(process.execPath, [TSX, join(ROOT, `scripts/${script}.ts`), ...args], {
    cwd: ROOT, input: input ?? '', encoding: 'utf8', maxBuffer: 256 * 2 ** 20, env: { ...process.env, ARTICLES_DIR: '', NO_COLOR: '1' },
  });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

/** Every file under `dir`, as sorted "path: contents" rows. */
function listTree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${relative(dir, join(e.parentPath, e.name))}: ${readFileSync(join(e.parentPath, e.name), 'utf8')}`)
    .sort();
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

describe('map then reduce', () => {
  it('writes the same data files and report as vite build, whatever the split and the order of the mappers', async () => {
    // The bundled corpus, a saved HTML page and a scraped page in a sub-folder, with the editors' corrections.
    const articles = join(temp, 'articles');
    cpSync(join(ROOT, 'src/content/articles'), articles, { recursive: true });
    mkdirSync(join(articles, 'more'));
    cpSync(join(FIXTURES, 'html/news-site-jsonld.html'), join(articles, 'more/harbour.html'));
    cpSync(join(FIXTURES, 'articles-scraped/blog-footer/page.txt'), join(articles, 'more/blog.txt'));
    const site = join(temp, 'site');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>t</title><p>site</p>');
    const built = join(temp, 'built');
    await build({ root: site, configFile: false, logLevel: 'silent', mode: 'production', plugins: [articlesPlugin({ dir: articles, correctionsDir: CORRECTIONS })], build: { outDir: built, emptyOutDir: true } });

    const tasks = run('map', ['--tasks', articles, '--inline']);
    expect(tasks.status, tasks.stderr).toBe(0);
    const taskLines = lines(tasks.stdout);
    expect(taskLines).toHaveLength(38);
    // Three mappers, each given a third of the lines; their outputs joined last first.
    const third = Math.ceil(taskLines.length / 3);
    const outputs = [0, 1, 2].map((k) => {
      const mapped = run('map', ['--stdin'], `${taskLines.slice(k * third, (k + 1) * third).join('\n')}\n`);
      expect(mapped.status, mapped.stderr).toBe(0);
      expect(lines(mapped.stdout)).toHaveLength(taskLines.slice(k * third, (k + 1) * third).length);
      return mapped.stdout;
    });
    const records = join(temp, 'records.jsonl');
    writeFileSync(records, outputs.reverse().join(''));
    // The folder form of the map (worker pool, analysis cache) makes the same records.
    const whole = run('map', [articles, '--workers', '2']);
    expect(whole.status, whole.stderr).toBe(0);
    expect(lines(whole.stdout).sort()).toEqual(lines(readFileSync(records, 'utf8')).sort());

    const reduced = join(temp, 'reduced');
    const reduce = run('reduce', ['--out', reduced, '--corrections', CORRECTIONS, records]);
    expect(reduce.status, reduce.stderr).toBe(0);
    expect(reduce.stderr).toMatch(/Reduced 38 records to 38 articles/);
    const expected = listTree(join(built, 'data'));
    expect(expected.length).toBeGreaterThan(38);
    expect(listTree(join(reduced, 'data'))).toEqual(expected);
    expect(readFileSync(reportPath(reduced), 'utf8')).toBe(readFileSync(reportPath(built), 'utf8'));

    // `npm run build -- --records` (the plugin's records option) builds the whole site from them.
    const fromRecords = join(temp, 'from-records');
    await build({ root: site, configFile: false, logLevel: 'silent', mode: 'production', plugins: [articlesPlugin({ records, correctionsDir: CORRECTIONS })], build: { outDir: fromRecords, emptyOutDir: true } });
    expect(listTree(join(fromRecords, 'data'))).toEqual(expected);
    expect(readFileSync(reportPath(fromRecords), 'utf8')).toBe(readFileSync(reportPath(built), 'utf8'));

    // Reducing again into the same folder replaces data/ whole: nothing of a larger corpus stays.
    writeFileSync(join(reduced, 'data/articles/left-over.json'), '{}');
    expect(run('reduce', ['--out', reduced, '--corrections', CORRECTIONS, records]).status).toBe(0);
    expect(listTree(join(reduced, 'data'))).toEqual(expected);
  }, 180_000);

  it('reports bad articles from the records by name and exits 1, writing the report', async () => {
    const mapped = await mapDirectory(join(FIXTURES, 'bad'), { workers: 0 });
    const records = join(temp, 'bad.jsonl');
    writeFileSync(records, mapped.results.map((r) => `${recordLine(r)}\n`).join(''));
    const out = join(temp, 'bad-out');
    const reduce = run('reduce', ['--out', out, records]);
    expect(reduce.status).toBe(1);
    expect(reduce.stderr).toContain('tests/fixtures/bad/no-title.md');
    expect(reduce.stderr).toContain('tests/fixtures/bad/utf16.md');
    const report = JSON.parse(readFileSync(reportPath(out), 'utf8')) as { errors: { file: string }[] };
    expect(new Set(report.errors.map((e) => e.file)).size).toBeGreaterThan(10);
  }, 60_000);

  it('stops the map on a line that is not a task, naming the line', () => {
    const good = JSON.stringify({ path: join(FIXTURES, 'bad/no-title.md'), display: 'no-title.md' });
    const mapped = run('map', ['--stdin'], `${good}\n{"path": 3}\n`);
    expect(mapped.status).toBe(1);
    expect(mapped.stderr).toMatch(/^stdin:2: not a map task\./m);
    expect(() => parseTask('{nope', 'tasks.jsonl', 7)).toThrow(/^tasks\.jsonl:7: not JSON/);
  }, 60_000);
});

describe('readRecords', () => {
  const record = (file: string) => recordLine({ ok: false, file, warnings: [], problems: [] });
  const stream = (...rows: string[]) => Readable.from([`${rows.join('\n')}\n`]);

  it('reads every record of every input, skipping blank lines', async () => {
    const results = await readRecords([{ name: 'a.jsonl', stream: stream(record('x.md'), '', record('y.md')) }, { name: 'b.jsonl', stream: stream(record('z.md')) }]);
    expect(results.map((r) => r.file)).toEqual(['x.md', 'y.md', 'z.md']);
  });

  it('reads a line with the tab Hadoop Streaming\'s text output adds after it', async () => {
    const results = await readRecords([{ name: 'part-00000', stream: stream(`${record('x.md')}\t`) }]);
    expect(results.map((r) => r.file)).toEqual(['x.md']);
  });

  it.each([
    ['malformed JSON', ['{"pipeline"'], /^a\.jsonl:1: not JSON/],
    ['not a record', [record('x.md'), '{"id": 1}'], /^a\.jsonl:2: not a map record/],
    ['no file result', [JSON.stringify({ pipeline: 'p', result: { ok: true, file: 'x.md' } })], /^a\.jsonl:1: the record holds no file result/],
    ['a second record of a file', [record('x.md'), record('y.md'), record('x.md')], /^a\.jsonl:3: a second record of x\.md \(the first is at a\.jsonl:1\)/],
  ])('%s is an error naming the input and line', async (_name, rows, message) => {
    await expect(readRecords([{ name: 'a.jsonl', stream: stream(...rows) }])).rejects.toThrow(message);
  });

  it('refuses a record made by another version of the pipeline', () => {
    const line = record('x.md');
    expect(() => parseRecord(line, 'a.jsonl', 4, 'another-version')).toThrow(JsonlError);
    expect(() => parseRecord(line, 'a.jsonl', 4, 'another-version')).toThrow(/^a\.jsonl:4: the record of x\.md was made by another version/);
  });
});
