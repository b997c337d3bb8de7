// `npm run -s reduce -- --out DIR [records.jsonl ...]`: the build's reduce half (docs/scale.md).
// Reads the map's record lines (from the files given, or stdin), runs the corpus-wide steps and
// writes the site's data files into DIR/data, exactly as `vite build` writes them into dist/data,
// and the report beside DIR (DIR.ingest-report.json). The new data/ is written aside and swapped
// in whole, so no file of a previous corpus stays behind. Published corrections as in the build:
// --corrections DIR, else $CORRECTIONS_DIR, else src/content/corrections unless $ARTICLES_DIR is set
// (the bundled corpus's corrections name its slugs); --no-corrections takes none.
// Exit 1 with every problem listed when an article is bad (the report is written all the same),
// or with the file and line of a malformed, duplicated or foreign record.
import { createReadStream } from 'node:fs';
import { access, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatProblems, formatWarningTable } from '../src/ingest/errors.ts';
import { JsonlError, streamRecords } from '../src/ingest/map-reduce.ts';
import { displayPath } from '../src/ingest/read-sources.ts';
import { NO_CORRECTIONS, readCorrections } from '../src/ingest/read-corrections.ts';
import { resolveCorrectionsDir } from '../src/ingest/vite-plugin.ts';
import { writeReport } from '../src/ingest/write-report.ts';

const ROOT = resolve(import.meta.dirname, '..');

async function main(args: string[]): Promise<number> {
  const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const outArg = value('--out');
  if (!outArg) {
    console.error('reduce: say where the data files go: npm run -s reduce -- --out DIR [records.jsonl ...] (stdin when no file is given).');
    return 2;
  }
  const out = resolve(outArg);
  const inputs = args.filter((a, i) => !a.startsWith('--') && !['--out', '--corrections'].includes(args[i - 1]!));
  const correctionsArg = value('--corrections');
  const correctionsDir = args.includes('--no-corrections') ? undefined : correctionsArg ? resolve(correctionsArg) : resolveCorrectionsDir(ROOT);
  for (const name of inputs) {
    if (name === '-') continue;
    const unreadable = await access(name).then(() => null, (err: Error) => err.message);
    if (unreadable) {
      console.error(`reduce: cannot read the records file ${name} (${unreadable}). Give the files written by \`npm run -s map\`, or none to read stdin.`);
      return 2;
    }
  }
  const started = performance.now();
  // Streamed (docs/decisions/086-streaming-build.md): each record is spilled as it is read, so the
  // reduce's memory holds compact rows, not the records.
  const result = await streamRecords(inputs.length === 0 || (inputs.length === 1 && inputs[0] === '-')
    ? [{ name: 'stdin', stream: process.stdin }]
    : inputs.map((name) => ({ name, stream: createReadStream(name) })), correctionsDir ? await readCorrections(correctionsDir) : NO_CORRECTIONS);
  const report = await writeReport(out, result);
  if (!result.ok) {
    result.dispose();
    console.error(formatProblems(result.problems));
    return 1;
  }
  if (result.warnings.length) console.error(formatWarningTable(result.warnings, 10, displayPath(report)));
  const staging = join(out, `.data.reducing-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  let written;
  try {
    written = await result.write(staging);
  } finally {
    result.dispose();
  }
  // Swap the complete data/ in: the previous one moves aside first, then goes.
  const previous = join(out, `.data.previous-${process.pid}`);
  await rename(join(out, 'data'), previous).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
  });
  await rename(join(staging, 'data'), join(out, 'data'));
  await rm(previous, { recursive: true, force: true });
  await rm(staging, { recursive: true, force: true });
  console.error(`Reduced ${result.records} records to ${result.report.articleCount} articles (${result.report.quoteCount} quotations, ${result.report.speakerCount} speakers): ${written.files} data files in ${displayPath(join(out, 'data'))} in ${Math.round(performance.now() - started)} ms; the report is ${displayPath(report)}`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof JsonlError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
}
