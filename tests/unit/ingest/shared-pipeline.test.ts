// The shared pipeline at build time: Node, linkedom (the rows are in shared-pipeline-cases.ts).
import { describe, it } from 'vitest';
import { nodeParseEnvironment } from '../../../src/ingest/ingest-file.ts';
import { PIPELINE_CASES, runCase } from './shared-pipeline-cases.ts';

describe('shared pipeline, Node + linkedom (the build)', () => {
  it.each(PIPELINE_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    runCase(c, nodeParseEnvironment);
  });
});
