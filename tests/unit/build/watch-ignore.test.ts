// The dev server watches the articles wherever the project lives (issue 10, item 12): scratch
// folders are matched relative to the project root, not as '**/tmp/**' over absolute paths.
import { join } from 'node:path';
import type { UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { scratchFolderMatcher } from '../../../src/build/watch-ignore.ts';
import viteConfig from '../../../vite.config.ts';

describe('scratchFolderMatcher', () => {
  it.each([
    ['/tmp/work/out/project', 'src/content/articles/a.md', false],
    ['/home/me/tmp/quote-reader', 'src/content/articles/a.md', false],
    ['/srv/out/build/tmp/qr', 'src/routes/home-page.tsx', false],
    ['/tmp/work/out/project', 'out/index.html', true],
    ['/tmp/work/out/project', 'tmp/scratch.md', true],
    ['/tmp/work/out/project', '.bench/corpus-10000/000001-a.md', true],
    ['/tmp/work/out/project', 'dist/data/manifest.json', true],
    ['/tmp/work/out/project', 'src/tmp-notes/a.md', false],
  ])('under %s, %s ignored: %s', (root, rel, ignored) => {
    expect(scratchFolderMatcher(root)(join(root, rel))).toBe(ignored);
  });

  it('leaves folders outside the project (an ARTICLES_DIR in /tmp) watched', () => {
    expect(scratchFolderMatcher('/home/me/qr')('/tmp/articles/a.md')).toBe(false);
  });

  it('is what vite.config.ts gives the dev server', () => {
    const ignored = (viteConfig as UserConfig).server?.watch?.ignored;
    expect(typeof ignored).toBe('function');
    const root = join(import.meta.dirname, '../../..');
    expect((ignored as (p: string) => boolean)(join(root, 'src/content/articles/x.md'))).toBe(false);
    expect((ignored as (p: string) => boolean)(join(root, 'tmp/x.md'))).toBe(true);
  });
});
