// Temporary files of the streaming build (docs/decisions/086-streaming-build.md): what does not
// need to stay in memory between the passes (each article's record, each speaker's quotations,
// the search index's doc rows and sorted runs of postings) is appended to a file and read back
// by offset or line by line. Synchronous on purpose: one writer and reader, small pieces, and the
// build's passes are loops that must not interleave.
import { closeSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where a piece was appended: byte offset and length. */
export interface SpillRef {
  offset: number;
  length: number;
}

// Appends are gathered up to this many bytes before one write.
const WRITE_BUFFER_BYTES = 1 << 20;
// Sequential reads take this many bytes at a time.
const READ_CHUNK_BYTES = 1 << 20;

/** An append-only temporary file read back by offset or by line. */
export class SpillFile {
  private readonly fd: number;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Bytes appended so far (written or buffered). */
  size = 0;
  private flushed = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w+');
  }

  /** Appends `text` (UTF-8); returns where it is. */
  append(text: string): SpillRef {
    const buf = Buffer.from(text, 'utf8');
    const ref = { offset: this.size, length: buf.length };
    this.pending.push(buf);
    this.pendingBytes += buf.length;
    this.size += buf.length;
    if (this.pendingBytes >= WRITE_BUFFER_BYTES) this.flush();
    return ref;
  }

  /** Appends one line (`text` must hold no newline: JSON.stringify output never does). */
  appendLine(text: string): SpillRef {
    return this.append(`${text}\n`);
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    const buf = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
    let done = 0;
    try {
      while (done < buf.length) done += writeSync(this.fd, buf, done, buf.length - done, this.flushed + done);
    } catch (err) {
      // Most often a full disk: say which folder, and how to choose another.
      throw new Error(`The build could not write its temporary file ${this.path} (${(err as Error).message}). Free some space there, or point TMPDIR at a folder with room (the build keeps about as much as the articles' analyses take as JSON, ≈ 9 kB an article).`);
    }
    this.flushed += buf.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** The text at `ref`. */
  read(ref: SpillRef): string {
    if (ref.offset + ref.length > this.flushed) this.flush();
    const buf = Buffer.allocUnsafe(ref.length);
    let done = 0;
    while (done < ref.length) {
      const n = readSync(this.fd, buf, done, ref.length - done, ref.offset + done);
      if (n === 0) throw new Error(`${this.path}: ended at ${ref.offset + done} bytes, ${ref.length - done} bytes short of a spilled record`);
      done += n;
    }
    return buf.toString('utf8');
  }

  /** Every line appended, in order (without its newline). */
  *lines(): Generator<string> {
    this.flush();
    const chunk = Buffer.allocUnsafe(READ_CHUNK_BYTES);
    let position = 0;
    let carry: Buffer[] = [];
    for (;;) {
      const n = readSync(this.fd, chunk, 0, chunk.length, position);
      if (n === 0) break;
      position += n;
      let start = 0;
      for (let nl = chunk.indexOf(10, start); nl !== -1 && nl < n; nl = chunk.indexOf(10, start)) {
        const piece = chunk.subarray(start, nl);
        // UTF-8 never has a 0x0A byte inside a character, so a line is whole bytes.
        yield carry.length ? Buffer.concat([...carry, piece]).toString('utf8') : piece.toString('utf8');
        carry = [];
        start = nl + 1;
      }
      if (start < n) carry.push(Buffer.from(chunk.subarray(start, n)));
    }
    if (carry.length) yield Buffer.concat(carry).toString('utf8');
  }

  /** Closes the file (it stays on disk until its folder is removed). */
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

const PREFIX = 'quote-reader-build-';

// Folders left by builds that were killed (their process is gone): a killed build cannot clean up
// after itself, so the next one does.
function removeAbandoned(parent: string): void {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const m = new RegExp(`^${PREFIX}(\\d+)-`).exec(name);
    if (!m || Number(m[1]) === process.pid || processAlive(Number(m[1]))) continue;
    rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/** Whether process `pid` still runs (a permission error means it does, as someone else's). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A temporary folder for one build's spill files; `remove()` deletes it and everything in it. */
export class SpillDir {
  readonly path: string;
  private readonly open: SpillFile[] = [];
  private count = 0;

  constructor(parent: string = tmpdir()) {
    removeAbandoned(parent);
    this.path = mkdtempSync(join(parent, `${PREFIX}${process.pid}-`));
  }

  /** A new spill file named after `what`. */
  file(what: string): SpillFile {
    const f = new SpillFile(join(this.path, `${this.count++}-${what}`));
    this.open.push(f);
    return f;
  }

  /** Closes every file and deletes the folder. */
  remove(): void {
    for (const f of this.open.splice(0)) {
      try {
        f.close();
      } catch {
        // Already closed.
      }
    }
    rmSync(this.path, { recursive: true, force: true });
  }
}
