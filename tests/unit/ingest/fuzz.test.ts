// Property-based tests: whatever bytes or front matter an article holds, the ingestion never
// crashes; it returns an article whose offsets hold, or problems that name the file and a fix.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/ingest/errors.ts';
import { ingestBytes } from '../../../src/ingest/ingest-file.ts';
import type { FileResult } from '../../../src/ingest/analyse-source.ts';
import { SLUG_PATTERN } from '../../../src/common/slug.ts';

const encoder = new TextEncoder();
const files = ['a.md', 'b.txt', 'c.html', 'd.pdf'];

function checkResult(r: FileResult, file: string): void {
  expect(r.file).toBe(file);
  if (r.ok) {
    const a = r.article;
    expect(a.meta.title.length).toBeGreaterThan(0);
    expect(a.slug).toMatch(SLUG_PATTERN);
    expect(a.paragraphs.map((p) => a.text.slice(p.start, p.end)).join('\n\n')).toBe(a.text);
    for (const q of a.analysis.quotes) {
      expect(q.start).toBeGreaterThanOrEqual(0);
      expect(q.end).toBeLessThanOrEqual(a.text.length);
    }
    if (a.meta.date !== null) expect(a.meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  } else {
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) {
      expect(p.file).toBe(file);
      expect(p.message.length).toBeGreaterThan(5);
      expect(p.fix.length).toBeGreaterThan(5);
      if (p.line !== null) expect(p.line).toBeGreaterThanOrEqual(1);
    }
    expect(formatProblems(r.problems)).toContain(file);
  }
}

// Scalars YAML finds tricky: colons, quotes, anchors, tags, flow collections, dates, numbers.
const yamlish = fc.oneof(
  fc.string(),
  fc.constantFrom('', ':', ': x', '"', "'", '[a, b', '{a: 1}', '&a x', '*a', '!!binary x', '- item', '2024-02-30', '2024-05-01', 'null', '~', 'true', '1e9', '#', '|', '>', '@x', '`x`', '\t', '---'),
  fc.integer().map(String),
);
const key = fc.constantFrom('title', 'date', 'source', 'url', 'license', 'license_url', 'byline', 'slug', 'changed', 'changes', 'extra', 'title ');
const frontMatter = fc.array(fc.tuple(key, yamlish), { maxLength: 8 }).map((fields) => fields.map(([k, v]) => `${k}: ${v}`).join('\n'));
const body = fc.array(fc.oneof(fc.string(), fc.constantFrom('"quoted," he said.', '“curly', '”', '\n\n', '<script>x</script>', 'More articles', '- Advertisement -')), { maxLength: 12 }).map((parts) => parts.join(' '));

describe('fuzzing the ingestion', () => {
  it('random front matter and bodies: an article or clear problems, never a crash', () => {
    fc.assert(
      fc.property(frontMatter, body, fc.boolean(), (fm, text, closed) => {
        const source = `---\n${fm}\n${closed ? '---\n' : ''}\n${text}`;
        checkResult(ingestBytes({ path: '/f/a.md', display: 'a.md' }, encoder.encode(source)), 'a.md');
      }),
      { numRuns: 400 },
    );
  });

  it('random bytes in any supported or unsupported extension: never a crash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom(...files), (bytes, file) => {
        checkResult(ingestBytes({ path: `/f/${file}`, display: file }, bytes), file);
      }),
      { numRuns: 400 },
    );
  });

  it('random text as a scraped page or HTML page: never a crash', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.constantFrom('b.txt', 'c.html'), (text, file) => {
        checkResult(ingestBytes({ path: `/f/${file}`, display: file }, encoder.encode(text)), file);
      }),
      { numRuns: 300 },
    );
  });
});
