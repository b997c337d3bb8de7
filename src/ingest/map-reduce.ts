// The build as map and reduce over JSONL (issue 14 item 4, docs/scale.md), so a batch engine
// (GNU parallel over ssh, Hadoop Streaming, Spark's RDD.pipe) can run the expensive half:
//   task   one line per article: the listed file, its bytes inline (base64) when the mappers do
//          not share the articles folder;
//   map    task line → record line: the file's FileResult (parse, validation, engine), stateless:
//          a line's record depends on that line and the code only, so lines can be split, run
//          anywhere, retried and concatenated in any order;
//   reduce records → the corpus-wide steps (slugs, speaker ids, corrections: `assemble`) → the
//          site's data files, the same function `vite build` runs after its own map.
// Every record carries the pipeline version it was made with; the reduce takes only its own.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { FileResult } from './analyse-source.ts';
import { pipelineVersion } from './analysis-cache.ts';
import { assemble, type IngestResult } from './ingest-directory.ts';
import { ingestBytes, ingestPath } from './ingest-file.ts';
import { NO_CORRECTIONS, readCorrections, type PublishedCorrections } from './read-corrections.ts';
import { displayPath, type ListedSource } from './read-sources.ts';
import { StreamingReduce, type StreamedSite, type StreamLimits } from './stream-site.ts';

/** One map task: a listed file, with its bytes when the mapper cannot read `path`. */
export interface MapTask extends ListedSource {
  /** The file's bytes, base64; when present `path` is only used for its extension. */
  base64?: string;
}

/** One record line: the FileResult of one task and the pipeline that made it. */
export interface MapRecord {
  pipeline: string;
  result: FileResult;
}

/** A line of a JSONL input that is not what it should be; names the input and the line. */
export class JsonlError extends Error {
  constructor(readonly where: string, readonly line: number, problem: string, fix: string) {
    super(`${where}:${line}: ${problem} ${fix}`);
    this.name = 'JsonlError';
  }
}

let version: string | null = null;
/** This checkout's pipeline version, short: a record made by other code is refused by the reduce. */
export function recordPipeline(): string {
  version ??= createHash('sha256').update(pipelineVersion()).digest('hex').slice(0, 16);
  return version;
}

/** The task line of a listed file; with `bytes`, the file travels inside the line. */
export function taskLine(file: ListedSource, bytes?: Uint8Array): string {
  const task: MapTask = { path: file.path, display: file.display, ...(file.unusable ? { unusable: file.unusable } : {}) };
  if (bytes) task.base64 = Buffer.from(bytes).toString('base64');
  return JSON.stringify(task);
}

/** The task lines of every listed file, reading each file's bytes when `inline`. */
export async function* taskLines(files: readonly ListedSource[], inline: boolean): AsyncGenerator<string> {
  for (const file of files) {
    // An unreadable file travels without bytes: its mapper reports it by name, as the build does.
    const bytes = inline && !file.unusable ? await readFile(file.path).catch(() => undefined) : undefined;
    yield taskLine(file, bytes);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses one task line; throws a JsonlError naming `where` and `line`. */
export function parseTask(text: string, where: string, line: number): MapTask {
  const fix = 'Each line must be one task as written by `npm run -s map -- --tasks DIR`: {"path", "display", "base64"?}.';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new JsonlError(where, line, `not JSON (${(err as Error).message}).`, fix);
  }
  if (!isObject(value) || typeof value.path !== 'string' || typeof value.display !== 'string' || (value.base64 !== undefined && typeof value.base64 !== 'string')) {
    throw new JsonlError(where, line, 'not a map task.', fix);
  }
  return value as unknown as MapTask;
}

/** The map of one task: its FileResult (never throws for a bad article). */
export function mapTask(task: MapTask): Promise<FileResult> {
  const file: ListedSource = { path: task.path, display: task.display, ...(task.unusable ? { unusable: task.unusable } : {}) };
  if (task.base64 !== undefined && !task.unusable) return Promise.resolve(ingestBytes(file, Buffer.from(task.base64, 'base64')));
  return ingestPath(file);
}

/** The record line of a result. */
export function recordLine(result: FileResult): string {
  const record: MapRecord = { pipeline: recordPipeline(), result };
  return JSON.stringify(record);
}

/** Parses one record line and checks its shape and pipeline; throws a JsonlError naming `where` and `line`. */
export function parseRecord(text: string, where: string, line: number, pipeline: string = recordPipeline()): FileResult {
  const fix = 'Each line must be one record as written by `npm run -s map`.';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new JsonlError(where, line, `not JSON (${(err as Error).message}).`, fix);
  }
  if (!isObject(value) || typeof value.pipeline !== 'string' || !isObject(value.result)) throw new JsonlError(where, line, 'not a map record.', fix);
  const r = value.result;
  const shaped = typeof r.file === 'string' && Array.isArray(r.warnings) &&
    (r.ok === true ? isObject(r.article) && Array.isArray(r.removed) : r.ok === false && Array.isArray(r.problems));
  if (!shaped) throw new JsonlError(where, line, 'the record holds no file result.', fix);
  if (value.pipeline !== pipeline) {
    throw new JsonlError(where, line, `the record of ${r.file} was made by another version of the engine and ingestion (${value.pipeline}; this checkout is ${pipeline}).`,
      'Run the map again with this checkout (every machine on the same commit), or the reduce with the checkout that made the records.');
  }
  return r as unknown as FileResult;
}

