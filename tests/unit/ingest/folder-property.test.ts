// The ingestion's promise as a property (issue 10, item 18): any folder of articles, mixing every
// class of issue 10 (long titles that differ at the end, identical titles, non-Latin speakers,
// furniture-like sentences, HTML text outside <p>, symbolic links, bad files), either builds with
// every good article's text present, or fails naming exactly the bad files — and still keeps
// every good article's text.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestDirectory } from '../../../src/ingest/ingest-directory.ts';

const scratch = mkdtempSync(join(tmpdir(), 'qr-folder-prop-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const LONG = 'Live updates: the council votes on the new bridge, the budget, the parks and the schools, as it happened on';
const SPEAKERS = ['Ana Silva', 'Владимир Путин', 'Αλέξης Τσίπρας', '习近平', 'Lech Wałęsa'];
const FURNITURE_LIKE = [
  'By Tuesday, officials said the bridge would reopen within the month.',
  'Get out and vote today, the mayor told the crowd of about two hundred people.',
  'Topics: the budget, the bridge and the schools were all on the agenda that night.',
];

/** One good article: its file name, bytes and a sentence that must reach the site. */
type Good = { kind: 'good'; name: string; body: string; marker: string; link?: boolean };
/** One bad article: its file name and bytes (or a dangling link). */
type Bad = { kind: 'bad'; name: string; body: string | null };

const title = fc.oneof(
  fc.constantFrom('Council approves the harbour plan', 'Same headline twice'),
  fc.integer({ min: 1, max: 40 }).map((d) => `${LONG} day ${d}`),
  fc.constantFrom('Путин встретился с Ципрасом', 'Wałęsa returns to Gdańsk'),
);

const good = (i: number): fc.Arbitrary<Good> =>
  fc.record({ format: fc.constantFrom('md', 'txt', 'html'), title, speaker: fc.constantFrom(...SPEAKERS), furniture: fc.constantFrom(...FURNITURE_LIKE), link: fc.boolean() }).map(({ format, title: t, speaker, furniture, link }) => {
    const marker = `"Article ${i} will stand," said ${speaker}.`;
    const name = `good-${i}.${format}`;
    if (format === 'md') return { kind: 'good', name, marker, link, body: `---\ntitle: ${JSON.stringify(t)}\ndate: 2024-05-0${(i % 9) + 1}\n---\n\n${furniture}\n\n${marker}\n` };
    if (format === 'txt') return { kind: 'good', name, marker, link, body: `Example Gazette\n${t}\n${furniture}\n${marker}\nRelated stories\nAnother headline here\n` };
    return { kind: 'good', name, marker, link, body: `<!doctype html><html><head><title>${t}</title></head><body><article><h1>${t}</h1><p>${furniture}</p><table><tr><td>${marker}</td></tr></table><dl><dd>The council meets again next week to discuss the harbour plan and the budget.</dd></dl></article></body></html>` };
  });

const bad = (i: number): fc.Arbitrary<Bad> =>
  fc.constantFrom<Bad>(
    { kind: 'bad', name: `bad-${i}.md`, body: '---\ndate: 2024-05-01\n---\n\nNo title here.\n' },
    { kind: 'bad', name: `bad-${i}.md`, body: '---\ntitle: A bad date\ndate: 2024-02-30\n---\n\nBody.\n' },
    { kind: 'bad', name: `bad-${i}.md`, body: '\u0000\u0001binary\u0000' },
    { kind: 'bad', name: `bad-${i}.md`, body: '---\ntitle: Explicit clash\nslug: clash\n---\n\nOne.\n' },
    { kind: 'bad', name: `bad-${i}.rtf`, body: '{\\rtf1 hello}' },
    { kind: 'bad', name: `bad-${i}.md`, body: null },
  );

const folder = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 3 })).chain(([g, b]) =>
  fc.tuple(fc.tuple(...Array.from({ length: g }, (_, i) => good(i))), fc.tuple(...Array.from({ length: b }, (_, i) => bad(i)))));

let run = 0;
describe('any article folder', () => {
  it('builds with every good text present, or fails naming exactly the bad files', async () => {
    await fc.assert(
      fc.asyncProperty(folder, async ([goods, bads]) => {
        const dir = join(scratch, `run-${run++}`);
        const elsewhere = `${dir}-linked`;
        mkdirSync(dir, { recursive: true });
        mkdirSync(elsewhere, { recursive: true });
        for (const g of goods) {
          if (g.link) {
            writeFileSync(join(elsewhere, g.name), g.body);
            symlinkSync(join(elsewhere, g.name), join(dir, g.name));
          } else writeFileSync(join(dir, g.name), g.body);
        }
        // Two explicit 'slug: clash' files clash with each other; a single one is a good article.
        const clashes = bads.filter((b) => b.body?.includes('slug: clash'));
        const realBad = bads.filter((b) => !(b.body?.includes('slug: clash') && clashes.length === 1));
        for (const b of bads) {
          if (b.body === null) symlinkSync(join(dir, 'missing-target.md'), join(dir, b.name));
          else writeFileSync(join(dir, b.name), b.body);
        }
        const result = await ingestDirectory(dir, { workers: 0 });
        const text = result.site.articles.map((a) => a.text).join('\n');
        for (const g of goods) expect(text, `${g.name} lost its text`).toContain(g.marker.replace(/^"|"$/g, '').slice(1, 20));
        expect(result.site.articles.length).toBe(goods.length + (bads.length - realBad.length));
        const named = new Set(result.problems.map((p) => p.file.split('/').pop()));
        expect([...named].sort()).toEqual(realBad.map((b) => b.name).sort());
        expect(result.ok).toBe(realBad.length === 0);
        const slugs = result.site.articles.map((a) => a.slug);
        expect(new Set(slugs).size).toBe(slugs.length);
        rmSync(dir, { recursive: true, force: true });
        rmSync(elsewhere, { recursive: true, force: true });
      }),
      { numRuns: 25 },
    );
  });
});
