// CI runs the guard rails, and the lint config is one only while it matches the tree: every file it names exists,
// an import cycle fails (type-only imports, erased at run time, are not counted by the rule), and a hook with a missing dependency fails (issue 10, item 17).
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';

const CONFIG_FILE = resolve('eslint.config.js');
// Loaded by its file URL: the config is plain JavaScript with no type declarations.
const config = ((await import(pathToFileURL(CONFIG_FILE).href)) as { default: Linter.Config[] }).default;
const scratch = mkdtempSync(join(tmpdir(), 'qr-lint-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The part of a glob before its first wildcard: a file or folder that must exist. */
const staticPart = (glob: string): string => glob.split(/[*{[?]/)[0]!.replace(/\/$/, '');

describe('eslint.config.js', () => {
  const globs = config.flatMap((c) => (c.files ?? []).flat()).filter((g): g is string => typeof g === 'string' && !g.startsWith('**'));

  it.each([...new Set(globs)])('names something that exists: %s', (glob) => {
    expect(existsSync(staticPart(glob)), `${glob} names ${staticPart(glob)}, which does not exist`).toBe(true);
  });

  it('fails an import cycle through three modules', async () => {
    const dir = join(scratch, 'cycle');
    mkdirSync(join(dir, 'src', 'lib'), { recursive: true });
    writeFileSync(join(dir, 'src/lib/a.ts'), "import { b } from './b.ts';\n/** a */\nexport const a = (): number => b() + 1;\n");
    writeFileSync(join(dir, 'src/lib/b.ts'), "import { c } from './c.ts';\n/** b */\nexport const b = (): number => c() * 2;\n");
    writeFileSync(join(dir, 'src/lib/c.ts'), "import { a } from './a.ts';\n/** c */\nexport const c = (): number => a();\n");
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: CONFIG_FILE });
    const results = await eslint.lintFiles(['src/lib/a.ts']);
    expect(results[0]!.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });

  it('passes the same files without the cycle', async () => {
    const dir = join(scratch, 'no-cycle');
    mkdirSync(join(dir, 'src', 'lib'), { recursive: true });
    writeFileSync(join(dir, 'src/lib/a.ts'), "import { b } from './b.ts';\n/** a */\nexport const a = (): number => b + 1;\n");
    writeFileSync(join(dir, 'src/lib/b.ts'), '/** b */\nexport const b = 1;\n');
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: CONFIG_FILE });
    const results = await eslint.lintFiles(['src/lib/a.ts']);
    expect(results[0]!.messages).toEqual([]);
  });

  it('fails a hook with a missing dependency (exhaustive-deps is an error)', async () => {
    const eslint = new ESLint({ overrideConfigFile: CONFIG_FILE });
    const code = "import { useEffect, useState } from 'react';\n/** p */\nexport function P({ a }: { a: number }) {\n  const [b, setB] = useState(0);\n  useEffect(() => { setB(a); }, []);\n  return <p>{b}</p>;\n}\n";
    const [result] = await eslint.lintText(code, { filePath: resolve('src/components/probe.tsx') });
    const message = result!.messages.find((m) => m.ruleId === 'react-hooks/exhaustive-deps');
    expect(message?.severity).toBe(2);
  });
});

describe('.ci/run', () => {
  it('runs npm run check (types, lint, tests, build), not only the tests', () => {
    const script = readFileSync('.ci/run', 'utf8');
    const commands = script.split('\n').map((l) => l.trim()).filter((l) => /^npm\b/.test(l));
    expect(commands).toContain('npm run check');
    expect(commands).not.toContain('npm test');
    const check = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.check;
    expect(check).toBe('npm run typecheck && npm run lint && npm test && npm run build');
  });
});
