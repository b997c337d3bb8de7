// `npm run -s export` over a built site: CSV and JSON, one speaker, the base path in links, and
// clear errors for a wrong folder, format or speaker (before any output).
import Papa from 'papaparse';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDirectory } from '../../../src/ingest/ingest-directory.ts';
import { writeSiteData } from '../../../src/ingest/write-data.ts';
import { RECORD_FIELDS } from '../../../src/export/quote-records.ts';
import { ExportError, runExport } from '../../../scripts/export-quotes.ts';

let root: string;
let dist: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'qr-export-'));
  const articles = join(root, 'articles');
  dist = join(root, 'dist');
  mkdirSync(articles);
  writeFileSync(join(articles, 'bridge.md'), '---\ntitle: Council approves the bridge\ndate: 2024-05-01\nsource: Example Gazette\nurl: https://example.org/bridge\n---\n\n"We will build it, and soon," said Mayor Ann Lee.\n\nBo Chan, the treasurer, said: "It is paid for."\n');
  writeFileSync(join(articles, 'ferry.md'), '---\ntitle: Ferry returns\ndate: 2024-04-01\n---\n\n"The ferry is back," Ann Lee said on Monday.\n');
  const result = await ingestDirectory(articles, { workers: 0 });
  expect(result.problems).toEqual([]);
  await writeSiteData(result.site, dist);
  writeFileSync(join(dist, 'index.html'), '<script type="module" src="/quote-reader/assets/index-x.js"></script>');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function exportOf(args: string[]): Promise<{ out: string; count: number }> {
  let out = '';
  const count = await runExport([...args, '--dist', dist], (s) => {
    out += s;
  });
  return { out, count };
}

describe('export CLI', () => {
  it('writes every quotation as CSV with a header row and links under the site’s base path', async () => {
    const { out, count } = await exportOf(['--format', 'csv']);
    const rows = Papa.parse<Record<string, string>>(out.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.meta.fields).toEqual([...RECORD_FIELDS]);
    expect(count).toBe(3);
    expect(rows.data.map((r) => [r.quotation, r.speaker_name, r.article_title])).toEqual([
      ['"We will build it, and soon,"', 'Ann Lee', 'Council approves the bridge'],
      ['"It is paid for."', 'Bo Chan', 'Council approves the bridge'],
      ['"The ferry is back,"', 'Ann Lee', 'Ferry returns'],
    ]);
    expect(rows.data[0]!.link).toBe('/quote-reader/articles/council-approves-the-bridge#q1');
    expect(rows.data[0]!.original_url).toBe('https://example.org/bridge');
  });

  it('writes JSON, one speaker only, with --base-url for absolute links', async () => {
    const { out, count } = await exportOf(['--format', 'json', '--speaker', 'ann-lee', '--base-url', 'https://news.example/qr/']);
    const records = JSON.parse(out) as { speaker_id: string; link: string }[];
    expect(count).toBe(2);
    expect(records.map((r) => r.speaker_id)).toEqual(['ann-lee', 'ann-lee']);
    expect(records[1]!.link).toBe('https://news.example/qr/articles/ferry-returns#q1');
  });

  it('writes a valid empty JSON array when nothing matches', async () => {
    const { out } = await exportOf(['--format', 'json', '--speaker', 'bo-chan']);
    expect(JSON.parse(out)).toHaveLength(1);
  });

  it.each([
    [['--format', 'xml'], /--format must be csv or json/],
    [['--speaker', 'nobody'], /no speaker "nobody"/],
  ])('refuses %j with a clear message and no output', async (args, message) => {
    let out = '';
    await expect(runExport([...args, '--dist', dist], (s) => { out += s; })).rejects.toThrow(message);
    expect(out).toBe('');
  });

  it('names the missing folder and says to build first', async () => {
    await expect(runExport(['--dist', join(root, 'nowhere')], () => {})).rejects.toThrow(ExportError);
    await expect(runExport(['--dist', join(root, 'nowhere')], () => {})).rejects.toThrow(/does not exist\. Build the site first/);
  });
});
