// `npm run bench`: every speed, size and scale figure of Quote Reader in one table, measured in
// one run so ratios compare like with like on a noisy machine. Each row has its figure, its
// budget (issues 3, 4 and 5) and pass/fail; the command exits 1 when a budget fails.
//   --quick         skip the generated 1,000- and 10,000-article corpora
//   --no-fail       exit 0 whatever the budgets say (exploration)
//   --only a,b      run only these sections: engine, size, lighthouse, filter, search, mine, scale,
//                   build100k (the 100,000-article build alone: time and peak memory against budget;
//                   it is also part of scale)
//   --big N         the size of that large build (default 100000; a smaller N tries the row quickly)
//   --json FILE     where the results go (default .bench/results.json)
//   --keep          keep this run's builds and generated corpora (.bench/run-*) for inspection
//   --sizes a,b     generated corpus sizes (default 1000,10000)
// At the largest --sizes corpus, scale also measures the incremental rebuild (a cold --no-cache
// build, then one article edited and rebuilt with the analysis and page caches warm: the ratio
// against "≤ 10 % of a cold build" and each cache's hit rate as the build prints it) and Lighthouse
// on the five routes with the bundled rows' budgets. build100k does both at --big too: Lighthouse on
// its cold build's output, then a build that fills the caches, the edit and the warm rebuild
// (three builds of that size; their output is deleted at the end unless --keep).
import { cpus, loadavg } from 'node:os';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { ArticleChunk, IndexPage, Manifest, SpeakerSummary } from '../src/contract/article-data.ts';
import { buildApp, buildFloor, runQuotesCli, type BuildCost } from './bench-build.ts';
import { measureEngine } from './bench-engine.ts';
import { dataSizes, firstPageJs, gzipSize, kB, SIZE_BUDGETS, type FirstPageJs } from './bench-size.ts';
import { freePort, serve } from './bench-serve.ts';
import { measureDevStart } from './bench-dev-server.ts';
import { runLighthouse } from './bench-lighthouse.ts';
import { launchBrowser, measureExport, measureFilter, measureScroll, measureSearch, scriptsLoaded, timeToSelector } from './bench-browser.ts';
import { measureDrop, measurePaste } from './bench-mine.ts';
import { articleToEdit, editArticle, PAGES_CHANGED_BY_ONE_EDIT, parseCacheUse, percent, REBUILD_BUDGET_RATIO } from './bench-rebuild.ts';
import { defaultSources, generateCorpus } from './generate-corpus.ts';
import { flatPages, median } from './bench-flat-pages.ts';

/** One line of the table. */
export interface Row {
  section: string;
  measure: string;
  figure: string;
  budget: string;
  /** null: a figure without a budget. */
  pass: boolean | null;
}

const SECTIONS = ['engine', 'size', 'lighthouse', 'filter', 'search', 'mine', 'scale', 'build100k'] as const;
type Section = (typeof SECTIONS)[number];

interface Options {
  quick: boolean;
  noFail: boolean;
  only: Set<Section>;
  json: string;
  sizes: number[];
  keep: boolean;
  /** Articles of the large build (build100k). */
  big: number;
}

/** Peak memory (process tree) allowed to a build of any size: the build streams (issue 14 item 1). */
export const BUILD_PEAK_BUDGET_MB = 2048;

function parseArgs(argv: string[]): Options {
  const o: Options = { quick: false, noFail: false, only: new Set(SECTIONS), json: '.bench/results.json', sizes: [1000, 10_000], keep: false, big: 100_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick') o.quick = true;
    else if (a === '--no-fail') o.noFail = true;
    else if (a === '--keep') o.keep = true;
    else if (a === '--json') o.json = argv[++i] ?? o.json;
    else if (a === '--only') {
      const list = (argv[++i] ?? '').split(',').filter(Boolean);
      for (const s of list) if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`bench: unknown section ${s} (one of ${SECTIONS.join(', ')})`);
      o.only = new Set(list as Section[]);
    } else if (a === '--sizes') o.sizes = (argv[++i] ?? '').split(',').map(Number);
    else if (a === '--big') o.big = Number(argv[++i]);
    else throw new Error(`bench: unknown argument ${a}`);
  }
  if (o.sizes.length === 0 || o.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('bench: --sizes takes positive integers, e.g. --sizes 1000,10000');
  if (!Number.isInteger(o.big) || o.big < 1) throw new Error('bench: --big takes a positive integer, e.g. --big 100000');
  if (o.quick) {
    o.only.delete('scale');
    o.only.delete('build100k');
  }
  return o;
}

const ms = (x: number) => `${Number.isFinite(x) ? x.toFixed(1) : '—'} ms`;
const score = (x: number | null) => (x === null ? '—' : x.toFixed(2));
const mb = (x: number) => `${x.toFixed(0)} MB`;

/** Reads one JSON data file of a build. */
function data<T>(outDir: string, path: string): T {
  return JSON.parse(readFileSync(join(outDir, path), 'utf8')) as T;
}

