// Vite plugin: build-time ingestion of src/content/articles (or $ARTICLES_DIR).
//   build: start ingesting at buildStart (in parallel with bundling the app), check it in
//          generateBundle (bad files stop the build with one message listing them all), then
//          stream the data files into outDir. The whole build is written into a staging folder
//          beside outDir and swapped in only when complete: a failed or killed build leaves the
//          previous site as it was. ingest-report.json (it names the build machine's paths) goes
//          beside the site, never into it: <outDir>.ingest-report.json.
//   dev:   ingest at start, serve /data/* from memory, watch the folder and re-ingest only the
//          file that changed, then reload the page; problems show in the terminal and overlay.
import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { assemble, mapDirectory } from './ingest-directory.ts';
import { ingestPath } from './ingest-file.ts';
import { cacheDisabled, DEFAULT_CACHE_DIR, openAnalysisCache, pruneAnalysisCache, type AnalysisCache } from './analysis-cache.ts';
import { DEV_SERVER_REPORT, formatProblems, formatWarningTable, IngestError } from './errors.ts';
import type { FileResult } from './analyse-source.ts';
import { displayPath, isIgnoredName } from './read-sources.ts';
import { NO_CORRECTIONS, readCorrections } from './read-corrections.ts';
import { DEFAULT_DATA_OPTIONS, resolveDataFile, type DataOptions } from './write-data.ts';
import { reportPath, writeReport } from './write-report.ts';
import { streamRecordsFile } from './map-reduce.ts';
import { processAlive } from './spill.ts';
import { streamDirectory, type StreamedSite } from './stream-site.ts';

/** Options of the plugin; all optional. */
export interface ArticlesPluginOptions extends Partial<DataOptions> {
  /** Articles folder; default $ARTICLES_DIR (relative to the working directory) or <root>/src/content/articles. */
  dir?: string;
  /** Published corrections; default $CORRECTIONS_DIR, or <root>/src/content/corrections with the bundled corpus. */
  correctionsDir?: string;
  /**
   * Build from the map's records (JSONL, `npm run -s map`) instead of ingesting a folder: the
   * reduce of a map run elsewhere. Default $QUOTE_READER_RECORDS (`npm run build -- --records FILE`).
   */
  records?: string;
}

/** The folder to ingest: explicit option, then $ARTICLES_DIR (relative to cwd), then the bundled corpus. */
export function resolveArticlesDir(root: string, explicit?: string, env = process.env.ARTICLES_DIR): string {
  if (explicit) return resolve(root, explicit);
  if (env && env.trim()) return resolve(process.cwd(), env.trim());
  return resolve(root, 'src/content/articles');
}

/**
 * How the app names the articles folder: relative to the project when inside it, else only its
 * last segment (the build machine's absolute paths stay out of the published site).
 */
