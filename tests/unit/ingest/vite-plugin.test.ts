// The Vite plugin end to end, on a throwaway site: `vite build` with $ARTICLES_DIR writes
// the data files and the report; bad articles stop the build with one message; the dev
// server serves /data/ under the base and picks up added, edited and deleted articles.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build, createServer, type ViteDevServer } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { articlesFolderLabel, articlesPlugin, resolveArticlesDir } from '../../../src/ingest/vite-plugin.ts';
import { reportPath } from '../../../src/ingest/write-report.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const temp = mkdtempSync(join(tmpdir(), 'qr-ingest-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// A site with nothing but an index.html, so only the articles plugin is under test.
function makeSite(name: string): string {
  const root = join(temp, name);
  cpSync(join(FIXTURES, 'articles-scraped/blog-footer'), join(root, 'articles'), { recursive: true, filter: (src) => !src.endsWith('.json') });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title><p>site</p>');
  cpSync(join(FIXTURES, 'html/news-site-jsonld.html'), join(root, 'articles/harbour.html'));
  writeFileSync(join(root, 'articles/one.md'), '---\ntitle: First article\ndate: 2024-01-01\n---\n\n"Hello there," said Ada Lovelace.\n');
  return root;
}

/** Every file under `dir` with its contents, as sorted "path: contents" rows. */
function listTree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${relative(dir, join(e.parentPath, e.name))}: ${readFileSync(join(e.parentPath, e.name), 'utf8')}`)
    .sort();
}

async function withArticlesDir<T>(dir: string, run: () => Promise<T>): Promise<T> {
  const saved = process.env.ARTICLES_DIR;
  process.env.ARTICLES_DIR = dir;
  try {
    return await run();
  } finally {
    if (saved === undefined) delete process.env.ARTICLES_DIR;
    else process.env.ARTICLES_DIR = saved;
  }
}

describe('resolveArticlesDir', () => {
  it('prefers the option, then $ARTICLES_DIR relative to cwd, then src/content/articles', () => {
    expect(resolveArticlesDir('/site', 'arts', 'env')).toBe('/site/arts');
    expect(resolveArticlesDir('/site', undefined, 'some/dir')).toBe(join(process.cwd(), 'some/dir'));
    expect(resolveArticlesDir('/site', undefined, undefined)).toBe('/site/src/content/articles');
  });
});

describe('vite build', () => {
  it('ingests $ARTICLES_DIR (relative to cwd), writes data/ into outDir and the report beside it', async () => {
    const root = makeSite('build-ok');
    const outDir = join(temp, 'out-ok');
    await withArticlesDir(relative(process.cwd(), join(root, 'articles')), () =>
      build({ root, configFile: false, logLevel: 'silent', mode: 'production', plugins: [articlesPlugin({ pageSize: 2 })], build: { outDir, emptyOutDir: true } }));
    const manifest = JSON.parse(readFileSync(join(outDir, 'data/manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ articleCount: 3, pageSize: 2, pageCount: 2 });
    expect(existsSync(join(outDir, 'data/index/1.json'))).toBe(true);
    expect(existsSync(join(outDir, 'data/articles/first-article.json'))).toBe(true);
    expect(existsSync(join(outDir, 'data/articles/harbour-bridge-reopens-after-two-year-repair.json'))).toBe(true);
    expect(existsSync(join(outDir, 'data/search/manifest.json'))).toBe(true);
    // Issue 10, item 14: the report names the build machine's paths, so it is not published.
    expect(existsSync(join(outDir, 'ingest-report.json'))).toBe(false);
    const report = JSON.parse(readFileSync(reportPath(outDir), 'utf8'));
    expect(report.articleCount).toBe(3);
    expect(report.removed.map((r: { file: string }) => r.file).join()).toContain('page.txt');
  });

  it('stops on bad articles with one message naming every bad file', async () => {
    const root = makeSite('build-bad');
    cpSync(join(FIXTURES, 'bad/invalid-date.md'), join(root, 'articles/invalid-date.md'));
    cpSync(join(FIXTURES, 'bad/no-title.md'), join(root, 'articles/no-title.md'));
    const run = build({ root, configFile: false, logLevel: 'silent', mode: 'production', plugins: [articlesPlugin({ dir: 'articles' })], build: { outDir: join(temp, 'out-bad') } });
    await expect(run).rejects.toThrow(/2 article files could not be ingested[\s\S]*invalid-date\.md:3[\s\S]*YYYY-MM-DD[\s\S]*no-title\.md:1/);
    expect(JSON.parse(readFileSync(reportPath(join(temp, 'out-bad')), 'utf8')).errors).toHaveLength(2);
  });

  // Issue 10, item 7: dist/ was emptied before validation, so a failed build left two files.
  it('a build that stops on a bad article keeps the previous site whole, and leaves no staging folder', async () => {
    const root = makeSite('build-keeps');
    const outDir = join(temp, 'out-keeps');
    const opts = (plugins: ReturnType<typeof articlesPlugin>[]) => ({ root, configFile: false as const, logLevel: 'silent' as const, mode: 'production', plugins, build: { outDir, emptyOutDir: true } });
    await build(opts([articlesPlugin({ dir: 'articles' })]));
    const before = listTree(outDir);
    expect(before.some((row) => row.startsWith('data/manifest.json: '))).toBe(true);
    expect(before.some((row) => row.startsWith('index.html: '))).toBe(true);
    cpSync(join(FIXTURES, 'bad/no-title.md'), join(root, 'articles/no-title.md'));
    await expect(build(opts([articlesPlugin({ dir: 'articles' })]))).rejects.toThrow(/no-title\.md/);
    expect(listTree(outDir)).toEqual(before);
    expect(readdirSync(temp).filter((n) => n.includes('.building-'))).toEqual([]);
    // Fixed, it builds again and replaces the site as a whole.
    unlinkSync(join(root, 'articles/no-title.md'));
    writeFileSync(join(root, 'articles/two.md'), '---\ntitle: Second article\ndate: 2024-01-02\n---\n\nBody.\n');
    await build(opts([articlesPlugin({ dir: 'articles' })]));
    expect(existsSync(join(outDir, 'data/articles/second-article.json'))).toBe(true);
    expect(readdirSync(temp).filter((n) => n.includes('.building-'))).toEqual([]);
  });

  it('refuses an output folder of other files instead of replacing it', async () => {
    const root = makeSite('build-foreign');
    const outDir = join(temp, 'out-foreign');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'thesis.docx'), 'precious');
    const run = build({ root, configFile: false, logLevel: 'silent', mode: 'production', plugins: [articlesPlugin({ dir: 'articles' })], build: { outDir } });
    await expect(run).rejects.toThrow(/holds 1 entry \(thesis\.docx\) but no index\.html/);
    expect(readFileSync(join(outDir, 'thesis.docx'), 'utf8')).toBe('precious');
  });
});

describe('dev server', () => {
  let server: ViteDevServer | undefined;
  afterAll(async () => server?.close());

  it('serves /data/ under the base from memory and follows edits without a restart', async () => {
    const root = makeSite('dev');
    const sent: { type: string; err?: { message: string } }[] = [];
    server = await createServer({ root, configFile: false, logLevel: 'silent', mode: 'development', base: '/reader/', plugins: [articlesPlugin({ dir: 'articles' })], server: { port: 0, host: '127.0.0.1', ws: false } });
    const send = server.ws.send.bind(server.ws);
    server.ws.send = ((payload: { type: string }) => {
      sent.push(payload as (typeof sent)[number]);
      return send(payload as never);
    }) as typeof server.ws.send;
    await server.listen();
    const port = (server.httpServer!.address() as { port: number }).port;
    const get = async (path: string) => {
      const res = await fetch(`http://127.0.0.1:${port}/reader/${path}`);
      return { status: res.status, type: res.headers.get('content-type'), body: res.status === 200 ? await res.json() : null };
    };
    const eventually = async (check: () => Promise<boolean>) => {
      for (let i = 0; i < 100; i++) {
        if (await check()) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('timed out');
    };

    const manifest = await get('data/manifest.json');
    expect(manifest.type).toContain('application/json');
    expect(manifest.body.articleCount).toBe(3);
    // The start maps the folder as the build does: each file's analysis is now in the project's cache.
    const cached = readdirSync(join(root, 'node_modules/.cache/quote-reader/analyses'), { recursive: true }).filter((f) => String(f).endsWith('.json'));
    expect(cached).toHaveLength(3);
    expect((await get('data/articles/no-such-article.json')).status).toBe(404);

    writeFileSync(join(root, 'articles/two.md'), '---\ntitle: Second article\ndate: 2024-02-01\n---\n\nAdded while running.\n');
    await eventually(async () => (await get('data/manifest.json')).body.articleCount === 4);
    expect(sent.some((p) => p.type === 'full-reload')).toBe(true);

    writeFileSync(join(root, 'articles/two.md'), '---\ntitle: Second article\ndate: 2024-02-01\n---\n\nEdited while running.\n');
    await eventually(async () => (await get('data/articles/second-article.json')).body?.text === 'Edited while running.');

    unlinkSync(join(root, 'articles/two.md'));
    await eventually(async () => (await get('data/manifest.json')).body.articleCount === 3);

    mkdirSync(join(root, 'articles/section'));
    writeFileSync(join(root, 'articles/section/three.md'), '---\ntitle: Third article\n---\n\nIn a sub-folder.\n');
    await eventually(async () => (await get('data/manifest.json')).body.articleCount === 4);
    rmSync(join(root, 'articles/section'), { recursive: true });
    await eventually(async () => (await get('data/manifest.json')).body.articleCount === 3);

    writeFileSync(join(root, 'articles/broken.md'), '---\ntitle: Broken\ndate: 2024-99-01\n---\n\nBad date.\n');
    await eventually(async () => sent.some((p) => p.type === 'error'));
    const overlay = sent.find((p) => p.type === 'error')!;
    expect(overlay.err!.message).toMatch(/broken\.md:3[\s\S]*"2024-99-01" is not a valid date/);
    // The good articles keep being served while one is broken.
    expect((await get('data/manifest.json')).body.articleCount).toBe(3);
  }, 30_000);
});

// Issue 10 item 11: the empty-site message names the folder actually used, without build-machine paths.
describe('articlesFolderLabel', () => {
  it.each([
    ['the bundled corpus', '/p/site', '/p/site/src/content/articles', 'src/content/articles'],
    ['ARTICLES_DIR inside the project', '/p/site', '/p/site/corpora/big', 'corpora/big'],
    ['ARTICLES_DIR outside the project: only its name', '/p/site', '/home/ada/news', 'news (the folder given by ARTICLES_DIR)'],
  ])('%s', (_case, root, dir, label) => expect(articlesFolderLabel(root, dir)).toBe(label));
});
