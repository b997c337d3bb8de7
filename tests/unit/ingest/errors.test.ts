// The terminal output of the ingestion: the problem list and the warning table.
import { describe, expect, it } from 'vitest';
import { DEV_SERVER_REPORT, formatProblems, formatWarningTable, lineAt, location, type IngestWarning } from '../../../src/ingest/errors.ts';

describe('formatProblems', () => {
  it('groups by file in path order, with file:line, the message and the fix', () => {
    const text = formatProblems([
      { code: 'invalid-date', file: 'b.md', line: 3, message: 'Bad date.', fix: 'Write YYYY-MM-DD.' },
      { code: 'empty-file', file: 'a.md', line: null, message: 'Empty.', fix: 'Write it.' },
      { code: 'missing-title', file: 'b.md', line: 1, message: 'No title.', fix: 'Add one.' },
    ]);
    expect(text.split('\n')[0]).toBe('2 article files could not be ingested (3 problems). Fix them and the build will continue:');
    expect(text.indexOf('a.md\n')).toBeLessThan(text.indexOf('b.md:1'));
    expect(text.indexOf('b.md:1')).toBeLessThan(text.indexOf('b.md:3'));
    expect(text).toContain('  b.md:3\n    Bad date.\n    Fix: Write YYYY-MM-DD.');
  });
});

describe('formatWarningTable', () => {
  const warnings: IngestWarning[] = Array.from({ length: 35 }, (_, i) => ({
    code: i % 2 ? 'missing-date' : 'unattributed-quote',
    file: `articles/${i}.md`,
    line: i % 3 ? i : null,
    message: `Warning number ${i}`,
  }));

  it('summarises counts by kind, shows at most `limit` rows and counts the rest', () => {
    const table = formatWarningTable(warnings, 30);
    expect(table.split('\n')[0]).toBe('Ingestion warnings (35: 18 unattributed-quote, 17 missing-date); full list in ingest-report.json');
    expect(table).toContain('articles/1.md:1');
    expect(table).toContain('… and 5 more');
    expect(table.split('\n')).toHaveLength(2 + 30 + 1);
  });

  it('says so when there are none', () => {
    expect(formatWarningTable([])).toBe('Ingestion: no warnings.');
  });

  // Issue 10 item 11: the dev server writes no report, so it must not point to one.
  it.each([
    ['the build names its report file', 'dist.ingest-report.json', 'full list in dist.ingest-report.json'],
    ['the dev server says it writes none and how to get one', DEV_SERVER_REPORT, 'full list in the build report (the dev server writes none; `npm run build` writes dist.ingest-report.json)'],
  ])('%s', (_case, report, line) => {
    expect(formatWarningTable(warnings, 30, report).split('\n')[0]).toBe(`Ingestion warnings (35: 18 unattributed-quote, 17 missing-date); ${line}`);
    const many = Array.from({ length: 3 }, (_, i) => ({ code: 'empty-file' as const, file: `${i}.md`, line: null, message: 'Empty.', fix: 'Write it.' }));
    expect(formatProblems(many, 1, report)).toContain(`… and 2 more problems; every one is listed in ${report}.`);
  });
});

describe('helpers', () => {
  it('lineAt counts 1-based lines; location omits a missing line', () => {
    expect(lineAt('a\nb\nc', 0)).toBe(1);
    expect(lineAt('a\nb\nc', 2)).toBe(2);
    expect(lineAt('a\nb\nc', 4)).toBe(3);
    expect(location({ file: 'x.md', line: null })).toBe('x.md');
    expect(location({ file: 'x.md', line: 7 })).toBe('x.md:7');
  });
});