export function articlesFolderLabel(root: string, dir: string): string {
  const rel = relative(root, dir);
  if (rel === '') return '.';
  if (!rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  return `${basename(dir)} (the folder given by ARTICLES_DIR)`;
}

/**
 * The folder of published corrections: explicit option, then $CORRECTIONS_DIR (relative to cwd),
 * then src/content/corrections, but only for the bundled corpus: another ARTICLES_DIR has other
 * slugs, so it takes no corrections unless given some.
 */
export function resolveCorrectionsDir(root: string, options: ArticlesPluginOptions = {}, env = process.env): string | undefined {
  if (options.correctionsDir) return resolve(root, options.correctionsDir);
  const fromEnv = env.CORRECTIONS_DIR?.trim();
  if (fromEnv) return resolve(process.cwd(), fromEnv);
  if (options.dir || env.ARTICLES_DIR?.trim()) return undefined;
  return resolve(root, 'src/content/corrections');
}

/** Reads, validates and analyses the articles, and emits the `data/` files of the contract. */
export function articlesPlugin(options: ArticlesPluginOptions = {}): Plugin {
  const dataOptions: DataOptions = { ...DEFAULT_DATA_OPTIONS, ...stripUndefined(options) };
  let config: ResolvedConfig;
  let dir = '';
  let correctionsDir: string | undefined;
  let result: StreamedSite | null = null;
  let pending: Promise<StreamedSite> | null = null;
  let started = 0;
  // The folder the user asked for, and the staging folder the build really writes (build only).
  let finalOut: string | null = null;
  let staging: string | null = null;
  let complete = false;
  let cache: AnalysisCache | undefined;
  let recordsFile: string | undefined;

  return {
    name: 'quote-reader-articles',
    // Vitest loads this config too; its unit and component tests do not need the corpus.
    apply: (_config, env) => env.mode !== 'test',

    async config(userConfig, env) {
      const root = resolve(userConfig.root ?? process.cwd());
      // The empty-site message names the folder actually ingested (ARTICLES_DIR when set).
      const define = { 'import.meta.env.VITE_ARTICLES_FOLDER': JSON.stringify(articlesFolderLabel(root, resolveArticlesDir(root, options.dir))) };
      if (env.command !== 'build') return { define };
      finalOut = resolve(root, userConfig.build?.outDir ?? 'dist');
      await refuseForeignFolder(finalOut);
      await removeStaleStaging(finalOut);
      staging = stagingFolder(finalOut, process.pid);
      return { define, build: { outDir: staging, emptyOutDir: true } };
    },

    configResolved(resolved) {
      config = resolved;
      dir = resolveArticlesDir(resolved.root, options.dir);
      correctionsDir = resolveCorrectionsDir(resolved.root, options);
    },

    buildStart() {
      if (config.command !== 'build') return;
      started = performance.now();
      // Not awaited: the bundler (native threads) builds the app while the articles are ingested.
      // Each file's analysis is kept by content outside the site: a rebuild analyses only what changed.
      const records = options.records ?? process.env.QUOTE_READER_RECORDS?.trim();
      if (records) {
        // The map ran elsewhere (docs/scale.md): this build is only the reduce of its records.
        recordsFile = resolve(process.cwd(), records);
        pending = streamRecordsFile(recordsFile, correctionsDir);
      } else {
        cache = cacheDisabled() ? undefined : openAnalysisCache(resolve(config.root, DEFAULT_CACHE_DIR));
        // Older engines' entries go while this one's are made (never awaited: it cannot fail the build).
        if (cache) void pruneAnalysisCache(resolve(config.root, DEFAULT_CACHE_DIR));
        // Streamed (docs/decisions/086-streaming-build.md): each article is spilled to a temporary
        // file as it is analysed; memory keeps compact rows, and writeBundle writes the site in one pass.
        pending = streamDirectory(dir, { ...(correctionsDir ? { correctionsDir } : {}), ...(cache ? { cache } : {}) });
      }
      pending.catch(() => undefined);
    },

    async generateBundle() {
      if (!pending) return;
      result = await pending;
      pending = null;
      if (!result.ok) {
        await writeReport(finalOut ?? resolve(config.root, config.build.outDir), result).catch(() => undefined);
        result.dispose();
        throw new IngestError(result.problems);
      }
      config.logger.info(
        `Ingested ${result.report.articleCount} articles from ${displayPath(recordsFile ?? dir)} (${result.report.quoteCount} quotations, ${result.report.speakerCount} speakers) in ${Math.round(performance.now() - started)} ms${result.workers ? ` on ${result.workers} worker threads` : ''}${recordsFile ? ' (the map\'s records)' : cache ? `; analysis cache: ${cache.stats.hits} reused, ${cache.stats.misses} analysed` : '; analysis cache off (--no-cache)'}`,
      );
      if (result.warnings.length) config.logger.warn(formatWarningTable(result.warnings, undefined, displayPath(reportPath(finalOut ?? resolve(config.root, config.build.outDir)))));
    },

    async writeBundle() {
      if (!result) return;
      const started = performance.now();
      const outDir = resolve(config.root, config.build.outDir);
      let written;
      try {
        written = await result.write(outDir, dataOptions);
      } finally {
        result.dispose();
      }
      const report = await writeReport(finalOut ?? outDir, result);
      complete = true;
      const kb = Object.entries(written.bytes).map(([k, b]) => `${k} ${(b / 1024).toFixed(0)} kB/${written.ms[k]} ms`).join(', ');
      config.logger.info(`Wrote ${written.files} data files (${kb}) in ${Math.round(performance.now() - started)} ms; the report is ${displayPath(report)}`);
    },

    // After every other plugin (the service worker is generated in closeBundle): swap the
    // complete staging folder in, or drop it when the build failed.
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler(error?: Error) {
        // A build stopped between the reduce and the writing leaves no temporary files.
        result?.dispose();
        pending?.then((r) => r.dispose(), () => undefined);
        if (!staging || !finalOut) return;
        const [from, to] = [staging, finalOut];
        staging = null;
        if (error || !complete) {
          await rm(from, { recursive: true, force: true });
          return;
        }
        await swapIn(from, to);
      },
    },

    async configureServer(server) {
      await startDevIngestion(server, dir, correctionsDir, dataOptions);
    },
  };
}

