// Records and CSV: every field, the link to each quotation, and CSV that a spreadsheet (and a
// strict RFC 4180 parser) reads back to the same values, whatever the quotation holds.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { articleLinkOf, RECORD_FIELDS, recordsOf, type RecordArticle } from '../../../src/export/quote-records.ts';
import { csvOf, UTF8_BOM } from '../../../src/export/quote-csv.ts';

const TEXT = 'Intro.\n\n“Yes, we will,” Ann Lee said.\n\n“Line one\n\nline two, “inner” end”';
const article: RecordArticle = {
  slug: 'council-bridge',
  title: 'Council approves the bridge',
  date: '2024-05-01',
  source: 'Example Gazette',
  url: 'https://example.org/bridge',
  text: TEXT,
  quotes: [
    { id: 'q1', start: TEXT.indexOf('“Yes'), end: TEXT.indexOf(' Ann'), kind: 'direct', speaker: { id: 'ann-lee', name: 'Ann Lee' }, mention: null, cue: { start: TEXT.indexOf('said'), end: TEXT.indexOf('said') + 4 }, confidence: 0.93, reason: 'r' },
    { id: 'c1', start: TEXT.indexOf('“Line'), end: TEXT.length, kind: 'direct', speaker: null, mention: null, cue: null, confidence: 1, reason: 'r',
      correction: { by: 'reader', action: 'add', engine: null } },
  ],
};

describe('recordsOf', () => {
  const records = recordsOf(article, articleLinkOf('https://example.org/quote-reader/', article.slug));

  it('gives every field of a quotation', () => {
    expect(records[0]).toEqual({
      quotation: '“Yes, we will,”', speaker_name: 'Ann Lee', speaker_id: 'ann-lee', speaker_type: null, kind: 'direct',
      cue: 'said', confidence: 0.93, corrected: 'no', article_title: 'Council approves the bridge', date: '2024-05-01',
      source: 'Example Gazette', original_url: 'https://example.org/bridge',
      link: 'https://example.org/quote-reader/articles/council-bridge#q1',
    });
    expect(records[1]).toMatchObject({ speaker_name: null, corrected: 'yes', link: 'https://example.org/quote-reader/articles/council-bridge#c1' });
  });

  it('keeps one speaker’s quotations when asked', () => {
    expect(recordsOf(article, 'x', 'ann-lee').map((r) => r.speaker_id)).toEqual(['ann-lee']);
  });

  it('reads the speaker type when the engine gives one', () => {
    const typed = { ...article, quotes: [{ ...article.quotes[0]!, speaker: { id: 'x', name: 'X', type: 'organisation' as const } }] };
    expect(recordsOf(typed, 'l')[0]!.speaker_type).toBe('organisation');
  });
});

describe('csvOf', () => {
  const records = recordsOf(article, articleLinkOf('/', article.slug));

  it('starts with a BOM and the header row, CRLF line ends', () => {
    const csv = csvOf(records, true);
    expect(csv.startsWith(`${UTF8_BOM}${RECORD_FIELDS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('reads back to the same values: commas, quotes and line breaks inside fields', () => {
    const csv = csvOf(records, true) + csvOf(records.slice(0, 1), false);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...RECORD_FIELDS]);
    expect(parsed.data).toHaveLength(4);
    expect(parsed.data[1]![0]).toBe('“Yes, we will,”');
    expect(parsed.data[2]![0]).toBe('“Line one\n\nline two, “inner” end”');
    expect(parsed.data[2]![1]).toBe('');
    expect(parsed.data[3]).toEqual(parsed.data[1]);
  });

  it('quotes a straight double quote by doubling it (RFC 4180)', () => {
    const csv = csvOf([{ ...records[0]!, quotation: 'He said "no", twice' }], false);
    expect(csv.split(',')[0]).toBe('"He said ""no""');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    const csv = csvOf([{ ...records[0]!, source: '=HYPERLINK("x")' }], false);
    expect(Papa.parse<string[]>(csv).data[0]![10]).toBe("'=HYPERLINK(\"x\")");
  });

  it('writes nothing for an empty batch without header', () => {
    expect(csvOf([], false)).toBe('');
    expect(csvOf([], true)).toBe(`${UTF8_BOM}${RECORD_FIELDS.join(',')}\r\n`);
  });
});
