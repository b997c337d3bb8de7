// Stage: decode an article file's bytes as UTF-8 text, rejecting empty, binary and mis-encoded
// files with a problem that says how to fix them. Pure (no Node, no DOM): the build decodes the
// files it reads from disk with it, and the browser decodes the files a reader drops on /add.
import { problem, type IngestProblem } from './errors.ts';
import type { SourceFormat } from './types.ts';
import { own } from '../common/own.ts';

/** Extension (lowercase, with dot) → parser. Anything else is reported, never silently skipped. */
export const FORMATS: Record<string, SourceFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'scraped-page',
  '.html': 'html',
  '.htm': 'html',
};

/** One article file: found in the folder at build time, or picked or dropped in the browser. */
export interface SourceFile {
  /** Absolute path (build) or the file's name (browser): its extension picks the parser. */
  path: string;
  /** Name for messages: relative to the working directory (build), the file's name (browser). */
  display: string;
}

/** A file decoded to text, or the reason it cannot be. */
export type DecodedSource =
  | { ok: true; file: SourceFile; format: SourceFormat; text: string }
  | { ok: false; file: SourceFile; problems: IngestProblem[] };

/** The lower-case extension of a path or file name, with its dot ('' when it has none). */
export function extensionOf(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as UTF-8 text (BOM dropped, CRLF → LF) or explains why the file is not text. */
export function decodeSource(file: SourceFile, bytes: Uint8Array): DecodedSource {
  const fail = (...problems: IngestProblem[]): DecodedSource => ({ ok: false, file, problems });
  const format = own(FORMATS, extensionOf(file.path));
  if (!format) {
    const ext = extensionOf(file.path) || '(none)';
    return fail(problem('unknown-extension', file.display, null,
      `Unknown file type "${ext}": articles are .md (Markdown with front matter), .txt (a scraped page) or .html (a saved page).`,
      'Rename the file with one of those extensions, or move it out of the articles folder.'));
  }
  if (bytes.length === 0) {
    return fail(problem('empty-file', file.display, null, 'The file is empty.', 'Write the article (a title and at least one paragraph) or delete the file.'));
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(problem('not-utf8', file.display, 1, 'The file is encoded as UTF-16, not UTF-8.', 'Save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8).'));
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return fail(problem('binary-file', file.display, lineOfByte(bytes, nul),
      `The file looks binary (a NUL byte at byte ${nul}), not a text article.`,
      'Put only text articles in the articles folder; export documents to Markdown or plain text first.'));
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return fail(problem('not-utf8', file.display, lineOfByte(bytes, bad),
      `The file is not valid UTF-8 (invalid byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} at byte ${bad}); it is probably Latin-1 or Windows-1252.`,
      'Re-save the file as UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8`).'));
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    return fail(problem('empty-file', file.display, null, 'The file contains only whitespace.', 'Write the article (a title and at least one paragraph) or delete the file.'));
  }
  // Many other control characters (besides tab/newline) mean a binary or corrupted file.
  const control = controlCharacters(text);
  if (control.count > 8) {
    return fail(problem('binary-file', file.display, lineOf(text, control.first),
      `The file contains ${control.count} control characters (the first is U+${text.charCodeAt(control.first).toString(16).padStart(4, '0').toUpperCase()}); it looks binary or corrupted.`,
      'Put only text articles in the articles folder, or remove the stray control characters.'));
  }
  return { ok: true, file, format, text };
}

// C0 controls other than tab, LF and CR, plus DEL.
function controlCharacters(text: string): { count: number; first: number } {
  let count = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) {
      if (first === -1) first = i;
      count++;
    }
  }
  return { count, first };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

// Finds the first byte where UTF-8 decoding fails, to point the user at the line.
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return Math.max(0, bytes.length - 1);
}
