// The scale benchmark's corpus generator: canonical articles the ingestion accepts, unique slugs,
// deterministic output.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSources, GENERATED_MARKER, generateCorpus, generatedArticle } from '../../scripts/generate-corpus.ts';
import { parseMarkdown } from '../../src/ingest/parse-markdown.ts';
import { validateMeta } from '../../src/ingest/validate.ts';

const sources = defaultSources();
const dir = mkdtempSync(join(tmpdir(), 'qr-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generate-corpus', () => {
  it('reads every canonical bundled article as a source', () => {
    const md = readdirSync('src/content/articles').filter((f) => f.endsWith('.md'));
    expect(sources.length).toBe(md.length);
    expect(sources.length).toBeGreaterThan(0);
  });

  it('writes articles that the ingestion parses and validates, with unique slugs and titles', () => {
    const n = sources.length * 3 + 5;
    generateCorpus(sources, n, dir);
    const files = readdirSync(dir).filter((f) => f !== GENERATED_MARKER).sort();
    expect(files).toHaveLength(n);
    const slugs = new Set<string>();
    const titles = new Set<string>();
    for (const f of files) {
      const parsed = parseMarkdown(readFileSync(join(dir, f), 'utf8'), f);
      if (!parsed.ok) throw new Error(`${f}: ${JSON.stringify(parsed.problems)}`);
      const valid = validateMeta(parsed.source.meta, parsed.source.metaLines, f);
      if (!valid.ok) throw new Error(`${f}: ${JSON.stringify(valid.problems)}`);
      expect(parsed.source.paragraphs.length).toBeGreaterThan(0);
      slugs.add(String(parsed.source.meta.slug));
      titles.add(String(parsed.source.meta.title));
    }
    expect(slugs.size).toBe(n);
    expect(titles.size).toBe(n);
  });

  it('is deterministic and varies dates', () => {
    const a = generatedArticle(sources, 1234);
    expect(generatedArticle(sources, 1234)).toEqual(a);
    const dates = new Set(Array.from({ length: 200 }, (_, i) => /\ndate: ["']?([\d-]+)/.exec(generatedArticle(sources, i).text)?.[1]));
    expect(dates.size).toBeGreaterThan(150);
    expect(dates.has(undefined)).toBe(false);
  });

  // Issue 10, item 8: --out DIR deleted DIR first, whatever it held.
  it('refuses a non-empty folder it did not make, and leaves it as it was', () => {
    const theirs = join(dir, '..', `${dir.split('/').pop()}-theirs`);
    mkdirSync(theirs, { recursive: true });
    writeFileSync(join(theirs, 'my-article.md'), 'precious');
    try {
      expect(() => generateCorpus(sources, 3, theirs)).toThrow(/holds 1 entry \(my-article\.md\) that generate-corpus did not write/);
      expect(readdirSync(theirs)).toEqual(['my-article.md']);
      expect(readFileSync(join(theirs, 'my-article.md'), 'utf8')).toBe('precious');
    } finally {
      rmSync(theirs, { recursive: true, force: true });
    }
  });

  it('refuses the bundled articles folder', () => {
    const before = readdirSync('src/content/articles').sort();
    expect(() => generateCorpus(sources, 1, 'src/content/articles')).toThrow(/did not write/);
    expect(readdirSync('src/content/articles').sort()).toEqual(before);
  });

  it('empties and rewrites a folder it made before, and writes into a new or empty one', () => {
    const again = join(dir, '..', `${dir.split('/').pop()}-again`);
    try {
      generateCorpus(sources, 4, again);
      generateCorpus(sources, 2, again);
      expect(readdirSync(again).filter((f) => f !== GENERATED_MARKER)).toHaveLength(2);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
