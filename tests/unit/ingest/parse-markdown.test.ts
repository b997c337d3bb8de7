// Markdown with YAML front matter: metadata, line numbers, paragraphs and the offsets the
// engine's quotations index into.
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../../src/ingest/ingest-file.ts';
import { joinParagraphs, splitParagraphs } from '../../../src/ingest/paragraphs.ts';
import { parseMarkdown } from '../../../src/ingest/parse-markdown.ts';
import { validateMeta } from '../../../src/ingest/validate.ts';

const article = [
  '---',
  'title: "Mayor: the bridge stays open"',
  'date: 2024-03-05',
  'source: The Coastal Herald',
  'url: https://coastal-herald.example/news/1',
  'license: CC BY 4.0',
  'license_url: https://creativecommons.org/licenses/by/4.0/',
  'byline: Maria Lindqvist',
  'changed: true',
  'changes: Headline shortened',
  '---',
  '',
  'The mayor spoke   on Tuesday,',
  'after a long meeting.',
  '',
  '',
  '"It stays open," she said. <script>alert(1)</script> stays text.',
  '',
].join('\n');
const ingest = (text: string) => ingestBytes({ path: '/x/a.md', display: 'a.md' }, new TextEncoder().encode(text));

describe('parseMarkdown', () => {
  it('reads every front matter field with its line', () => {
    const r = parseMarkdown(article, 'a.md');
    if (!r.ok) throw new Error('expected ok');
    expect(r.source.meta).toMatchObject({ title: 'Mayor: the bridge stays open', date: '2024-03-05', changed: true });
    expect(r.source.metaLines).toMatchObject({ title: 2, date: 3, byline: 8, changes: 10 });
  });

  it('normalises whitespace inside paragraphs and keeps each paragraph’s source line', () => {
    const r = parseMarkdown(article, 'a.md');
    if (!r.ok) throw new Error('expected ok');
    expect(r.source.paragraphs).toEqual(['The mayor spoke on Tuesday, after a long meeting.', '"It stays open," she said. <script>alert(1)</script> stays text.']);
    expect(r.source.paragraphLines).toEqual([13, 17]);
  });

  it('accepts CRLF files and a byte-order mark', () => {
    const r = ingest(`\uFEFF${article.replace(/\n/g, '\r\n')}`);
    expect(r.ok).toBe(true);
  });
});

describe('validateMeta', () => {
  it('builds the license, normalises the date, defaults changed to false', () => {
    const r = validateMeta({ title: ' A  title ', date: '2024-03-05T08:30:00+01:00', license: 'CC BY 2.5' }, {}, 'a.md');
    if (!r.ok) throw new Error('expected ok');
    expect(r.meta).toMatchObject({ title: 'A title', date: '2024-03-05', license: { name: 'CC BY 2.5', url: null }, changed: false, slug: null });
  });

  it('warns about a missing date and unknown fields (typos) without failing', () => {
    const r = validateMeta({ title: 'T', auther: 'x' }, { auther: 4 }, 'a.md');
    if (!r.ok) throw new Error('expected ok');
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([['unknown-field', 4], ['missing-date', null]]);
  });

  it.each([['2024-02-29', true], ['2023-02-29', false], ['2024-13-01', false], ['2024-1-5', false], ['2024-05-01T25:00:00Z', false], ['2024-05-01 10:00', true]])(
    'date %s valid: %s',
    (date, valid) => {
      expect(validateMeta({ title: 'T', date }, {}, 'a.md').ok).toBe(valid);
    },
  );
});

describe('the article text the engine sees', () => {
  it('is the paragraphs joined by a blank line; paragraph offsets and quote offsets index into it', () => {
    const r = ingest(article);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const a = r.article;
    expect(a.text).toBe('The mayor spoke on Tuesday, after a long meeting.\n\n"It stays open," she said. <script>alert(1)</script> stays text.');
    expect(a.paragraphs.map((p) => a.text.slice(p.start, p.end))).toEqual(a.text.split('\n\n'));
    expect(a.analysis.quotes.length).toBeGreaterThan(0);
    for (const q of a.analysis.quotes) expect(a.text.slice(q.start, q.end)).toMatch(/^"It stays open,"/);
    expect(a.slug).toBe('mayor-the-bridge-stays-open');
    expect(a.meta.changes).toBe('Headline shortened');
  });

  it('joinParagraphs and splitParagraphs agree', () => {
    const ps = splitParagraphs('a  b\nc\n\n\n d \n\ne');
    expect(ps).toEqual([{ text: 'a b c', line: 1 }, { text: 'd', line: 5 }, { text: 'e', line: 7 }]);
    const { text, spans } = joinParagraphs(ps.map((p) => p.text));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['a b c', 'd', 'e']);
  });

  it('a front matter `slug` wins over the title', () => {
    const r = ingest(article.replace('date:', 'slug: bridge-open\ndate:'));
    expect(r.ok && r.article.slug).toBe('bridge-open');
  });
});
