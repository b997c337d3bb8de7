// `npm run build [-- --no-cache] [-- --records FILE] [vite build options]`: vite build, where
// `--no-cache` (which Vite's command line would refuse) makes the articles' analysis run cold: it
// sets QUOTE_READER_NO_CACHE=1 for src/ingest/analysis-cache.ts; `--records FILE` builds the site
// from the records of a map run elsewhere (QUOTE_READER_RECORDS, docs/scale.md). Neither is passed
// on to Vite. Plain Node, so it needs nothing built.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const noCache = args.includes('--no-cache');
const recordsAt = args.indexOf('--records');
const records = recordsAt >= 0 ? args[recordsAt + 1] : undefined;
if (recordsAt >= 0 && !records) {
  console.error('build: --records needs the records file written by `npm run -s map` (npm run build -- --records records.jsonl).');
  process.exit(2);
}
const env = { ...process.env, ...(noCache ? { QUOTE_READER_NO_CACHE: '1' } : {}), ...(records ? { QUOTE_READER_RECORDS: records } : {}) };
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const run = spawnSync(process.execPath, [vite, 'build', ...args.filter((a, i) => a !== '--no-cache' && (recordsAt < 0 || (i !== recordsAt && i !== recordsAt + 1)))], {
  stdio: 'inherit',
  env,
});
process.exit(run.status ?? 1);
