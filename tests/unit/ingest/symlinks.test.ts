// Symbolic links in the articles folder (issue 10, item 5): links to files and folders are
// followed; a dangling link, a loop or a second path to the same file is reported by name.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestDirectory } from '../../../src/ingest/ingest-directory.ts';

const root = mkdtempSync(join(tmpdir(), 'qr-links-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const article = (title: string) => `---\ntitle: ${title}\ndate: 2024-05-01\n---\n\n"We will act," said Mayor Ana Silva about ${title.toLowerCase()}.\n`;

const dir = join(root, 'articles');
const outside = join(root, 'elsewhere');
mkdirSync(join(dir, 'local'), { recursive: true });
mkdirSync(join(outside, 'folder'), { recursive: true });
writeFileSync(join(dir, 'local', 'plain.md'), article('Plain file article'));
writeFileSync(join(outside, 'linked.md'), article('Linked file article'));
writeFileSync(join(outside, 'folder', 'in-linked-folder.md'), article('Article in a linked folder'));
symlinkSync(join(outside, 'linked.md'), join(dir, 'link-to-file.md'));
symlinkSync(join(outside, 'folder'), join(dir, 'link-to-folder'));
symlinkSync(join(root, 'missing.md'), join(dir, 'dangling.md'));
symlinkSync(join(dir, 'self.md'), join(dir, 'self.md'));
symlinkSync(dir, join(dir, 'local', 'back-to-top'));
symlinkSync(join(dir, 'local', 'plain.md'), join(dir, 'again.md'));

describe('symbolic links in the articles folder', () => {
  it('follows links to files and folders, and names every link it cannot use', async () => {
    const result = await ingestDirectory(dir, { workers: 0 });
    expect(result.site.articles.map((a) => a.meta.title).sort()).toEqual(['Article in a linked folder', 'Linked file article', 'Plain file article']);
    const problems = result.problems.map((p) => [p.file.replace(`${root}/`, ''), p.code]);
    expect(problems.sort()).toEqual([
      ['articles/again.md', 'duplicate-file'],
      ['articles/dangling.md', 'broken-link'],
      ['articles/local/back-to-top', 'link-loop'],
      ['articles/self.md', 'link-loop'],
    ]);
    expect(result.ok).toBe(false);
    const dangling = result.problems.find((p) => p.code === 'broken-link')!;
    expect(dangling.message).toContain('missing.md');
    expect(dangling.fix).toMatch(/existing article file|delete the link/);
  });
});
