// Build-time: the quote engine's version is a hash of its sources (src/quotes/**), so every change
// to the engine, however small, makes the browser re-analyse the reader's own articles with it;
// nobody has to remember to bump a number.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** SHA-1 over the files of `dir` whose names match `include` (paths and contents, sorted by path), as hex. */
export function folderHash(dir: string, include: RegExp): string {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && include.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const hash = createHash('sha1');
  for (const file of files) hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** 12 hex digits of SHA-1 over the engine's source files (paths and contents, sorted by path). */
export function engineVersion(quotesDir: string): string {
  return folderHash(quotesDir, /\.ts$/).slice(0, 12);
}
