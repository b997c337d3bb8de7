// The entry of the build's worker threads (ingest-pool.ts): one task is one listed file, the
// result is its FileResult. Never loaded from TypeScript at run time: worker-bundle.ts compiles
// it (and the pipeline it imports) to one .mjs file that plain Node loads, in Vite and in tsx.
import type { FileResult } from './analyse-source.ts';
import { ingestPath } from './ingest-file.ts';
import type { ListedSource } from './read-sources.ts';

/** The pool's task: reads, parses, validates and analyses one article (never throws for a bad one). */
export default function ingestTask(file: ListedSource): Promise<FileResult> {
  return ingestPath(file);
}
