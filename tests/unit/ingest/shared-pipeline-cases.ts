// Rows run through the shared pipeline (parse-source.ts → analyse-source.ts) in both of its
// environments: Node with linkedom (shared-pipeline.test.ts) and a browser DOM (jsdom,
// shared-pipeline-dom.test.ts). Same rows, same expectations: one module, two callers.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { analyseSource } from '../../../src/ingest/analyse-source.ts';
import { decodeSource } from '../../../src/ingest/decode-source.ts';
import { parseSource, type ParseEnvironment, type ParseResult, type SourceOverrides } from '../../../src/ingest/parse-source.ts';

const root = resolve(import.meta.dirname, '../../..');
const bytes = (path: string) => new Uint8Array(readFileSync(resolve(root, path)));
const encode = (text: string) => new TextEncoder().encode(text);

/** One input and what the pipeline must make of it. */
export interface PipelineCase {
  name: string;
  file: string;
  bytes: () => Uint8Array;
  overrides?: SourceOverrides;
  check: (result: ParseResult) => void;
}

const SEED = 'President Obama Reveals He Threatened Putin Over Russian Hacking Attacks';

/** The rows. */
export const PIPELINE_CASES: PipelineCase[] = [
  {
    name: 'the seed page typed into the form: its title, its furniture removed, 17 quotations by Barack Obama',
    file: 'typed.txt',
    bytes: () => bytes('src/content/articles/obama-putin-hacking-seed.txt'),
    overrides: { origin: 'typed' },
    check: (r) => {
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.parsed.meta.title).toBe(SEED);
      expect(r.parsed.paragraphs.join('\n')).not.toContain('Must read');
      const a = analyseSource(r.parsed).article;
      expect(a.analysis.quotes).toHaveLength(17);
      expect(new Set(a.analysis.quotes.map((q) => q.speaker?.name))).toEqual(new Set(['Barack Obama']));
    },
  },
  {
    name: 'a saved HTML page: title, byline, site and canonical URL from its metadata, the body through Readability',
    file: 'page.html',
    bytes: () => bytes('tests/fixtures/html/news-site-jsonld.html'),
    check: (r) => {
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.parsed.meta).toMatchObject({ title: 'Harbour bridge reopens after two-year repair', source: 'The Coastal Herald', url: 'https://coastal-herald.example/news/harbour-bridge-reopens' });
      expect(r.parsed.paragraphs.length).toBeGreaterThan(2);
      expect(analyseSource(r.parsed).article.analysis.quotes.length).toBeGreaterThan(0);
    },
  },
  {
    name: 'a Markdown file with front matter',
    file: 'iodine.md',
    bytes: () => bytes('src/content/articles/wikinews-001-iodine-deficiency-australia.md'),
    check: (r) => {
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.parsed.meta.title).toMatch(/iodine/i);
    },
  },
  {
    name: 'a typed title wins, and the first line it replaces stays in the body',
    file: 'typed.txt',
    bytes: () => encode('The mayor spoke on Tuesday about the bridge.\n\n"We will open it in May," the mayor said.'),
    overrides: { origin: 'typed', title: 'Bridge to open in May' },
    check: (r) => {
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.parsed.meta.title).toBe('Bridge to open in May');
      expect(r.parsed.paragraphs[0]).toBe('The mayor spoke on Tuesday about the bridge.');
    },
  },
  {
    name: 'empty text: said in the form\'s words, with what to do',
    file: 'typed.txt',
    bytes: () => encode(''),
    overrides: { origin: 'typed' },
    check: (r) => {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems).toEqual([expect.objectContaining({ code: 'empty-file', message: 'There is no article text.', fix: expect.stringMatching(/Paste or type/) })]);
    },
  },
  {
    name: 'a source URL that is not a web address is refused',
    file: 'typed.txt',
    bytes: () => encode('A headline with enough words\n\nA paragraph of the body, long enough.'),
    overrides: { origin: 'typed', url: 'javascript:alert(1)' },
    check: (r) => {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems.map((p) => p.code)).toEqual(['front-matter-field']);
    },
  },
  {
    name: 'a Latin-1 file is not UTF-8, named with its line',
    file: 'latin1.md',
    bytes: () => bytes('tests/fixtures/bad/latin1.md'),
    check: (r) => {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]).toMatchObject({ code: 'not-utf8', file: 'latin1.md' });
    },
  },
  {
    name: 'an HTML shell with no article says so',
    file: 'shell.html',
    bytes: () => bytes('tests/fixtures/bad/empty-shell.html'),
    check: (r) => {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]!.code).toBe('html-no-article');
    },
  },
];

/** Runs one row in the given environment. */
export function runCase(c: PipelineCase, env: ParseEnvironment): ParseResult {
  const result = parseSource(decodeSource({ path: c.file, display: c.file }, c.bytes()), env, c.overrides);
  c.check(result);
  return result;
}
