// An export file assembled piece by piece: the same head, pieces and tail for the command line
// (streamed to stdout), the export worker (one Blob) and the page (one article), in CSV or JSON.
import { csvOf } from './quote-csv.ts';
import type { QuoteRecord } from './quote-records.ts';

/** The two export formats. */
export type ExportFormat = 'csv' | 'json';

/** How a file of records is written: a head, pieces of records, a tail. */
export interface FileWriter {
  head: string;
  /** A piece for `batch`, given how many records came before it. */
  piece(batch: readonly QuoteRecord[], before: number): string;
  /** The end, given how many records there were. */
  tail(count: number): string;
}

const CSV: FileWriter = { head: csvOf([], true), piece: (batch) => csvOf(batch, false), tail: () => '' };
// One record a line, so a JSON export can also be read line by line.
const JSON_ARRAY: FileWriter = {
  head: '[',
  piece: (batch, before) => batch.map((r, i) => `${before + i === 0 ? '\n' : ',\n'}${JSON.stringify(r)}`).join(''),
  tail: (count) => (count > 0 ? '\n]\n' : ']\n'),
};

/** The writer of a format. */
export function fileWriter(format: ExportFormat): FileWriter {
  return format === 'csv' ? CSV : JSON_ARRAY;
}

/** A whole file of records at once (one article, or the reader's own few). */
export function fileOf(format: ExportFormat, records: readonly QuoteRecord[]): string {
  const w = fileWriter(format);
  return w.head + w.piece(records, 0) + w.tail(records.length);
}
