/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { articlesPlugin } from './src/ingest/vite-plugin.ts';
import { cspPlugin } from './src/build/csp-plugin.ts';

export default defineConfig({
  plugins: [react(), articlesPlugin(), cspPlugin()],
  build: { target: 'es2022' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
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
          fileParallelism: false,
          maxWorkers: 1,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