/** The non-empty lines of `input`, numbered from 1. */
export async function* jsonLines(input: Readable): AsyncGenerator<{ text: string; line: number }> {
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    if (text.trim() !== '') yield { text, line };
  }
}

/** Every record of the inputs; a second record of one file is an error naming both places. */
export async function readRecords(inputs: readonly { name: string; stream: Readable }[]): Promise<FileResult[]> {
  const results: FileResult[] = [];
  await eachRecord(inputs, (r) => { results.push(r); });
  return results;
}

/** Each record of the inputs handed to `onRecord` as it is read (none kept); a second record of one file is an error naming both places. */
export async function eachRecord(inputs: readonly { name: string; stream: Readable }[], onRecord: (result: FileResult) => void): Promise<void> {
  const seen = new Map<string, string>();
  for (const { name, stream } of inputs) {
    for await (const { text, line } of jsonLines(stream)) {
      const result = parseRecord(text, name, line);
      const first = seen.get(result.file);
      if (first !== undefined) {
        throw new JsonlError(name, line, `a second record of ${result.file} (the first is at ${first}).`,
          'Give the reduce each mapper\'s output once: a retried task\'s output must replace the failed one, not be added to it.');
      }
      seen.set(result.file, `${name}:${line}`);
      onRecord(result);
    }
  }
}

/**
 * The streaming reduce of record lines (stream-site.ts): each record spilled as it is read, the
 * corpus-wide steps on compact rows; a bad line rejects with a JsonlError (temporary files removed).
 */
export async function streamRecords(inputs: readonly { name: string; stream: Readable }[], corrections: PublishedCorrections = NO_CORRECTIONS, limits?: StreamLimits): Promise<StreamedSite> {
  const reduce = new StreamingReduce(limits);
  try {
    await eachRecord(inputs, (r) => reduce.add(r));
    return reduce.finish(corrections);
  } catch (err) {
    reduce.discard();
    throw err;
  }
}

/** streamRecords of one records file (what `npm run build -- --records FILE` runs). */
export async function streamRecordsFile(path: string, correctionsDir?: string): Promise<StreamedSite> {
  const corrections = correctionsDir ? await readCorrections(correctionsDir) : NO_CORRECTIONS;
  return streamRecords([{ name: displayPath(path), stream: createReadStream(path) }], corrections);
}

/** The reduce: the records of every file (in any order) → problems, warnings, report and site. */
export function reduceRecords(results: readonly FileResult[], corrections?: PublishedCorrections): IngestResult {
  return assemble(results, corrections);
}

/** The reduce of one records file (what `npm run build -- --records FILE` runs); a bad line rejects with a JsonlError. */
export async function reduceRecordsFile(path: string, correctionsDir?: string): Promise<IngestResult> {
  const corrections = correctionsDir ? await readCorrections(correctionsDir) : NO_CORRECTIONS;
  const results = await readRecords([{ name: displayPath(path), stream: createReadStream(path) }]);
  return reduceRecords(results, corrections);
}
