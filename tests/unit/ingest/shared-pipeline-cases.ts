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
  // Issue 10 item 13: odd titles, one row per class; the same rules at build time and on /add.
  {
    name: 'a title of only zero-width spaces is rejected, naming the file and the title line',
    file: 'zw.md',
    bytes: () => encode('---\ndate: 2024-05-01\ntitle: "\u200B\u200B\u2060\u200B"\n---\n\nThe council met.\n'),
    check: (r) => {
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.problems).toEqual([expect.objectContaining({ code: 'missing-title', file: 'zw.md', line: 3 })]);
      expect(r.problems[0]!.message).toContain('no visible characters');
      expect(r.problems[0]!.fix).toContain('visible characters');
    },
  },
  {
    name: 'a title of Hangul fillers and a byte order mark is rejected too',
    file: 'fill.md',
    bytes: () => encode('---\ntitle: "\u3164\uFEFF\u115F"\n---\n\nThe council met.\n'),
    check: (r) => {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]).toMatchObject({ code: 'missing-title', line: 2 });
    },
  },
  {
    name: 'a right-to-left override in a title is removed, with a warning naming the file and the character',
    file: 'rlo.md',
    bytes: () => encode('---\ntitle: "Invoice \u202Egnp.exe\u202C attached"\n---\n\nThe council met.\n'),
    check: (r) => {
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.parsed.meta.title).toBe('Invoice gnp.exe attached');
      const w = r.parsed.warnings.find((x) => x.code === 'title-cleaned');
      expect(w).toMatchObject({ file: 'rlo.md', line: 2 });
      expect(w!.message).toContain('right-to-left override U+202E');
      expect(w!.message).toContain('pop directional formatting U+202C');
    },
  },
  {
    name: 'control characters and bidi isolates in a saved page’s title are removed with a warning',
    file: 'ctl.html',
    bytes: () => encode('<!doctype html><html><head><title>Bell\u0007 and \u2067isolate\u2069 headline</title></head><body><article><h1>Bell\u0007 and \u2067isolate\u2069 headline</h1><p>The council met on Tuesday and approved the harbour plan after a long debate.</p></article></body></html>'),
    check: (r) => {
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.parsed.meta.title).toBe('Bell and isolate headline');
      expect(r.parsed.warnings.find((x) => x.code === 'title-cleaned')?.message).toMatch(/U\+0007.*|right-to-left isolate U\+2067/);
    },
  },
  {
    name: 'a 10,000-character title is rejected with its length, the limit and the fix',
    file: 'long.md',
    bytes: () => encode(`---\ntitle: ${'word '.repeat(2000).trim()}\n---\n\nThe council met.\n`),
    check: (r) => {
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.problems).toEqual([expect.objectContaining({ code: 'title-too-long', file: 'long.md', line: 2 })]);
      expect(r.problems[0]!.message).toContain('9,999 characters long; at most 300');
      expect(r.problems[0]!.fix).toContain('Shorten the title');
    },
  },
  {
    name: 'zero-width joiners inside a title are kept (emoji sequences, Persian need them)',
    file: 'zwj.md',
    bytes: () => encode('---\ntitle: "Family \u{1F468}\u200D\u{1F469}\u200D\u{1F467} day in \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"\n---\n\nThe council met.\n'),
    check: (r) => {
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.parsed.meta.title).toBe('Family \u{1F468}\u200D\u{1F469}\u200D\u{1F467} day in \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645');
      expect(r.parsed.warnings.some((x) => x.code === 'title-cleaned')).toBe(false);
    },
  },
  {
    name: 'an article over 5 MB of text gets a huge-article warning naming the file',
    file: 'huge.md',
    bytes: () => encode(`---\ntitle: A very long record\n---\n\n${Array.from({ length: 26_000 }, (_, i) => `Paragraph ${i} of the record, in which the council discussed the harbour plan at length and at leisure, again and again, for the minutes.`.padEnd(200, '.')).join('\n\n')}\n`),
    check: (r) => {
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const w = r.parsed.warnings.find((x) => x.code === 'huge-article');
      expect(w).toMatchObject({ file: 'huge.md' });
      expect(w!.message).toMatch(/5\.\d million characters/);
    },
  },
];

/** Runs one row in the given environment. */
export function runCase(c: PipelineCase, env: ParseEnvironment): ParseResult {
  const result = parseSource(decodeSource({ path: c.file, display: c.file }, c.bytes()), env, c.overrides);
  c.check(result);
  return result;
}