/** The staging folder of a build into `outDir` by process `pid`: hidden, beside it (same disk, so rename is cheap). */
export function stagingFolder(outDir: string, pid: number): string {
  return join(dirname(outDir), `.${basename(outDir)}.building-${pid}`);
}

/** Staging folders left by killed builds of `outDir` (their process is gone) are removed. */
async function removeStaleStaging(outDir: string): Promise<void> {
  const prefix = `.${basename(outDir)}.building-`;
  const names = await readdir(dirname(outDir)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (Number.isInteger(pid) && pid !== process.pid && processAlive(pid)) continue;
    await rm(join(dirname(outDir), name), { recursive: true, force: true });
  }
}


/**
 * The build replaces outDir as a whole, so outDir must be empty or a previous site (it has an
 * index.html): a folder of other files is refused rather than replaced.
 */
async function refuseForeignFolder(outDir: string): Promise<void> {
  const names = await readdir(outDir).catch(() => null);
  if (names === null || names.length === 0 || names.includes('index.html')) return;
  throw new Error(`The build output folder ${displayPath(outDir)} holds ${names.length} entr${names.length === 1 ? 'y' : 'ies'} (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}) but no index.html, so it is not a previous build; the build would replace it. Choose an empty or new folder with --outDir, or empty it yourself.`);
}

/** Puts the complete build `from` at `to`: the previous site moves aside, then is deleted. */
async function swapIn(from: string, to: string): Promise<void> {
  const previous = `${from}.previous`;
  let moved = false;
  try {
    await rename(to, previous);
    moved = true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  try {
    await rename(from, to);
  } catch (err) {
    // Put the previous site back rather than leave nothing.
    if (moved) await rename(previous, to).catch(() => undefined);
    throw err;
  }
  if (moved) await rm(previous, { recursive: true, force: true });
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([k, v]) => v !== undefined && k !== 'dir')) as Partial<T>;
}

