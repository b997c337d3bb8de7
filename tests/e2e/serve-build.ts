// Builds the app with the real build command and serves the output as a static host would.
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { preview, type PreviewServer } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** Runs `vite build --outDir <outDir>` (and `--base <base>` when given) with the given environment; returns the milliseconds it took. */
export async function viteBuild(outDir: string, env: NodeJS.ProcessEnv, base?: string): Promise<number> {
  const started = performance.now();
  try {
    await run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', ...(base ? ['--base', base] : [])], {
      cwd: root,
      // What readers get: under Vitest NODE_ENV is "test", which would bundle React's development build.
      env: { ...env, NODE_ENV: 'production' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`e2e setup: \`vite build --outDir ${outDir}\` failed${env.ARTICLES_DIR ? ` with ARTICLES_DIR=${env.ARTICLES_DIR}` : ''}:\n${e.stderr ?? ''}\n${e.stdout ?? ''}\n${e.message}`);
  }
  return Math.round(performance.now() - started);
}

/** Serves a build output with `vite preview` on a free local port (under `base` when the site was built for one). */
export async function serveBuild(outDir: string, base = '/'): Promise<PreviewServer> {
  // configFile: false: a plain static server of the built files, as any host would serve them.
  return preview({
    configFile: false,
    root,
    base,
    logLevel: 'warn',
    appType: 'spa',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
}

/** The base URL (ending in '/') a preview server listens on. */
export function urlOf(server: PreviewServer): string {
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('e2e setup: the preview server has no TCP address');
  return `http://127.0.0.1:${address.port}/`;
}

