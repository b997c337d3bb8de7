// The engine, the ingestion and the reader's-articles database load only on /add and /mine/*
// (issue 11): the pages everyone reads import none of them statically. A static import is what
// the bundler puts into the page's chunks; `import type` and `import()` are not followed.
// (Applying corrections once imported countSpeakers from extract-quotes.ts, which put the whole
// engine, 14.5 kB gz, into every reading page.)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

// `import x from './a.ts'`, `import './a.ts'`, `export { x } from './a.ts'`; not `import type`, not `import(`.
const STATIC_IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[^'"();]*?\s+from\s+)?['"](\.[^'"]+)['"]/g;

/** Every source file `entry` reaches through static imports, relative to the repository. */
function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [resolve(root, entry)];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const target = resolve(dirname(file), m[1]!);
      if (existsSync(target)) stack.push(target);
    }
  }
  return [...seen].map((f) => relative(root, f));
}

// The engine's modules a reading page may carry: types, the per-speaker count, the quote-mark table.
const ALLOWED_ENGINE = new Set(['src/quotes/types.ts', 'src/quotes/count-speakers.ts', 'src/quotes/tables/quote-marks.ts']);
const forbidden = (file: string) =>
  (file.startsWith('src/quotes/') && !ALLOWED_ENGINE.has(file)) || file.startsWith('src/ingest/') || file.startsWith('src/mine/');

describe('what the reading pages import', () => {
  it.each([
    ['the app entry and the home page', 'src/main.tsx'],
    ['the route table', 'src/app-routes.tsx'],
    ['the reading view', 'src/routes/article-page.tsx'],
    ['a speaker page', 'src/routes/speaker-page.tsx'],
    ['the speakers page', 'src/routes/speakers-page.tsx'],
    ['search', 'src/routes/search-page.tsx'],
    ['voices', 'src/routes/voices-page.tsx'],
    ['your corrections', 'src/routes/corrections-page.tsx'],
  ])('%s (%s) imports neither the engine nor the ingestion nor the articles database', (_name, entry) => {
    const closure = staticClosure(entry);
    expect(closure.length).toBeGreaterThan(3);
    expect(closure.filter(forbidden)).toEqual([]);
  });

  it('the walker follows imports: /add reaches the shared ingestion stages and the database', () => {
    const closure = staticClosure('src/routes/add-page.tsx');
    expect(closure).toContain('src/ingest/parse-source.ts');
    expect(closure).toContain('src/mine/store.ts');
  });

  it.each([
    ['a value import', "import { a } from './x.ts';", ['./x.ts']],
    ['a side-effect import', "import './x.css';", ['./x.css']],
    ['a re-export', "export { a } from './x.ts';", ['./x.ts']],
    ['a type-only import is not followed', "import type { A } from './x.ts';", []],
    ['a dynamic import is not followed', "const m = () => import('./x.ts');", []],
  ])('%s', (_name, code, expected) => {
    expect([...`\n${code}`.matchAll(STATIC_IMPORT)].map((m) => m[1])).toEqual(expected);
  });
});
