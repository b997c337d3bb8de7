/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { articlesPlugin } from './src/ingest/vite-plugin.ts';
import { scratchFolderMatcher } from './src/build/watch-ignore.ts';
import { cspPlugin } from './src/build/csp-plugin.ts';
import { headScriptPlugin } from './src/build/head-script-plugin.ts';
import { prerenderPlugin } from './src/build/prerender-plugin.ts';
import { engineVersion } from './src/build/engine-version.ts';
import { pwaPlugin } from './src/build/pwa.ts';
import { dataPreloadPlugin } from './src/build/data-preload-plugin.ts';

/** Headers that forbid other sites to frame the app (clickjacking); browsers ignore them in <meta>. */
export const FRAME_HEADERS = { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' };

export default defineConfig({
  plugins: [react(), articlesPlugin(), cspPlugin(), dataPreloadPlugin(), headScriptPlugin(), prerenderPlugin(), pwaPlugin()],
  build: {
    target: 'es2022',
    // No preload helper in the entry (0.5 kB gz of first-page JavaScript with its table of every
    // lazy chunk's dependencies): the head script starts the entry's own imports and, on a
    // prerendered page, its route's chunks (decision 088); a later navigation's lazy chunk finds
    // its small shared imports one round trip after it. One stylesheet for the whole app (6.3 kB
    // gz -> 8.0 kB) so no lazy chunk carries a stylesheet to load, and no page shifts when one arrives.
    modulePreload: false,
    cssCodeSplit: false,
    // React, React DOM and the router in one chunk of their own: every page needs them, they change
    // only with a dependency update (so a deploy leaves them cached), and the automatic split
    // otherwise moves the router between chunks with unrelated edits (decision 083).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ }] } } },
  },
  // The reader's own articles are re-analysed when this changes (src/mine/).
  define: { __ENGINE_VERSION__: JSON.stringify(engineVersion(resolve(import.meta.dirname, 'src/quotes'))) },
  worker: { format: 'es' },
  // Benchmarks and scratch builds write inside the project; they are not app sources.
  server: { watch: { ignored: scratchFolderMatcher(import.meta.dirname) } },
  // A <meta> policy cannot forbid framing; the preview server sends it as a header, as the hosting
  // recipes in docs/scale.md do.
  preview: { headers: FRAME_HEADERS },
  test: {
    projects: [
      {
        extends: true,
        // Shared 2-core machines run slow at times: generous limits keep the suite about behaviour, not speed.
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], setupFiles: ['tests/support/assert-something.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/support/assert-something.ts', 'tests/component/setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        // Browser end-to-end tests: build the app, serve it with `vite preview`, drive the system
        // Chromium. One file at a time: each file owns a browser and the machine has 2 cores.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          setupFiles: ['tests/support/assert-something.ts'],
          fileParallelism: false,
          maxWorkers: 1,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
