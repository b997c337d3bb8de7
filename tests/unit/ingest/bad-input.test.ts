// Every kind of bad article file: the message names the file, the line where there is one,
// and says what to fix; all bad files are reported together.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, IngestError, type ProblemCode } from '../../../src/ingest/errors.ts';
import { assemble, ingestDirectory } from '../../../src/ingest/ingest-directory.ts';
import { ingestPath } from '../../../src/ingest/ingest-file.ts';
import { ingestBytes } from '../../../src/ingest/ingest-file.ts';

const BAD = join(import.meta.dirname, '../../fixtures/bad');
const display = (name: string) => relative(process.cwd(), join(BAD, name));

async function problemsOf(name: string) {
  const result = await ingestPath({ path: join(BAD, name), display: display(name) });
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

// [file, code, line (null: no line applies), words the message must contain, words the fix must contain]
const cases: [string, ProblemCode, number | null, RegExp, RegExp][] = [
  ['no-title.md', 'missing-title', 1, /no title/, /title: Your headline/],
  ['no-front-matter.md', 'missing-title', 1, /no front matter/, /---.*title:/],
  ['broken-yaml.md', 'front-matter-yaml', 2, /not valid YAML/, /double quotes/],
  ['duplicate-key.md', 'front-matter-yaml', 4, /unique/, /appear once/],
  ['front-matter-list.md', 'front-matter-not-mapping', 2, /key: value/, /one field per line/],
  ['unclosed-front-matter.md', 'front-matter-unclosed', 1, /never closed/, /"---"/],
  ['empty.md', 'empty-file', null, /empty/, /Write the article/],
  ['whitespace-only.md', 'empty-file', null, /only whitespace/, /Write the article/],
  ['empty-body.md', 'empty-body', null, /no body text/, /after the closing "---"/],
  ['binary.md', 'binary-file', 3, /binary/, /only text articles/],
  ['latin1.md', 'not-utf8', 2, /not valid UTF-8.*0xe9/, /UTF-8/],
  ['utf16.md', 'not-utf8', 1, /UTF-16/, /UTF-8/],
  ['invalid-date.md', 'invalid-date', 3, /"2023-02-29" is not a valid date/, /YYYY-MM-DD/],
  ['date-in-words.md', 'invalid-date', 3, /"last Tuesday" is not a valid date/, /YYYY-MM-DD/],
  ['bad-url.md', 'front-matter-field', 4, /"url" field must be a web address/, /https:\/\//],
  ['bad-slug.md', 'front-matter-field', 3, /"slug" field must be lowercase/, /hyphens/],
  ['article.rtf', 'unknown-extension', null, /Unknown file type "\.rtf"/, /Rename/],
  ['only-furniture.txt', 'missing-title', 1, /no title/, /headline on its own line/],
  ['empty-shell.html', 'html-no-article', null, /No article text/, /Markdown/],
  // Found by fuzzing: an unresolved YAML alias, and an HTML fragment with no <html> element.
  ['yaml-alias.md', 'front-matter-yaml', 2, /Unresolved alias/, /double quotes/],
  ['fragment.html', 'missing-title', null, /no title/, /<title>, an <h1>/],
];

describe('one bad file at a time', () => {
  it.each(cases)('%s → %s', async (name, code, line, message, fix) => {
    const problems = await problemsOf(name);
    const p = problems.find((x) => x.code === code);
    expect(p, JSON.stringify(problems)).toBeDefined();
    expect(p!.file).toBe(display(name));
    expect(p!.line).toBe(line);
    expect(p!.message).toMatch(message);
    expect(p!.fix).toMatch(fix);
    // The formatted message (what the build prints) carries all three.
    const text = formatProblems(problems);
    expect(text).toContain(line === null ? display(name) : `${display(name)}:${line}`);
    expect(text).toContain(`Fix: ${p!.fix}`);
  });

  it('names both files of a duplicate explicit slug, and another `slug` resolves it', async () => {
    const one = await ingestPath({ path: join(BAD, 'duplicate-one.md'), display: 'a/duplicate-one.md' });
    const two = await ingestPath({ path: join(BAD, 'duplicate-two.md'), display: 'a/duplicate-two.md' });
    const clash = assemble([one, two]);
    expect(clash.ok).toBe(false);
    expect(clash.problems.map((p) => [p.code, p.file, p.line])).toEqual([
      ['duplicate-slug', 'a/duplicate-one.md', 3],
      ['duplicate-slug', 'a/duplicate-two.md', 3],
    ]);
    expect(clash.problems[0]!.message).toContain('a/duplicate-two.md');
    expect(clash.problems[1]!.message).toContain('a/duplicate-one.md');
    expect(clash.problems[0]!.fix).toContain('slug: same-headline-twice-2');

    const renamed = readFileSync(join(BAD, 'duplicate-two.md'), 'utf8').replace('slug: same-headline-twice\n', 'slug: same-headline-twice-2\n');
    const fixed = assemble([one, ingestBytes({ path: 'b.md', display: 'a/duplicate-two.md' }, new TextEncoder().encode(renamed))]);
    expect(fixed.ok).toBe(true);
    expect(fixed.site.articles.map((a) => a.slug).sort()).toEqual(['same-headline-twice', 'same-headline-twice-2']);
  });
});

describe('derived slugs are unique on their own (issue 10, item 3)', () => {
  const md = (title: string, extra = '') => new TextEncoder().encode(`---\ntitle: ${JSON.stringify(title)}\ndate: 2024-05-01\n${extra}---\n\nThe body of ${title}.\n`);
  const ingest = (file: string, title: string, extra?: string) => ingestBytes({ path: file, display: file }, md(title, extra));

  it('two long titles that differ only at the end build, with different slugs', () => {
    const long = 'Live updates: the council votes on the new bridge, the budget, the parks and the schools, as it happened on';
    const result = assemble([ingest('a/day-1.md', `${long} day 1`), ingest('a/day-2.md', `${long} day 2`)]);
    expect(result.problems).toEqual([]);
    const slugs = result.site.articles.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(2);
    for (const s of slugs) expect(s.length).toBeLessThanOrEqual(80);
  });

  it('two identical titles build: the first file keeps the slug, the other gets a stable suffix and a warning', () => {
    const run = () => assemble([ingest('a/two.md', 'Same headline twice'), ingest('a/one.md', 'Same headline twice')]);
    const result = run();
    expect(result.ok).toBe(true);
    const bySlug = Object.fromEntries(result.site.articles.map((a) => [a.file, a.slug]));
    expect(bySlug['a/one.md']).toBe('same-headline-twice');
    expect(bySlug['a/two.md']).toMatch(/^same-headline-twice-[0-9a-f]{6}$/);
    expect(Object.fromEntries(run().site.articles.map((a) => [a.file, a.slug]))).toEqual(bySlug);
    const warning = result.warnings.find((w) => w.code === 'slug-suffixed');
    expect(warning?.file).toBe('a/two.md');
    expect(warning?.message).toContain('a/one.md');
  });

  it('an explicit slug keeps its address; the derived one that collides with it moves', () => {
    const result = assemble([ingest('a/derived.md', 'Council bridge'), ingest('a/explicit.md', 'Another title', 'slug: council-bridge\n')]);
    expect(result.ok).toBe(true);
    const bySlug = Object.fromEntries(result.site.articles.map((a) => [a.file, a.slug]));
    expect(bySlug['a/explicit.md']).toBe('council-bridge');
    expect(bySlug['a/derived.md']).toMatch(/^council-bridge-[0-9a-f]{6}$/);
  });

  it('an error naming many other files lists five, then "and N more"', () => {
    const files = Array.from({ length: 12 }, (_, i) => ingest(`a/f${String(i).padStart(2, '0')}.md`, `Title ${i}`, 'slug: same\n'));
    const result = assemble(files);
    expect(result.problems).toHaveLength(12);
    const message = result.problems[0]!.message;
    expect(message).toMatch(/^12 articles have the slug "same": this file and a\/f01\.md, a\/f02\.md, a\/f03\.md, a\/f04\.md, a\/f05\.md and 6 more\.$/);
  });
});

describe('a report of thousands of clashes stays linear (issue 14 item 5)', () => {
  const md = (title: string, extra = '') => new TextEncoder().encode(`---\ntitle: ${JSON.stringify(title)}\ndate: 2024-05-01\n${extra}---\n\nThe body.\n`);
  const many = (n: number, extra: string) => Array.from({ length: n }, (_, i) => ingestBytes({ path: `p${i}.md`, display: `corpus/copy-${String(i).padStart(5, '0')}.md` }, md('Same headline', extra)));

  it.each([
    ['explicit slugs (errors)', 'slug: same-headline\n', 'problems'],
    ['derived slugs (warnings)', '', 'warnings'],
  ] as const)('3,400 files sharing %s: one bounded line per file, every file named, ~0.5 kB each', (_label, extra, list) => {
    const files = many(3_400, extra);
    const result = assemble(files);
    const entries = list === 'problems' ? result.problems : result.warnings.filter((w) => w.code === 'slug-suffixed');
    expect(entries.length).toBeGreaterThanOrEqual(3_399);
    // Every file is named at least once: as the subject of its own line, or (the one keeping the
    // plain slug, which gets no warning) among the first files every other line names.
    const named = new Set(entries.map((e) => e.file));
    const unnamed = files.filter((f) => !named.has(f.file));
    expect(unnamed.length).toBeLessThanOrEqual(1);
    for (const f of unnamed) expect(entries[0]!.message).toContain(f.file);
    // Each message names five others and counts the rest: bounded, whatever the group's size.
    for (const e of entries) expect(e.message.length).toBeLessThan(500);
    expect(entries[0]!.message).toMatch(/and 3394 more/);
    const bytes = JSON.stringify(result.report, null, 2).length;
    // 84 MB before the cap; now linear: under 1 kB per clashing file.
    expect(bytes).toBeLessThan(3_400 * 1_000);
    console.log(`${list}: ${entries.length} entries, report ${(bytes / 1e6).toFixed(2)} MB`);
  });
});

describe('all bad files at once', () => {
  it('reports every bad file of the folder in one message, none dropped', async () => {
    const result = await ingestDirectory(BAD);
    expect(result.ok).toBe(false);
    const files = new Set(result.problems.map((p) => p.file));
    for (const [name] of cases) expect(files).toContain(display(name));
    expect(files).toContain(display('duplicate-one.md'));
    expect(files).toContain(display('duplicate-two.md'));
    expect(result.site.articles).toHaveLength(0);
    const error = new IngestError(result.problems);
    expect(error.message).toMatch(new RegExp(`^${files.size} article files could not be ingested`));
    for (const f of files) expect(error.message).toContain(f);
  });
});

describe('a flood of bad files', () => {
  it('lists the first problems in full and counts the rest', () => {
    const problems = Array.from({ length: 150 }, (_, i) => ({ code: 'unknown-extension' as const, file: `dir/f${String(i).padStart(3, '0')}.json`, line: null, message: 'Unknown file type', fix: 'Rename it' }));
    const text = formatProblems(problems);
    expect(text).toMatch(/^150 article files could not be ingested/);
    expect(text).toContain('dir/f099.json');
    expect(text).not.toContain('dir/f100.json');
    expect(text).toContain('… and 50 more problems; every one is listed in ingest-report.json.');
  });
});

describe('the articles folder itself', () => {
  it('a folder that does not exist (a typo in ARTICLES_DIR) is one clear problem', async () => {
    const result = await ingestDirectory(join(BAD, 'no-such-folder'));
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: 'missing-folder', file: display('no-such-folder') });
    expect(result.problems[0]!.message).toMatch(/does not exist/);
    expect(result.problems[0]!.fix).toMatch(/ARTICLES_DIR/);
  });

  it('an empty folder builds an empty site with a warning', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'qr-empty-'));
    try {
      const result = await ingestDirectory(empty);
      expect(result.ok).toBe(true);
      expect(result.warnings.map((w) => w.code)).toEqual(['no-articles']);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
