// Folders of the project the dev server must not watch: benchmark and scratch output written
// inside the project. Matched relative to the project root: a glob like '**/tmp/**' also matched
// the project itself when it lives under a /tmp/ or /out/ folder, and then no edit was seen.
import { isAbsolute, relative } from 'node:path';

/** Top-level folders of the project that hold generated files, not sources. */
export const SCRATCH_FOLDERS = ['.bench', 'tmp', 'out', 'dist'] as const;

/** A chokidar `ignored` matcher: true for paths inside one of SCRATCH_FOLDERS of `root`. */
export function scratchFolderMatcher(root: string): (path: string) => boolean {
  return (path) => {
    const rel = isAbsolute(path) ? relative(root, path) : path;
    if (rel.startsWith('..') || isAbsolute(rel)) return false;
    const first = rel.split(/[\\/]/)[0];
    return (SCRATCH_FOLDERS as readonly string[]).includes(first ?? '');
  };
}
