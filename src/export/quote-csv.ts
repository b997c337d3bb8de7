// CSV for spreadsheets: RFC 4180 (CRLF, quotes doubled, fields with commas, quotes or line breaks
// quoted) through papaparse rather than hand-written quoting, with a UTF-8 byte-order mark so
// spreadsheet programs read accents and curly quotes right.
import Papa from 'papaparse';
import { RECORD_FIELDS, type QuoteRecord } from './quote-records.ts';

/** The byte-order mark that tells spreadsheet programs the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** Rows of records as CSV; `header` adds the BOM and the header row (the first batch of a stream). */
export function csvOf(records: readonly QuoteRecord[], header: boolean): string {
  const rows = records.map((r) => RECORD_FIELDS.map((f) => r[f] ?? ''));
  const body = Papa.unparse({ fields: [...RECORD_FIELDS], data: rows }, { header, newline: '\r\n', quotes: false, escapeFormulae: true });
  if (rows.length === 0) return header ? `${UTF8_BOM}${RECORD_FIELDS.join(',')}\r\n` : '';
  return `${header ? UTF8_BOM : ''}${body}\r\n`;
}
