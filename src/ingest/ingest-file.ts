// The build's caller of the shared pipeline (ingest-source.ts): HTML pages are parsed with
// linkedom, which runs no scripts and needs no browser. The browser calls the same pipeline
// with its own DOMParser (src/mine/parse-in-page.ts).
import { parseHTML } from 'linkedom';
import { decodeSource, type DecodedSource, type SourceFile } from './decode-source.ts';
import { ingestSource, type FileResult, type ParseEnvironment } from './ingest-source.ts';

export type { FileResult } from './ingest-source.ts';

/** The Node environment of the parsers: linkedom documents. */
export const nodeParseEnvironment: ParseEnvironment = {
  parseDocument: (html) => parseHTML(html).document as unknown as Document,
};

/** Parses, validates and analyses one decoded file. Never throws: a crash becomes a problem. */
export function ingestDecoded(decoded: DecodedSource): FileResult {
  return ingestSource(decoded, nodeParseEnvironment);
}

/** Decodes and ingests one file from its bytes (used by tests and the dev server). */
export function ingestBytes(file: SourceFile, bytes: Uint8Array): FileResult {
  return ingestDecoded(decodeSource(file, bytes));
}
