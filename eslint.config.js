// One lint config for the whole repository. The import boundaries below are the
// tooling that keeps the engine pure and the app away from build-time Node code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'url', 'crypto', 'child_process', 'worker_threads', 'stream', 'zlib', 'util', 'module'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'coverage/**', '.bench/**', 'tmp/**', '**/.*.building-*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Imports flow one way (GUIDE "How we write code" 6): no module may reach itself through its
    // imports. Type-only imports count too: a cycle of types is still a tangle of modules.
    files: ['src/**', 'scripts/**', 'tests/**'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      // Parse imported TypeScript files too: without these the rule never looks inside them.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/**/*.tsx', 'src/routes/**', 'src/components/**', 'src/lib/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // The quote engine runs at build time and in the browser: no DOM, no Node, no app.
    files: ['src/quotes/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: nodeBuiltins, message: 'The quote engine is pure TypeScript: no Node APIs.' },
        { group: ['**/ingest/**', '**/routes/**', '**/components/**', '**/lib/**', '**/contract/**', 'react', 'react-dom', 'react-router-dom'], message: 'The engine imports nothing from the app or the ingestion.' },
      ] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer'],
    },
  },
  {
    // Corrections and export records run in the app, its workers, the ingestion and the CLI: pure code.
    files: ['src/corrections/**', 'src/export/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: nodeBuiltins, message: 'Corrections and export records are pure TypeScript: no Node APIs.' },
        { group: ['**/ingest/**', '**/routes/**', '**/components/**', '**/lib/**', 'react', 'react-dom', 'react-router-dom'], message: 'Shared by the app and the ingestion: import neither.' },
      ] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'process', 'require', 'Buffer'],
    },
  },
  {
    // Shared pure helpers (one slug, one threshold…) that the engine, ingestion, app and scripts
    // all import: they import nothing but each other.
    files: ['src/common/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: nodeBuiltins, message: 'src/common is pure TypeScript: no Node APIs.' },
        { group: ['../*', '!./*'], message: 'src/common imports only its own modules, so every layer can use it.' },
        { group: ['react', 'react-dom', 'react-router-dom', 'zod', 'yaml', 'minisearch'], message: 'src/common has no dependencies.' },
      ] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer'],
    },
  },
  {
    // The ingestion's shared stages run at build time and in the browser (/add): no Node, no linkedom.
    files: ['src/ingest/decode-source.ts', 'src/ingest/parse-source.ts', 'src/ingest/analyse-source.ts', 'src/ingest/parse-html.ts', 'src/ingest/parse-markdown.ts', 'src/ingest/parse-scraped-page.ts', 'src/ingest/validate.ts', 'src/ingest/errors.ts', 'src/ingest/paragraphs.ts', 'src/ingest/boilerplate-patterns.ts', 'src/ingest/types.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: [...nodeBuiltins, 'linkedom'], message: 'This stage also runs in the browser: no Node APIs; the DOM is passed in (ParseEnvironment).' },
      ] }],
    },
  },
  {
    // The reader's own articles (browser): the ingestion's shared stages, never its Node callers.
    files: ['src/mine/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: [...nodeBuiltins, 'linkedom'], message: 'Browser code cannot use Node APIs.' },
        { group: ['**/ingest/ingest-file*', '**/ingest/read-sources*', '**/ingest/ingest-directory*', '**/ingest/ingest-pool*', '**/ingest/ingest-worker*', '**/ingest/worker-bundle*', '**/ingest/vite-plugin*', '**/ingest/write-data*', '**/ingest/build-*'], message: 'Use the shared stages (decode-source, parse-source, analyse-source), not the build\'s Node code.' },
      ] }],
    },
  },
  {
    // The app sees only the ingestion's output (the data contract), never its Node code.
    files: ['src/routes/**', 'src/components/**', 'src/lib/**', 'src/main.tsx', 'src/app-routes.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: nodeBuiltins, message: 'Browser code cannot use Node APIs.' },
        { group: ['**/ingest/**'], message: 'The app reads the ingestion output (src/contract), not its code.' },
      ] }],
    },
  },
);
