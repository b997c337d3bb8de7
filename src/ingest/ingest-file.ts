// The build's caller of the shared pipeline (parse-source.ts → analyse-source.ts): HTML pages are
// parsed with linkedom, which runs no scripts and needs no browser. The browser calls the same
// two modules with its own DOMParser (src/mine/add-articles.ts).
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { analyseSource, type FileResult } from './analyse-source.ts';
import { decodeSource, type DecodedSource, type SourceFile } from './decode-source.ts';
import { parseSource, type ParseEnvironment } from './parse-source.ts';
import { problem } from './errors.ts';
import type { ListedSource } from './read-sources.ts';

/** The Node environment of the parsers: linkedom documents. */
export const nodeParseEnvironment: ParseEnvironment = {
  parseDocument: (html) => parseHTML(html).document as unknown as Document,
};

/** Parses, validates and analyses one decoded file. Never throws: a crash becomes a problem. */
export function ingestDecoded(decoded: DecodedSource): FileResult {
  const r = parseSource(decoded, nodeParseEnvironment);
  return r.ok ? analyseSource(r.parsed) : r;
}

/** Decodes and ingests one file from its bytes (used by tests and the dev server). */
export function ingestBytes(file: SourceFile, bytes: Uint8Array): FileResult {
  return ingestDecoded(decodeSource(file, bytes));
}

/** Ingests one file from disk; a listed entry that cannot be an article becomes its problem. */
export async function ingestPath(file: ListedSource): Promise<FileResult> {
  if (file.unusable) {
    const u = file.unusable;
    return { ok: false, file: file.display, warnings: [], problems: [problem(u.code, file.display, null, u.message, u.fix)] };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file.path);
  } catch (err) {
    return { ok: false, file: file.display, warnings: [], problems: [problem('unreadable-file', file.display, null, `The file could not be read: ${(err as Error).message}`, 'Check that the file exists and is readable.')] };
  }
  return ingestBytes(file, bytes);
}