/** Every article chunk of a build (only for the bundled corpus: 10k chunks are not all read). */
function chunks(outDir: string): ArticleChunk[] {
  const dir = join(outDir, 'data/articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => data<ArticleChunk>(outDir, `data/articles/${f}`));
}

/** The seed article: $BENCH_SEED_SLUG, else the one titled as the seed page, else the first. */
function seedSlug(all: ArticleChunk[]): string {
  if (process.env.BENCH_SEED_SLUG) return process.env.BENCH_SEED_SLUG;
  return (all.find((c) => /Obama Reveals He Threatened Putin/i.test(c.title)) ?? all[0]!).slug;
}

/** Search queries: long title words of the first index page, and words from inside a quotation. */
function searchQueries(outDir: string, withQuote: ArticleChunk | null): string[] {
  const page = data<IndexPage>(outDir, 'data/index/0.json');
  const words = new Set<string>();
  for (const a of page.articles) for (const w of a.title.split(/[^A-Za-z]+/)) if (w.length >= 6) words.add(w.toLowerCase());
  const out = [...words].slice(0, 8);
  const q = withQuote?.quotes[0];
  if (withQuote && q) {
    const inner = withQuote.text.slice(q.start + 1, q.end - 1).split(/\s+/).slice(0, 3).join(' ');
    if (inner) out.splice(1, 0, inner);
  }
  return out;
}

/** Writes the corpus as JSONL {id, text} (front matter dropped) and as `shards` round-robin parts; returns the parts. */
function writeJsonl(corpusDir: string, file: string, shards: number): string[] {
  const lines: string[] = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => JSON.stringify({ id: f, text: readFileSync(join(corpusDir, f), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').trim() }));
  writeFileSync(file, lines.join('\n') + '\n');
  return Array.from({ length: shards }, (_, i) => {
    const part = file.replace(/\.jsonl$/, `.${i}.jsonl`);
    writeFileSync(part, lines.filter((_, j) => j % shards === i).join('\n') + '\n');
    return part;
  });
}

function sizeRow(measure: string, site: FirstPageJs, floor: FirstPageJs, budget: number, notes: string[]): Row {
  const ratio = site.gzipBytes / floor.gzipBytes;
  if (ratio > budget) notes.push(`${measure}: ${site.chunks.map((c) => `${c.path} (${c.via}) ${kB(c.gzipBytes)}`).join(', ')}`);
  return {
    section: 'size',
    measure,
    figure: `${kB(site.gzipBytes)} gz in ${site.chunks.length} file(s) = ${ratio.toFixed(2)} × floor ${kB(floor.gzipBytes)}`,
    budget: `≤ ${budget.toFixed(2)} × floor`,
    pass: ratio <= budget,
  };
}

function buildRow(label: string, cost: BuildCost, budgetSeconds: number | null, budgetPeakMb: number | null = null, load?: number): Row {
  const budgets = [budgetSeconds === null ? '' : `< ${budgetSeconds} s`, budgetPeakMb === null ? '' : `peak ≤ ${mb(budgetPeakMb)}`].filter(Boolean);
  return {
    section: 'scale',
    measure: `build, ${label}`,
    figure: cost.ok
      ? `${cost.seconds.toFixed(1)} s, peak ${mb(cost.peakMb)}${load === undefined ? '' : ` (load ${load.toFixed(1)} at start)`}`
      : `BUILD FAILED: ${(cost.error ?? cost.tail.split('\n').filter(Boolean).slice(-2).join(' | ')).slice(0, 140)}`,
    budget: budgets.join(', '),
    pass: !cost.ok ? false : budgets.length === 0 ? null : (budgetSeconds === null || cost.seconds < budgetSeconds) && (budgetPeakMb === null || cost.peakMb <= budgetPeakMb),
  };
}

/** Budget of the home page's first data (manifest + index page 0), gzip, at any corpus size (issue 14). */
const FIRST_DATA_BUDGET = 10_000;

/** Issue 14: the dev server answers within this many seconds at 10,000 articles (warm analysis cache). */
const DEV_START_BUDGET_SECONDS = 5;

/** The rows of pages whose cost stays flat (issue 14 item 5, decision 044) for one build. */
async function flatPageRows(rows: Row[], label: string, outDir: string, raw: Record<string, unknown>): Promise<void> {
  const f = await flatPages(outDir);
  raw[`flatPages ${label}`] = f;
  const q = f.queries.filter((x) => x.results > 0);
  const s = f.biggestSpeaker;
  rows.push(
    {
      section: 'scale',
      measure: `home first data (manifest + index page 0, preloaded), ${label}`,
      figure: `${kB(f.firstData.gzipBytes)} gz`,
      budget: `< ${kB(FIRST_DATA_BUDGET)} gz`,
      pass: f.firstData.gzipBytes < FIRST_DATA_BUDGET,
    },
    {
      section: 'scale',
      measure: `search: data per query, first 20 results (shards + doc rows with snippets), ${label}`,
      figure: `median ${kB(median(q.map((x) => x.gzipBytes)))} gz in ${median(q.map((x) => x.files))} files (max ${kB(Math.max(0, ...q.map((x) => x.gzipBytes)))}); first screen ${kB(median(q.map((x) => x.firstScreen.gzipBytes)))} in ${median(q.map((x) => x.firstScreen.files))}; manifest once ${kB(f.searchManifest.gzipBytes)}`,
      budget: '',
      pass: null,
    },
    {
      section: 'scale',
      measure: `speaker page: biggest speaker's first page, ${label}`,
      figure: `${s.id} (${s.quotes.toLocaleString('en')} quotations): ${kB(s.firstPage.gzipBytes)} gz of ${kB(s.whole.gzipBytes)} in ${s.pages} pages`,
      budget: '',
      pass: null,
    },
  );
}

/** One route Lighthouse scores; `reading`: the reading view, whose budgets are issue 13's. */
interface LighthouseRoute {
  label: string;
  path: string;
  reading: boolean;
}

/** The five routes of issue 14 item 6 in a build: `/`, the article `articleSlug`, `/speakers`, the top speaker's page, a search. */
function lighthouseRoutes(outDir: string, articleSlug: string): LighthouseRoute[] {
  const topSpeaker = [...data<SpeakerSummary[]>(outDir, 'data/speakers.json')].sort((a, b) => b.quoteCount - a.quoteCount)[0];
  return [
    { label: 'home', path: '/', reading: false },
    { label: 'seed article', path: `/articles/${encodeURIComponent(articleSlug)}`, reading: true },
    { label: '/speakers', path: '/speakers', reading: false },
    ...(topSpeaker ? [{ label: `speaker page (${topSpeaker.name})`, path: `/speakers/${encodeURIComponent(topSpeaker.id)}`, reading: false }] : []),
    { label: 'search "president"', path: '/search?q=president', reading: false },
  ];
}

/**
 * Lighthouse (mobile) on each route of a served build, four rows per route. Issue 13 budgets the
 * reading view; issue 14 asks 1.00 on every category of all five routes. `suffix` names the build
 * in each row (empty for the bundled corpus); failing audits go to the notes.
 */
async function lighthouseRows(rows: Row[], notes: string[], raw: Record<string, unknown>, section: string, url: string, routes: LighthouseRoute[], suffix: string): Promise<void> {
  const results = await runLighthouse(routes.map((r) => `${url}${r.path}`));
  raw[`lighthouse${suffix}`] = Object.fromEntries(routes.map((r, i) => [r.label, results[i]]));
  routes.forEach(({ label: name, reading }, i) => {
    const r = results[i]!;
    const label = `${name}${suffix}`;
    if (r.failed.length > 0) notes.push(`Lighthouse ${label}: audits below 0.9: ${r.failed.join('; ')}`);
    const at = (min: number, text: string) => ({ budget: text, pass: (v: number | null) => (v ?? 0) >= min });
    const perf = reading ? at(0.95, '≥ 0.95') : at(1, '= 1.00 (issue 14)');
    const a11y = at(1, reading ? '= 1.00' : '= 1.00 (issue 14)');
    const bp = reading ? at(0.95, '≥ 0.95') : at(1, '= 1.00 (issue 14)');
    rows.push(
      { section, measure: `${label} (mobile): performance`, figure: score(r.performance), budget: perf.budget, pass: perf.pass(r.performance) },
      { section, measure: `${label} (mobile): accessibility`, figure: score(r.accessibility), budget: a11y.budget, pass: a11y.pass(r.accessibility) },
      { section, measure: `${label} (mobile): best practices`, figure: score(r.bestPractices), budget: bp.budget, pass: bp.pass(r.bestPractices) },
      { section, measure: `${label} (mobile): LCP, TBT`, figure: `${ms(r.lcpMs ?? NaN)}, ${ms(r.tbtMs ?? NaN)}`, budget: '', pass: null },
    );
  });
}

/** The article Lighthouse opens in a generated corpus: the copy of the bundled seed (`seed-N.md`, first by number), else the home page's first. */
function largeSeed(outDir: string, corpus: string, seed: string | null): string {
  if (seed) {
    const pattern = new RegExp(`^\\d+-(${seed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d+)\\.md$`);
    for (const f of readdirSync(corpus).sort()) {
      const m = pattern.exec(f);
      if (m) return m[1]!;
    }
  }
  const first = data<IndexPage>(outDir, 'data/index/0.json').articles[0];
  if (!first) throw new Error(`${outDir}: data/index/0.json lists no article`);
  return first.slug;
}

/** A phase's seconds warm and cold, as the build timed them ("—" when it did not print them). */
const phase = (warm: number | null, cold: number | null) => `${warm === null ? '—' : (warm / 1000).toFixed(1)}/${cold === null ? '—' : (cold / 1000).toFixed(1)} s`;

/** Quotations in the chunk of `slug` in a build, or null when there is no such chunk. */
function quoteCount(outDir: string, slug: string | null): number | null {
  if (!slug) return null;
  try {
    return data<ArticleChunk>(outDir, `data/articles/${slug}.json`).quotes.length;
  } catch {
    return null;
  }
}

/**
 * Issue 14 item 3 on one corpus already built into `outDir` with the caches on: a cold build
 * (--no-cache: neither cache read nor written) of the same corpus into a folder of its own, then one
 * article edited and the site rebuilt into `outDir` with the caches warm. Rows: the rebuild against
 * the cold build, and each cache's hit rate on the rebuild as the build printed it.
 */
async function incrementalRows(
  rows: Row[],
  raw: Record<string, unknown>,
  label: string,
  corpus: string,
  outDir: string,
  root: string,
  log: (s: string) => void,
  given?: { cost: BuildCost; load: number },
): Promise<void> {
  let cold: BuildCost;
  let coldLoad: number;
  if (given) {
    // `outDir` holds a cold build already (the caller's, measured): this build fills the caches.
    ({ cost: cold, load: coldLoad } = given);
    log(`${label}: building again with the caches on, to fill them`);
    const fill = await buildApp(outDir, corpus, root, false, true);
    if (!fill.ok) throw new Error(`build with the caches on failed: ${fill.error ?? fill.tail.split('\n').filter(Boolean).slice(-1)[0] ?? ''}`);
    raw[`rebuild ${label} fill`] = fill;
  } else {
    const coldDir = `${outDir}-cold`;
    log(`${label}: a cold build (--no-cache) for the incremental rebuild's reference`);
    coldLoad = loadavg()[0]!;
    cold = await buildApp(coldDir, corpus, root, true, true);
    rmSync(coldDir, { recursive: true, force: true });
  }
  if (!cold.ok) throw new Error(`cold build (--no-cache) failed: ${cold.error ?? cold.tail.split('\n').filter(Boolean).slice(-1)[0] ?? ''}`);
  const coldUse = parseCacheUse(cold.kept.join('\n'));
  const edited = articleToEdit(corpus);
  const before = quoteCount(outDir, edited.slug);
  editArticle(edited.file);
  log(`${label}: ${edited.file.slice(corpus.length + 1)} edited, rebuilding with the caches warm`);
  const load = loadavg()[0]!;
  const warm = await buildApp(outDir, corpus, root, false, true);
  if (!warm.ok) throw new Error(`rebuild failed: ${warm.error ?? warm.tail.split('\n').filter(Boolean).slice(-1)[0] ?? ''}`);
  const use = parseCacheUse(warm.kept.join('\n'));
  const after = quoteCount(outDir, edited.slug);
  raw[`rebuild ${label}`] = { cold, coldLoad, coldUse, warm, load, use, edited: { ...edited, quotesBefore: before, quotesAfter: after } };
  const ratio = warm.seconds / cold.seconds;
  // The cold build must really be cold, and the edit must really change the article's analysis:
  // otherwise the ratio measures something else and says so.
  const coldReally = coldUse.analysisOff && (coldUse.pages === null || coldUse.pages.fromCache === 0);
  const changed = before !== null && after !== null && after > before;
  rows.push({
    section: 'scale',
    measure: `incremental rebuild, ${label}: one article edited (a quoted sentence appended), caches warm`,
    figure:
      `${warm.seconds.toFixed(1)} s vs cold (--no-cache) ${cold.seconds.toFixed(1)} s = ${(ratio * 100).toFixed(1)} %` +
      `; peak ${mb(warm.peakMb)} vs ${mb(cold.peakMb)}; load ${load.toFixed(1)}/${coldLoad.toFixed(1)}` +
      `; the article's quotations ${before ?? '?'} → ${after ?? '?'}` +
      `; phases warm/cold: ingest ${phase(use.ingestMs, coldUse.ingestMs)}, data files ${phase(use.writeMs, coldUse.writeMs)}, pages ${phase(use.pages?.ms ?? null, coldUse.pages?.ms ?? null)}` +
      (coldReally ? '' : `; COLD BUILD NOT COLD: ${cold.kept.join(' | ') || 'it printed no cache line'}`),
    budget: `≤ ${(REBUILD_BUDGET_RATIO * 100).toFixed(0)} % of a cold build (issue 14 item 3)`,
    pass: coldReally && changed && ratio <= REBUILD_BUDGET_RATIO,
  });
  const a = use.analysis;
  rows.push({
    section: 'scale',
    measure: `analysis cache on that rebuild, ${label}`,
    figure: a ? `${a.reused.toLocaleString('en')} reused, ${a.analysed.toLocaleString('en')} analysed = ${percent(a.reused, a.reused + a.analysed)} hit rate` : `no "analysis cache:" line in the build's output (${warm.kept.join(' | ') || 'none'})`,
    budget: 'only the edited article analysed',
    pass: a !== null && a.analysed === 1,
  });
  const p = use.pages;
  rows.push({
    section: 'scale',
    measure: `page cache (prerendered pages) on that rebuild, ${label}`,
    figure: p
      ? `${p.fromCache.toLocaleString('en')} of ${p.pages.toLocaleString('en')} pages from the cache = ${percent(p.fromCache, p.pages)} hit rate, ${(p.ms / 1000).toFixed(1)} s prerendering (cold: ${coldUse.pages ? `${(coldUse.pages.ms / 1000).toFixed(1)} s` : '—'})`
      : 'no "Prerendered N pages" line in the build\'s output: no page cache to measure',
    budget: p ? `≥ ${percent(p.pages - PAGES_CHANGED_BY_ONE_EDIT, p.pages)} (≤ ${PAGES_CHANGED_BY_ONE_EDIT} pages re-rendered)` : '',
    pass: p ? p.pages - p.fromCache <= PAGES_CHANGED_BY_ONE_EDIT : null,
  });
}

/** Runs `fn`, turning an exception into a failed row so one broken part never hides the rest. */
async function guarded(rows: Row[], section: string, measure: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 160);
    rows.push({ section, measure, figure: `ERROR: ${msg}`, budget: '', pass: false });
  }
}

function printTable(rows: Row[]): void {
  const head = ['section', 'measure', 'figure', 'budget', 'result'];
  const cells = rows.map((r) => [r.section, r.measure, r.figure, r.budget, r.pass === null ? '' : r.pass ? 'pass' : 'FAIL']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join(' | ').trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of cells) console.log(line(c));
}

async function main(): Promise<void> {
  const opt = parseArgs(process.argv.slice(2));
  const root = process.cwd();
  // A directory of its own per run: the working tree is shared, and two runs must not
  // regenerate each other's corpora mid-build.
  const work = resolve(root, '.bench', `run-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
  mkdirSync(work, { recursive: true });
  const rows: Row[] = [];
  const notes: string[] = [];
  const raw: Record<string, unknown> = {};
  const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
  const started = Date.now();

  if (opt.only.has('engine')) {
    log('engine vs compromise');
    await guarded(rows, 'engine', 'engine vs compromise quotations()', async () => {
      const e = measureEngine();
      raw.engine = e;
      const ratio = e.engineMBps / e.compromiseMBps;
      rows.push(
        {
          section: 'engine',
          measure: `engine vs compromise quotations(), same ${(e.textMB * 1000).toFixed(0)} kB text`,
          figure: `${e.engineMBps.toFixed(2)} vs ${e.compromiseMBps.toFixed(3)} MB/s = ${ratio.toFixed(1)}× (both warm ${e.warmSpeedup}×)`,
          budget: '≥ 20×',
          pass: ratio >= 20,
        },
        {
          section: 'engine',
          measure: `engine on a ${e.large.mb} MB article`,
          figure: `${(e.large.ms / 1000).toFixed(1)} s, ${e.large.mbps} MB/s; time per MB ${e.linearity.toFixed(2)}× the 0.5 MB article's`,
          budget: 'linear (≤ 1.5×)',
          pass: e.linearity <= 1.5,
        },
      );
    });
  }

  const needBundled = ['size', 'lighthouse', 'filter', 'search', 'mine', 'scale'].some((s) => opt.only.has(s as Section));
  const floorDir = join(work, 'build-floor');
  const bundledDir = join(work, 'build-bundled');
  let floor = null as FirstPageJs | null;
  let bundledOk = false;
  const builds: Record<string, { articles: number; cost: BuildCost }> = {};
  if (needBundled) {
    log('building the floor app and the bundled corpus');
    if (opt.only.has('size') || opt.only.has('scale')) await guarded(rows, 'size', 'floor app build', async () => {
      const f = await buildFloor(floorDir, root);
      if (!f.ok) throw new Error(`floor build failed: ${f.tail}`);
      floor = firstPageJs(floorDir);
      raw.floor = floor;
    });
    const cost = await buildApp(bundledDir, null, root);
    bundledOk = cost.ok;
    const articles = bundledOk ? data<Manifest>(bundledDir, 'data/manifest.json').articleCount : readdirSync(resolve(root, 'src/content/articles')).length;
    builds.bundled = { articles, cost };
    rows.push(buildRow(`bundled corpus (${articles} articles)`, cost, null));
    if (bundledOk && (opt.only.has('size') || opt.only.has('scale'))) await guarded(rows, 'scale', 'flat pages, bundled', () => flatPageRows(rows, 'bundled', bundledDir, raw));
    if (opt.only.has('size') && bundledOk && floor) {
      await guarded(rows, 'size', 'first-page JS, bundled corpus', async () => {
        const site = firstPageJs(bundledDir);
        raw.sizeBundled = site;
        rows.push(sizeRow('first-page JS, bundled corpus', site, floor!, SIZE_BUDGETS.bundled, notes));
      });
    }
  }

  let browser = null as Browser | null;
  const browserNeeded = ['size', 'filter', 'search', 'mine', 'scale'].some((s) => opt.only.has(s as Section));
  try {
    if (bundledOk && (browserNeeded || opt.only.has('lighthouse'))) {
      const all = chunks(bundledDir);
      const seed = seedSlug(all);
      const most = [...all].sort((a, b) => b.quotes.length - a.quotes.length)[0]!;
      const server = await serve(bundledDir, root);
      try {
        if (opt.only.has('lighthouse')) {
          const routes = lighthouseRoutes(bundledDir, seed);
          log(`lighthouse on ${routes.map((r) => r.label).join(', ')}`);
          await guarded(rows, 'lighthouse', 'lighthouse', () => lighthouseRows(rows, notes, raw, 'lighthouse', server.url, routes, ''));
        }
        if (browserNeeded) browser = await launchBrowser();
        if (opt.only.has('size') && browser && floor) {
          // What Chromium really fetches, lazy route chunks included (the static count above cannot see
          // a route that the first page imports at once).
          await guarded(rows, 'size', 'JS fetched in Chromium', async () => {
            for (const [label, path] of [['/', '/'], ['seed article', `/articles/${encodeURIComponent(seed)}`]] as const) {
              const files = await scriptsLoaded(browser!, `${server.url}${path}`);
              const gz = files.reduce((s, f) => s + gzipSize(readFileSync(join(bundledDir, f))), 0);
              const ratio = gz / floor!.gzipBytes;
              raw[`scripts ${label}`] = files;
              rows.push({
                section: 'size',
                measure: `JS fetched in Chromium opening ${label}`,
                figure: `${kB(gz)} gz in ${files.length} file(s) = ${ratio.toFixed(2)} × floor`,
                budget: label === '/' ? `≤ ${SIZE_BUDGETS.bundled.toFixed(2)} × floor` : '',
                pass: label === '/' ? ratio <= SIZE_BUDGETS.bundled : null,
              });
            }
          });
        }
        if (opt.only.has('filter') && browser) {
          log(`speaker filter on ${most.slug} (${most.quotes.length} quotations)`);
          await guarded(rows, 'filter', 'speaker filter click → last DOM change', async () => {
            const f = await measureFilter(browser!, server.url, most.slug, 30);
            raw.filter = { ...f, slug: most.slug };
            notes.push(
              `Filter: toggled "${f.speaker.replace(/\s+/g, ' ')}" on /articles/${most.slug}; quotations highlighted after the two kinds of toggle: ${f.highlightedOn} and ${f.highlightedOff} of ${f.quotes}.`,
            );
            rows.push({
              section: 'filter',
              measure: `speaker filter click → last DOM change (${most.quotes.length} quotations, ${f.samplesMs.length} toggles)`,
              figure: `median ${ms(f.medianMs)}, p95 ${ms(f.p95Ms)}`,
              budget: 'median < 16 ms',
              pass: f.medianMs < 16,
            });
            rows.push(
              {
                section: 'filter',
                measure: 'speaker filter: toggles whose whole update is in the first frame after the click',
                figure: `${f.inNextFrame} of ${f.samplesMs.length}`,
                budget: '≥ half (the median)',
                pass: f.inNextFrame * 2 >= f.samplesMs.length,
              },
              {
                // The wait for the next frame is in this figure: compare it with a click that changes nothing.
                section: 'filter',
                measure: `speaker filter click → next paint (Event Timing entries ≥ 16 ms: ${f.slowEvents})`,
                figure: `median ${ms(f.paintMedianMs)}, p95 ${ms(f.paintP95Ms)}; a click that changes nothing: ${ms(f.idlePaintMedianMs)}`,
                budget: '',
                pass: null,
              },
            );
          });
        }
        if (opt.only.has('search') && browser) {
          log('search');
          await guarded(rows, 'search', 'search Enter → results', async () => {
            const s = await measureSearch(browser!, server.url, searchQueries(bundledDir, most));
            raw.searchBundled = s;
            rows.push(
              { section: 'search', measure: 'search, first query → results on screen (index download included)', figure: ms(s.firstMs), budget: '', pass: null },
              {
                section: 'search',
                measure: `search Enter → results on screen, index loaded (${s.samplesMs.length} queries)`,
                figure: `median ${ms(s.medianMs)} (query alone ${ms(s.pageMeasureMedianMs)}; snippets done ${ms(s.settledMedianMs)}), ${s.results} results`,
                budget: '< 50 ms',
                pass: s.medianMs < 50,
              },
            );
          });
        }
        if (opt.only.has('mine') && browser) {
          log('your articles: paste 50 kB, drop 20 files');
          await guarded(rows, 'mine', 'your articles', async () => {
            const paste = await measurePaste(browser!, server.url, root);
            const drop = await measureDrop(browser!, server.url, root);
            raw.mine = { paste, drop };
            const task = (t: number) => (t === 0 ? 'no main-thread task over 50 ms' : `longest main-thread task ${ms(t)}`);
            rows.push(
              {
                section: 'mine',
                measure: `paste a ${Math.round(paste.size / 1000)} kB article on /add → highlights on screen (${paste.samplesMs.length} runs, ${paste.count} quotations)`,
                figure: `median ${ms(paste.medianMs)}, worst ${ms(Math.max(...paste.samplesMs))}; while analysing: ${task(paste.longestTaskMs)}; first render's longest task ${ms(paste.longestRenderTaskMs ?? 0)}`,
                budget: '≤ 1 s; tasks ≤ 50 ms',
                pass: paste.medianMs <= 1000 && paste.longestTaskMs <= 50,
              },
              {
                section: 'mine',
                measure: `drop ${drop.size} files on /add → all added (${drop.count} added)`,
                figure: `${ms(drop.medianMs)}; ${task(drop.longestTaskMs)}`,
                budget: '≤ 10 s; tasks ≤ 50 ms',
                pass: drop.medianMs <= 10_000 && drop.count === drop.size && drop.longestTaskMs <= 50,
              },
            );
          });
        }
      } finally {
        await server.close();
      }
    }

    if (opt.only.has('scale') && bundledOk) {
      const sources = defaultSources(root);
      for (const n of opt.sizes) {
        const corpus = join(work, `corpus-${n}`);
        const outDir = join(work, `build-${n}`);
        log(`generating ${n} articles and building`);
        generateCorpus(sources, n, corpus);
        const load = loadavg()[0]!;
        const cost = await buildApp(outDir, corpus, root, false, true);
        builds[String(n)] = { articles: n, cost };
        const row = buildRow(`${n.toLocaleString('en')} articles`, cost, n >= 10_000 ? 120 : null, n >= 10_000 ? BUILD_PEAK_BUDGET_MB : null, load);
        // With the caches on (the rebuild below needs them filled): say what they already held. The
        // corpus's folder is new each run, so analyses miss; pages are keyed by address and data, so
        // an earlier run's identical corpus can leave them warm.
        const use = parseCacheUse(cost.kept.join('\n'));
        const held = cost.ok && use.analysis && use.pages ? `; caches on: ${use.analysis.reused.toLocaleString('en')} analyses and ${use.pages.fromCache.toLocaleString('en')} of ${use.pages.pages.toLocaleString('en')} pages reused` : '';
        rows.push({ ...row, figure: `${row.figure}${held}` });
      }
      raw.builds = builds;
      const large = Math.max(...opt.sizes);
      if (builds[String(large)]?.cost.ok) {
        const label = `${large.toLocaleString('en')} articles`;
        await guarded(rows, 'scale', `incremental rebuild, ${label}`, () => incrementalRows(rows, raw, label, join(work, `corpus-${large}`), join(work, `build-${large}`), root, log));
      }
      await guarded(rows, 'scale', 'engine as streaming JSONL', async () => {
        // The ingestion's heavy stage outside the build: `npm run -s quotes` over the largest corpus,
        // once whole and once as two shards side by side (what `split` + `xargs -P2` would do).
        const n = Math.max(...opt.sizes);
        const shards = writeJsonl(join(work, `corpus-${n}`), join(work, `corpus-${n}.jsonl`), 2);
        const whole = await runQuotesCli(join(work, `corpus-${n}.jsonl`), root);
        const parts = await Promise.all(shards.map((f) => runQuotesCli(f, root)));
        const wall = Math.max(...parts.map((p) => p.seconds));
        raw.quotesCli = { whole, shards: parts };
        const label = n.toLocaleString('en');
        rows.push(
          {
            section: 'scale',
            measure: `npm run -s quotes, ${label} articles, 1 process`,
            figure: whole.ok ? `${whole.seconds.toFixed(1)} s, peak ${mb(whole.peakMb)}` : `FAILED: ${whole.error ?? ''}`,
            budget: '',
            pass: whole.ok ? null : false,
          },
          {
            section: 'scale',
            measure: `npm run -s quotes, ${label} articles, 2 shards in parallel`,
            figure: parts.every((p) => p.ok)
              ? `${wall.toFixed(1)} s wall (${(whole.seconds / wall).toFixed(2)}× speed-up), peak ${mb(Math.max(...parts.map((p) => p.peakMb)))} each`
              : 'FAILED',
            budget: '',
            pass: parts.every((p) => p.ok) ? null : false,
          },
        );
      });
      await guarded(rows, 'scale', 'dev server start', async () => {
        // After the build of the same folder the analysis cache is warm: what a developer's
        // restart costs. Two starts; the better one counts (the machine is shared).
        const n = Math.max(...opt.sizes);
        const starts = [];
        for (let k = 0; k < 2; k++) starts.push(await measureDevStart(root, join(work, `corpus-${n}`), { port: await freePort() }));
        raw.devStart = starts;
        const best = starts.filter((x) => x.ok).sort((a, b) => a.seconds - b.seconds)[0];
        rows.push({
          section: 'scale',
          measure: `dev server start, ${n.toLocaleString('en')} articles (warm cache)`,
          figure: best ? `${best.seconds.toFixed(1)} s to the first /data/manifest.json (${starts.map((x) => (x.ok ? `${x.seconds.toFixed(1)} s` : 'failed')).join(', ')}; load ${loadavg()[0]!.toFixed(1)})` : `FAILED: ${starts[0]?.error ?? ''}`,
          budget: n >= 10_000 ? `< ${DEV_START_BUDGET_SECONDS} s` : '',
          pass: !best ? false : n >= 10_000 ? best.seconds < DEV_START_BUDGET_SECONDS : null,
        });
      });
      const pts = Object.values(builds).filter((b) => b.cost.ok).sort((a, b) => a.articles - b.articles);
      if (pts.length >= 3) {
        const [a, b, c] = [pts[0]!, pts[pts.length - 2]!, pts[pts.length - 1]!];
        const early = (b.cost.peakMb - a.cost.peakMb) / (b.articles - a.articles);
        const late = (c.cost.peakMb - b.cost.peakMb) / (c.articles - b.articles);
        const timeLate = (c.cost.seconds - b.cost.seconds) / (c.articles - b.articles);
        raw.extrapolation = {
          mbPerArticle: late,
          secondsPerArticle: timeLate,
          at100k: { seconds: c.cost.seconds + timeLate * (100_000 - c.articles), peakMb: c.cost.peakMb + late * (100_000 - c.articles) },
        };
        // Linear: the marginal memory per article at the large end is no more than 1.5× (plus noise) the small end's.
        rows.push({
          section: 'scale',
          measure: 'build memory growth',
          figure: `${(early * 1000).toFixed(0)} → ${(late * 1000).toFixed(0)} MB per 1,000 articles; 100k ≈ ${mb(c.cost.peakMb + late * (100_000 - c.articles))}, ${(c.cost.seconds + timeLate * (100_000 - c.articles)).toFixed(0)} s`,
          budget: 'linear (late ≤ 1.5 × early + 5)',
          pass: late * 1000 <= 1.5 * early * 1000 + 5,
        });
      }
      const largeDir = join(work, `build-${large}`);
      if (builds[String(large)]?.cost.ok) {
        if (floor) {
          await guarded(rows, 'size', `first-page JS, ${large} articles`, async () => {
            const site = firstPageJs(largeDir);
            raw.sizeLarge = site;
            rows.push(sizeRow(`first-page JS, ${large.toLocaleString('en')} articles`, site, floor!, SIZE_BUDGETS.large, notes));
          });
        }
        await guarded(rows, 'scale', `flat pages, ${large} articles`, () => flatPageRows(rows, `${large.toLocaleString('en')} articles`, largeDir, raw));
        await guarded(rows, 'scale', `data files, ${large} articles`, async () => {
          const d = dataSizes(largeDir);
          raw.dataLarge = d;
          const m = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
          rows.push(
            {
              section: 'scale',
              measure: `data, ${large.toLocaleString('en')} articles: first page (manifest + index page 0)`,
              figure: `${kB(d.firstPage.gzipBytes)} gz of ${d.files.toLocaleString('en')} files, ${m(d.totalBytes)}`,
              budget: '< 100 kB gz',
              pass: d.firstPage.gzipBytes < 100_000,
            },
            {
              section: 'scale',
              measure: `data, ${large.toLocaleString('en')} articles: largest file / search index`,
              figure: `${d.largest.path} ${m(d.largest.bytes)} (${kB(d.largest.gzipBytes)} gz); search ${d.search.files} file(s) ${m(d.search.bytes)}, largest ${kB(d.search.largestGzipBytes)} gz`,
              budget: '',
              pass: null,
            },
          );
        });
        const server = await serve(largeDir, root);
        browser ??= await launchBrowser();
        const b = browser;
        try {
          const n = large.toLocaleString('en');
          const link = 'main a[href*="/articles/"]';
          await guarded(rows, 'scale', `lighthouse, ${n} articles`, async () => {
            // The same five routes and budgets as the bundled rows; the article is the generated
            // copy of the bundled seed article (same text), else the home page's first.
            const routes = lighthouseRoutes(largeDir, largeSeed(largeDir, join(work, `corpus-${large}`), seedSlug(chunks(bundledDir))));
            log(`lighthouse at ${n} articles on ${routes.map((r) => r.label).join(', ')}`);
            await lighthouseRows(rows, notes, raw, 'scale', server.url, routes, `, ${n} articles`);
          });
          await guarded(rows, 'scale', `home first articles, ${n}`, async () => {
            const t = await timeToSelector(b, `${server.url}/`, link);
            raw.homeFirstMs = t;
            rows.push({ section: 'scale', measure: `home: first article visible, ${n} articles`, figure: ms(t), budget: '< 2000 ms', pass: t < 2000 });
          });
          await guarded(rows, 'scale', `home scroll, ${n}`, async () => {
            const s = await measureScroll(b, `${server.url}/`, link);
            raw.scroll = s;
            rows.push({
              section: 'scale',
              measure: `home scroll, ${n} articles (${s.frames} frames)`,
              figure: `${s.longFrames} frames > 50 ms (${(s.longShare * 100).toFixed(1)}%), p95 ${ms(s.p95FrameMs)}; ${s.linksSeen} seen, ${s.linksInDom} in DOM`,
              budget: '≤ 5% frames > 50 ms',
              pass: s.longShare <= 0.05,
            });
          });
          await guarded(rows, 'scale', `speakers page, ${n}`, async () => {
            const t = await timeToSelector(b, `${server.url}/speakers`, 'main a[href*="/speakers/"]');
            raw.speakersMs = t;
            rows.push({ section: 'scale', measure: `/speakers: first speaker visible, ${n} articles`, figure: ms(t), budget: '< 2000 ms', pass: t < 2000 });
          });
          await guarded(rows, 'scale', `speaker page, ${n}`, async () => {
            const speakers = data<SpeakerSummary[]>(largeDir, 'data/speakers.json');
            const top = [...speakers].sort((x, y) => y.quoteCount - x.quoteCount)[0];
            if (!top) throw new Error('no speakers in data/speakers.json');
            const t = await timeToSelector(b, `${server.url}/speakers/${encodeURIComponent(top.id)}`, 'main [data-quote-id], main [data-speaker]');
            raw.speakerMs = { id: top.id, ms: t };
            rows.push({
              section: 'scale',
              measure: `/speakers/${top.id} (${top.quoteCount} quotations): first quotation visible`,
              figure: ms(t),
              budget: '< 2000 ms',
              pass: t < 2000,
            });
          });
          await guarded(rows, 'scale', `search, ${n}`, async () => {
            const s = await measureSearch(b, server.url, searchQueries(largeDir, null));
            raw.searchLarge = s;
            rows.push(
              { section: 'scale', measure: `search, first query → results on screen (index download), ${n} articles`, figure: ms(s.firstMs), budget: '< 2000 ms', pass: s.firstMs < 2000 },
              {
                section: 'scale',
                measure: `search Enter → results on screen, index loaded, ${n} articles`,
                figure: `median ${ms(s.medianMs)} (query alone ${ms(s.pageMeasureMedianMs)}; snippets done ${ms(s.settledMedianMs)}), ${s.results} results`,
                budget: '< 50 ms',
                pass: s.medianMs < 50,
              },
            );
          });
          await guarded(rows, 'scale', `corpus export, ${n}`, async () => {
            const e = await measureExport(b, server.url);
            raw.exportLarge = e;
            rows.push({
              section: 'scale',
              measure: `export every quotation as JSON from /speakers (worker), ${n} articles`,
              figure: `${(e.ms / 1000).toFixed(1)} s, ${(e.bytes / 1e6).toFixed(1)} MB; longest main-thread task ${ms(e.longestTaskMs)} (${e.tasksOver50} over 50 ms)`,
              budget: 'no task > 200 ms',
              pass: e.longestTaskMs <= 200,
            });
          });
        } finally {
          await server.close();
        }
      }
    }
  } finally {
    if (browser) await browser.close();
  }

  if (opt.only.has('build100k') || opt.only.has('scale')) {
    // The large build alone, cold (no analysis cache: it would otherwise keep 100,000 entries and
    // make the next run warm), its corpus and output deleted at once (gigabytes).
    const n = opt.big;
    const label = `${n.toLocaleString('en')} articles, cold (--no-cache)`;
    await guarded(rows, 'scale', `build, ${label}`, async () => {
      const corpus = join(work, `corpus-${n}`);
      const outDir = join(work, `build-${n}`);
      log(`generating ${n} articles and building them cold`);
      generateCorpus(defaultSources(root), n, corpus);
      const load = loadavg()[0]!;
      try {
        const cost = await buildApp(outDir, corpus, root, true, true);
        raw.buildBig = { articles: n, cost, load };
        let files = '';
        if (cost.ok) {
          const d = dataSizes(outDir);
          files = `; data ${d.totalBytes >= 1e9 ? `${(d.totalBytes / 1e9).toFixed(2)} GB` : `${(d.totalBytes / 1e6).toFixed(0)} MB`} in ${d.files.toLocaleString('en')} files`;
        }
        const row = buildRow(label, cost, null, BUILD_PEAK_BUDGET_MB, load);
        rows.push({ ...row, figure: `${row.figure}${files}` });
        if (cost.ok) {
          const big = `${n.toLocaleString('en')} articles`;
          // Lighthouse on the cold build's output (kept until here for it), then the incremental
          // rebuild with that build as its cold reference.
          await guarded(rows, 'scale', `lighthouse, ${big}`, async () => {
            const seed = bundledOk ? seedSlug(chunks(bundledDir)) : null;
            const routes = lighthouseRoutes(outDir, largeSeed(outDir, corpus, seed));
            log(`lighthouse at ${big} on ${routes.map((r) => r.label).join(', ')}`);
            const server = await serve(outDir, root);
            try {
              await lighthouseRows(rows, notes, raw, 'scale', server.url, routes, `, ${big}`);
            } finally {
              await server.close();
            }
          });
          await guarded(rows, 'scale', `incremental rebuild, ${big}`, () => incrementalRows(rows, raw, big, corpus, outDir, root, log, { cost, load }));
        }
      } finally {
        if (!opt.keep) {
          rmSync(corpus, { recursive: true, force: true });
          rmSync(outDir, { recursive: true, force: true });
        }
      }
    });
  }

  const seconds = (Date.now() - started) / 1000;
  console.log(`\nQuote Reader benchmark — ${new Date().toISOString()}, ${cpus().length} cores, load ${loadavg().map((x) => x.toFixed(1)).join(' ')}, ${seconds.toFixed(0)} s${opt.quick ? ' (--quick)' : ''}\n`);
  printTable(rows);
  if (notes.length > 0) console.log(`\n${notes.map((n) => `- ${n}`).join('\n')}`);
  const failed = rows.filter((r) => r.pass === false);
  console.log(`\n${rows.filter((r) => r.pass === true).length} budgets pass, ${failed.length} fail. Figures are noisy on a shared machine: compare ratios from one run.`);
  mkdirSync(resolve(opt.json, '..'), { recursive: true });
  writeFileSync(opt.json, JSON.stringify({ date: new Date().toISOString(), cores: cpus().length, loadavg: loadavg(), seconds, quick: opt.quick, rows, notes, raw }, null, 2));
  console.log(`Results: ${opt.json}`);
  // Generated corpora and their builds are large (hundreds of MB at 10,000 articles).
  if (opt.keep) console.log(`Builds and corpora kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
  if (failed.length > 0 && !opt.noFail) process.exitCode = 1;
}

await main();
