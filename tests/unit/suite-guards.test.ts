// The test suite guards itself (issue 10, items 15 and 16): no test reads outside the repository,
// a missing golden file fails instead of being written, and a test that asserts nothing fails.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGolden, UPDATE_GOLDEN_COMMAND } from '../support/golden.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'qr-guards-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function testSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'fixtures' ? [] : testSources(join(dir, e.name))) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : []);
}

describe('the suite stands alone', () => {
  const files = testSources(join(ROOT, 'tests'));
  it('finds the test sources', () => expect(files.length).toBeGreaterThan(20));

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s reads nothing outside the repository', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    // Every relative path joined to the file's own folder must stay inside the repository.
    for (const m of source.matchAll(/join\(import\.meta\.dirname,\s*'([^']+)'/g)) {
      const target = resolve(dirname(file), m[1]!);
      expect(relative(ROOT, target).startsWith('..'), `${m[1]} leaves the repository`).toBe(false);
    }
    expect(source).not.toMatch(/['"`](?:\.\.\/)+shared\/|\/work\/shared/);
  });
});

describe('golden files', () => {
  it('a missing golden file fails, naming the regenerate command, and is not written', () => {
    const file = join(scratch, 'missing.json');
    expect(() => readGolden(file, { a: 1 })).toThrow(UPDATE_GOLDEN_COMMAND);
    expect(() => readFileSync(file)).toThrow(/ENOENT/);
  });

  it('package.json has the regenerate command', () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['test:update-golden']).toMatch(/^UPDATE_GOLDEN=1 vitest run/);
  });
});

describe('a test without an assertion', () => {
  it('fails under the projects\' setup (expect.hasAssertions)', () => {
    const dir = join(scratch, 'no-assertion');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    writeFileSync(join(dir, 'vitest.config.mjs'), `export default { test: { include: ['*.test.mjs'], setupFiles: [${JSON.stringify(join(ROOT, 'tests/support/assert-something.ts'))}] } };\n`);
    writeFileSync(join(dir, 'probe.test.mjs'), "import { expect, it } from 'vitest';\nit('asserts nothing', () => { const x = 1 + 1; void x; });\nit('asserts', () => { expect(1 + 1).toBe(2); });\n");
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--root', dir, '--reporter', 'verbose'], { encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' } });
    // eslint-disable-next-line no-control-regex -- strips the reporter's colours
    const out = `${run.stdout}${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    expect(run.status, out).not.toBe(0);
    expect(out).toMatch(/expected any number of assertion, but got none/);
    expect(out).toMatch(/1 failed \| 1 passed/);
  });
});
