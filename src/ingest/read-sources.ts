// Stage: list the article files of a folder and read each one (decoding is decode-source.ts,
// shared with the browser).
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { decodeSource, type DecodedSource, type SourceFile } from './decode-source.ts';
import { problem } from './errors.ts';

/** Path for messages: relative to cwd when inside it, else absolute. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel.startsWith('..') || rel === '' ? path : rel;
}

// Editor backups, OS metadata and dotfiles are not articles.
const IGNORED = /^(\.|~)|~$|^(Thumbs\.db|desktop\.ini)$|\.(swp|swo|tmp|bak|orig)$/i;

/** True for names the ingestion ignores (dotfiles, editor swap files). */
export function isIgnoredName(name: string): boolean {
  return IGNORED.test(name);
}

/** Every candidate file under `dir` (recursively), sorted by path so output is deterministic. */
export async function listSources(dir: string): Promise<SourceFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: SourceFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || isIgnoredName(entry.name)) continue;
    const parent = entry.parentPath;
    if (relative(dir, parent).split(/[\\/]/).some((part) => part.startsWith('.'))) continue;
    const path = join(parent, entry.name);
    files.push({ path, display: displayPath(path) });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Reads and decodes one file. */
export async function readSource(file: SourceFile): Promise<DecodedSource> {
  try {
    return decodeSource(file, await readFile(file.path));
  } catch (err) {
    return { ok: false, file, problems: [problem('unreadable-file', file.display, null, `The file could not be read: ${(err as Error).message}`, 'Check that the file exists and is readable.')] };
  }
}

