// Golden files: compared, never written by a test run. A missing or stale file fails with the
// command that regenerates it (`npm run test:update-golden`, which sets UPDATE_GOLDEN=1); review
// the diff of what it writes before committing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect } from 'vitest';

/** The command that rewrites every golden file. */
export const UPDATE_GOLDEN_COMMAND = 'npm run test:update-golden';

/** True only under the explicit regenerate command. */
export const updatingGolden = (): boolean => process.env.UPDATE_GOLDEN === '1';

/** Reads the golden JSON at `file`; a missing file fails the test (and is written only when regenerating). */
export function readGolden<T>(file: string, actual: T): T {
  if (updatingGolden()) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
  if (!existsSync(file)) {
    throw new Error(`The golden file ${relative(process.cwd(), file)} is missing. Create it with \`${UPDATE_GOLDEN_COMMAND}\` and review what it writes.`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Asserts `actual` equals the golden JSON at `file` (see readGolden). */
export function expectGolden(file: string, actual: unknown): void {
  expect(actual, `differs from ${relative(process.cwd(), file)}; if the change is intended, run \`${UPDATE_GOLDEN_COMMAND}\``).toEqual(readGolden(file, actual));
}
