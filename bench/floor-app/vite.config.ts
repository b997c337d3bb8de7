// Build config of the floor app (bench/floor-app): same plugin and target as the real app,
// nothing else, so the difference in first-page JavaScript is Quote Reader's own code.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { target: 'es2022', emptyOutDir: true },
  logLevel: 'warn',
});
