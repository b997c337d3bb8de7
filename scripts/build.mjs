// `npm run build [-- --no-cache] [vite build options]`: vite build, where `--no-cache` (which Vite's
// command line would refuse) makes the articles' analysis run cold: it sets QUOTE_READER_NO_CACHE=1
// for src/ingest/analysis-cache.ts and is not passed on. Plain Node, so it needs nothing built.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const noCache = args.includes('--no-cache');
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const run = spawnSync(process.execPath, [vite, 'build', ...args.filter((a) => a !== '--no-cache')], {
  stdio: 'inherit',
  env: noCache ? { ...process.env, QUOTE_READER_NO_CACHE: '1' } : process.env,
});
process.exit(run.status ?? 1);
