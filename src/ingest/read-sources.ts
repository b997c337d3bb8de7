// Stage: list the article files of a folder and read each one (decoding is decode-source.ts,
// shared with the browser).
import { opendir, readFile, readlink, realpath, stat } from 'node:fs/promises';
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

/** A folder entry that cannot be read as an article, and why: the ingestion reports it by name. */
export interface UnusableEntry {
  code: 'broken-link' | 'link-loop' | 'duplicate-file' | 'not-a-file';
  message: string;
  fix: string;
}

/** A listed file; `unusable` when the entry is a broken link, a loop, a second path to one file… */
export interface ListedSource extends SourceFile {
  unusable?: UnusableEntry;
}

/**
 * Every candidate file under `dir` (recursively), sorted by path so output is deterministic.
 * Symbolic links are followed, to files and to folders; an entry that cannot be read as an
 * article (a dangling link, a link back into its own folder, a second path to a file or folder
 * already listed, a socket or device) is listed with the reason, so it is reported by name
 * instead of vanishing.
 */
export async function listSources(dir: string): Promise<ListedSource[]> {
  const files: ListedSource[] = [];
  const root = await realpath(dir);
  // Real path → the path it was first reached by: a second way to the same file or folder is reported.
  const candidates: { path: string; real: string; viaLink: boolean }[] = [];
  const seenDirs = new Map<string, string>([[root, dir]]);
  const unusable = (path: string, u: UnusableEntry) => files.push({ path, display: displayPath(path), unusable: u });
  type Folder = { path: string; real: string; ancestors: string[] };
  // The real tree first, linked folders after: a folder reached both ways is read by its real path.
  const queue: Folder[] = [{ path: dir, real: root, ancestors: [root] }];
  const linkedFolders: Folder[] = [];
  while (queue.length > 0 || linkedFolders.length > 0) {
    const { path: folder, real: realFolder, ancestors } = queue.length > 0 ? queue.shift()! : linkedFolders.shift()!;
    // Entry by entry (opendir), not readdir's array: a folder of a million files is not held twice.
    for await (const entry of await opendir(folder, { bufferSize: 1024 })) {
      if (isIgnoredName(entry.name)) continue;
      const path = join(folder, entry.name);
      // (The same string when the folder is its real path: a million paths are not kept twice.)
      let real = realFolder === folder ? path : join(realFolder, entry.name);
      let kind: 'file' | 'dir' | 'other' = entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : 'other';
      if (entry.isSymbolicLink()) {
        const target = await readlink(path).catch(() => '?');
        try {
          real = await realpath(path);
          const st = await stat(path);
          kind = st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
        } catch (err) {
          const loop = (err as NodeJS.ErrnoException).code === 'ELOOP';
          unusable(path, loop
            ? { code: 'link-loop', message: `The symbolic link points to "${target}", which links back to itself.`, fix: 'Point the link at the article file itself, or replace it with a copy of the file.' }
            : { code: 'broken-link', message: `The symbolic link points to "${target}", which does not exist.`, fix: 'Point the link at an existing article file, or delete the link.' });
          continue;
        }
      }
      if (kind === 'dir') {
        if (ancestors.includes(real)) {
          unusable(path, { code: 'link-loop', message: `This folder link leads back to ${displayPath(seenDirs.get(real) ?? real)}, which contains it: following it would never end.`, fix: 'Delete the link, or point it at a folder outside the articles folder.' });
        } else if (seenDirs.has(real)) {
          unusable(path, { code: 'duplicate-file', message: `This folder is the same as ${displayPath(seenDirs.get(real)!)}, already read: its articles would appear twice.`, fix: 'Delete the link, or the second link to the folder.' });
        } else {
          seenDirs.set(real, path);
          (entry.isSymbolicLink() ? linkedFolders : queue).push({ path, real, ancestors: [...ancestors, real] });
        }
      } else if (kind === 'file') {
        candidates.push({ path, real, viaLink: entry.isSymbolicLink() });
      } else {
        unusable(path, { code: 'not-a-file', message: 'This entry is not a regular file (a socket, a pipe or a device), so it cannot be read as an article.', fix: 'Move it out of the articles folder.' });
      }
    }
  }
  // One file reached by two paths is read once, by its real path when one was listed. Sorted so
  // the paths to one file are neighbours, the real path first: no map of every path (a million
  // files made the listing the build's largest memory before the analysis started).
  candidates.sort((a, b) => (a.real < b.real ? -1 : a.real > b.real ? 1 : Number(a.viaLink) - Number(b.viaLink) || (a.path < b.path ? -1 : 1)));
  let keep: { path: string; real: string } | undefined;
  for (const c of candidates) {
    if (keep && c.real === keep.real) {
      unusable(c.path, { code: 'duplicate-file', message: `This is the same file as ${displayPath(keep.path)}, already read: the article would appear twice.`, fix: 'Delete the link, or the second link to the file.' });
      continue;
    }
    keep = c;
    files.push({ path: c.path, display: displayPath(c.path) });
  }
  candidates.length = 0;
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

