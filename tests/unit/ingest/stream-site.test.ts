// The streaming build (stream-site.ts) writes exactly the data files and report of the in-memory
// reduce (assemble + writeSiteData), with its limits made tiny so the search postings go to disk
// in many sorted runs, with results given in any order, and on a corpus with bad files, clashing
// slugs and the editors' corrections (the failing build's report counts included).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assemble, ingestDirectory, mapDirectory } from '../../../src/ingest/ingest-directory.ts';
import { readCorrections } from '../../../src/ingest/read-corrections.ts';
import { SpillDir } from '../../../src/ingest/spill.ts';
import { StreamingReduce, streamDirectory } from '../../../src/ingest/stream-site.ts';
import { writeSiteData } from '../../../src/ingest/write-data.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const CORRECTIONS = join(ROOT, 'src/content/corrections');
const temp = mkdtempSync(join(tmpdir(), 'qr-stream-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every file under `dir`, as sorted "path: contents" rows. */
function listTree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${relative(dir, join(e.parentPath, e.name))}: ${readFileSync(join(e.parentPath, e.name), 'utf8')}`)
    .sort();
}

// Tiny: a run of postings goes to disk every few articles.
const TINY = { postingsInMemory: 3_000 };

/** The bundled corpus with a saved HTML page and a scraped page in a sub-folder. */
function corpus(name: string): string {
  const dir = join(temp, name);
  cpSync(join(ROOT, 'src/content/articles'), dir, { recursive: true });
  mkdirSync(join(dir, 'more'));
  cpSync(join(FIXTURES, 'html/news-site-jsonld.html'), join(dir, 'more/harbour.html'));
  cpSync(join(FIXTURES, 'articles-scraped/blog-footer/page.txt'), join(dir, 'more/blog.txt'));
  return dir;
}

describe('the streaming build', () => {
  it('writes the same data files as the in-memory reduce, postings spilled in many runs', async () => {
    const dir = corpus('good');
    const memory = await ingestDirectory(dir, { correctionsDir: CORRECTIONS, workers: 0 });
    expect(memory.ok).toBe(true);
    await writeSiteData(memory.site, join(temp, 'memory'));
    const streamed = await streamDirectory(dir, { correctionsDir: CORRECTIONS, workers: 0, limits: TINY, spillParent: temp });
    expect(streamed.ok).toBe(true);
    const written = await streamed.write(join(temp, 'streamed'));
    // The postings really went to disk in runs (and were merged back).
    const [spilled] = readdirSync(temp).filter((n) => n.startsWith('quote-reader-build-'));
    expect(readdirSync(join(temp, spilled!)).filter((n) => n.includes('postings-')).length).toBeGreaterThan(10);
    streamed.dispose();
    const expected = listTree(join(temp, 'memory/data'));
    expect(expected.length).toBeGreaterThan(100);
    expect(written.files).toBe(expected.length);
    expect(listTree(join(temp, 'streamed/data'))).toEqual(expected);
    expect(JSON.stringify(streamed.report)).toBe(JSON.stringify(memory.report));
    // The temporary folder is gone with dispose.
    expect(readdirSync(temp).filter((n) => n.startsWith('quote-reader-build-'))).toEqual([]);
  }, 120_000);

  it('gives the same site whatever order the results come in', async () => {
    const dir = corpus('order');
    const mapped = await mapDirectory(dir, { workers: 0 });
    const corrections = await readCorrections(CORRECTIONS);
    const memory = assemble(mapped.results, corrections);
    await writeSiteData(memory.site, join(temp, 'order-memory'));
    const reduce = new StreamingReduce(TINY, temp);
    for (const r of [...mapped.results].reverse()) reduce.add(r);
    const streamed = reduce.finish(corrections);
    await streamed.write(join(temp, 'order-streamed'));
    streamed.dispose();
    expect(listTree(join(temp, 'order-streamed/data'))).toEqual(listTree(join(temp, 'order-memory/data')));
    expect(JSON.stringify(streamed.report)).toBe(JSON.stringify(memory.report));
  }, 120_000);

  it('reports bad files, clashing slugs and corrections that cannot apply as the in-memory reduce does, counts included', async () => {
    const dir = corpus('bad');
    cpSync(join(FIXTURES, 'bad'), join(dir, 'bad'), { recursive: true });
    // Two explicit slugs that clash with a bundled article's, and a derived one that gets a suffix.
    const first = readdirSync(join(ROOT, 'src/content/articles')).filter((n) => n.endsWith('.md')).sort()[0]!;
    const text = readFileSync(join(ROOT, 'src/content/articles', first), 'utf8');
    writeFileSync(join(dir, 'zz-copy.md'), text.replace(/^title: .*$/m, 'title: "Another headline"'));
    writeFileSync(join(dir, 'zz-derived.md'), `---\ntitle: Another headline\ndate: 2020-01-01\n---\n\n"We will see," said Jane Roe.\n`);
    const corrections = await readCorrections(CORRECTIONS);
    const mapped = await mapDirectory(dir, { workers: 0 });
    const memory = assemble(mapped.results, corrections);
    const reduce = new StreamingReduce(TINY, temp);
    for (const r of mapped.results) reduce.add(r);
    const streamed = reduce.finish(corrections);
    streamed.dispose();
    expect(memory.ok).toBe(false);
    expect(streamed.ok).toBe(false);
    expect(memory.problems.some((p) => p.code === 'duplicate-slug')).toBe(true);
    expect(memory.warnings.some((w) => w.code === 'slug-suffixed')).toBe(true);
    expect(JSON.stringify(streamed.report)).toBe(JSON.stringify(memory.report));
  }, 120_000);
});

describe('SpillDir', () => {
  it('removes the folders of killed builds (their process is gone) and keeps those of running ones', () => {
    const parent = mkdtempSync(join(temp, 'abandoned-'));
    const gone = spawnSync('true').pid!;
    mkdirSync(join(parent, `quote-reader-build-${gone}-abc`));
    mkdirSync(join(parent, `quote-reader-build-${process.ppid}-def`));
    mkdirSync(join(parent, 'something-else'));
    const spill = new SpillDir(parent);
    const names = readdirSync(parent);
    spill.remove();
    expect(names).not.toContain(`quote-reader-build-${gone}-abc`);
    expect(names).toContain(`quote-reader-build-${process.ppid}-def`);
    expect(names).toContain('something-else');
    expect(names.some((n) => n.startsWith(`quote-reader-build-${process.pid}-`))).toBe(true);
  });
});

describe('SpillFile', () => {
  it('reads back pieces by offset and lines longer than its read buffer, multi-byte characters included', () => {
    const spill = new SpillDir(temp);
    try {
      const f = spill.file('t');
      const long = `${'é'.repeat(700_000)}“x”`;
      const refs = ['a', long, '', 'b'].map((line) => f.appendLine(line));
      expect(f.read(refs[1]!)).toBe(`${long}\n`);
      expect([...f.lines()]).toEqual(['a', long, '', 'b']);
      expect(f.read(refs[3]!)).toBe('b\n');
    } finally {
      spill.remove();
    }
  });
});