const isInside = (dir: string, path: string) => {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

// Dev server: one FileResult per file kept in memory, so an edit re-ingests one file.
async function startDevIngestion(server: ViteDevServer, dir: string, correctionsDir: string | undefined, dataOptions: DataOptions): Promise<void> {
  const { logger } = server.config;
  const results = new Map<string, FileResult>();
  // Started as the build maps a folder: unchanged files from the analysis cache, the rest on the
  // worker pool when there are many; then each edit re-ingests one file in this thread.
  const cache = cacheDisabled() ? undefined : openAnalysisCache(resolve(server.config.root, DEFAULT_CACHE_DIR));
  if (cache) void pruneAnalysisCache(resolve(server.config.root, DEFAULT_CACHE_DIR));
  const mapped = await mapDirectory(dir, cache ? { cache } : {});
  if (mapped.folderMissing) results.set(dir, mapped.results[0]!);
  mapped.files.forEach((file, i) => results.set(file.path, mapped.results[i]!));
  const readPublished = () => (correctionsDir ? readCorrections(correctionsDir) : Promise.resolve(NO_CORRECTIONS));
  let corrections = await readPublished();
  let current = assemble(results.values(), corrections);

  const report = (initial: boolean) => {
    if (!current.ok) {
      const message = formatProblems(current.problems, undefined, DEV_SERVER_REPORT);
      logger.error(`\n${message}\n`, { timestamp: true });
      server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'quote-reader-articles' } });
    } else if (initial) {
      logger.info(`Ingested ${current.site.articles.length} articles from ${displayPath(dir)}${mapped.workers ? ` on ${mapped.workers} worker threads` : ''}${cache ? ` (analysis cache: ${cache.stats.hits} reused, ${cache.stats.misses} analysed)` : ''}; serving /data/ from memory and watching for edits.`);
      if (current.warnings.length) logger.warn(formatWarningTable(current.warnings, 10, DEV_SERVER_REPORT));
    }
  };
  report(true);

  // A browser that connects later (first load, reload) still sees the overlay.
  server.ws.on('connection', () => {
    if (!current.ok) report(false);
  });

  const pending = new Map<string, 'update' | 'remove'>();
  let timer: NodeJS.Timeout | null = null;
  const flush = async () => {
    timer = null;
    const batch = [...pending];
    pending.clear();
    results.delete(dir);
    for (const [path, what] of batch) {
      if (correctionsDir && isInside(correctionsDir, path)) corrections = await readPublished();
      else if (what === 'remove') results.delete(path);
      else results.set(path, await ingestPath({ path, display: displayPath(path) }));
    }
    current = assemble(results.values(), corrections);
    const names = batch.map(([p, what]) => `${displayPath(p)}${what === 'remove' ? ' (deleted)' : ''}`).join(', ');
    if (current.ok) {
      logger.info(`Articles updated: ${names}. ${current.site.articles.length} articles.`, { timestamp: true });
      server.ws.send({ type: 'custom', event: 'quote-reader:data-update', data: { files: batch.map(([p]) => displayPath(p)) } });
      server.ws.send({ type: 'full-reload', path: '*' });
    } else report(false);
  };
  const onChange = (what: 'update' | 'remove') => (path: string) => {
    const abs = resolve(path);
    if (!isInside(dir, abs) && !(correctionsDir && isInside(correctionsDir, abs))) return;
    if (abs.split(/[\\/]/).some((part) => isIgnoredName(part))) return;
    pending.set(abs, what);
    if (timer) clearTimeout(timer);
    // Editors save in bursts (temp file, rename); wait for the burst to settle.
    timer = setTimeout(() => void flush(), 60);
  };
  server.watcher.add(dir);
  if (correctionsDir) server.watcher.add(correctionsDir);
  server.watcher.on('add', onChange('update'));
  server.watcher.on('change', onChange('update'));
  server.watcher.on('unlink', onChange('remove'));
  // A deleted sub-folder may arrive as one event for the folder, not one per file.
  server.watcher.on('unlinkDir', (path: string) => {
    const gone = resolve(path);
    for (const file of results.keys()) if (isInside(gone, file)) onChange('remove')(file);
  });

  const base = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
  server.middlewares.use((req, res, next) => {
    const url = (req.url ?? '').split('?')[0]!;
    if (!url.startsWith(`${base}data/`)) return next();
    const body = resolveDataFile(current.site, url.slice(base.length), dataOptions);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    if (body === null) {
      res.statusCode = 404;
      res.end(JSON.stringify({ error: 'Not found', path: url }));
    } else res.end(body);
  });
}
