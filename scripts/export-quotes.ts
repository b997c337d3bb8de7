// CLI: every quotation of a built site as CSV or JSON on stdout, for researchers' pipelines.
//   npm run -s export -- --format csv|json [--speaker ID] [--dist DIR] [--base-url URL]
// Links point into the app; the base path is read from the built index.html unless --base-url
// gives the site's public address. Streams one article at a time, so any corpus size fits.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dataPaths } from '../src/contract/article-data.ts';
import { exportRecords, type SiteReader } from '../src/export/collect-records.ts';
import { fileWriter } from '../src/export/quote-file.ts';
import { articleLinkOf } from '../src/export/quote-records.ts';

/** A usage or input problem, printed without a stack trace. */
export class ExportError extends Error {}

/** Reads a built site's data files from `dist`. */
export function fileSiteReader(dist: string): SiteReader {
  const read = async <T>(path: string): Promise<T> => {
    const file = join(dist, path);
    let raw: string;
    try {
      raw = await readFile(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new ExportError(`${file} does not exist. Build the site first (npm run build), or give its folder with --dist DIR.`);
      throw err;
    }
    try {
      return JSON.parse(raw) as T;
    } catch (err) {
      throw new ExportError(`${file} is not valid JSON (${(err as Error).message}): rebuild the site.`);
    }
  };
  return {
    manifest: () => read(dataPaths.manifest()),
    indexPage: (n) => read(dataPaths.indexPage(n)),
    article: (slug) => read(dataPaths.article(slug)),
    speaker: async (id) => {
      try {
        return await read(dataPaths.speaker(id));
      } catch (err) {
        if (err instanceof ExportError && err.message.includes('does not exist')) {
          throw new ExportError(`There is no speaker "${id}" in ${dist}. Speaker ids are the last part of a speaker page's address (/speakers/ID).`);
        }
        throw err;
      }
    },
    speakerPage: (id, page) => read(dataPaths.speakerPage(id, page)),
  };
}

/** The site's base path as the build wrote it into index.html (the prefix of its assets). */
export async function basePathOf(dist: string): Promise<string> {
  try {
    const html = await readFile(join(dist, 'index.html'), 'utf8');
    const m = /(?:src|href)="([^"]*?)assets\//.exec(html);
    if (m && !/^[a-z]+:/i.test(m[1]!)) return m[1]!.startsWith('/') ? m[1]! : `/${m[1]!}`;
  } catch {
    // No index.html (a data-only folder): links are relative to the site's root.
  }
  return '/';
}

/** Writes the export to `write`; returns how many quotations it wrote. */
export async function runExport(argv: string[], write: (s: string) => void | Promise<void>): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { format: { type: 'string', default: 'csv' }, speaker: { type: 'string' }, dist: { type: 'string', default: 'dist' }, 'base-url': { type: 'string' } },
    strict: true,
  });
  const format = values.format;
  if (format !== 'csv' && format !== 'json') throw new ExportError(`--format must be csv or json, not "${format}".`);
  const dist = resolve(values.dist);
  const base = values['base-url'] ?? (await basePathOf(dist));
  const site = fileSiteReader(dist);
  const scope = { articleLink: (slug: string) => articleLinkOf(base, slug), ...(values.speaker !== undefined ? { speakerId: values.speaker } : {}) };
  // Fail before the first byte on a wrong folder or speaker, so a pipeline never sees half a file.
  await site.manifest();
  if (values.speaker !== undefined) await site.speaker(values.speaker);
  const file = fileWriter(format);
  let count = 0;
  await write(file.head);
  for await (const batch of exportRecords(site, scope)) {
    await write(file.piece(batch, count));
    count += batch.length;
  }
  await write(file.tail(count));
  return count;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  // Waits for the pipe to drain, so a slow consumer never makes the export buffer the corpus.
  const write = (s: string): void | Promise<void> => {
    if (!process.stdout.write(s)) return new Promise((done) => process.stdout.once('drain', () => done()));
  };
  runExport(process.argv.slice(2), write).then(
    (n) => process.stderr.write(`${n} quotation${n === 1 ? '' : 's'} exported.\n`),
    (err: unknown) => {
      process.stderr.write(`export: ${(err as Error).message}\n`);
      process.exit(1);
    },
  );
}
