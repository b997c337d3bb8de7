// Serves a built site with `vite preview` (SPA fallback for deep links included) plus what any
// static host or CDN adds in front of it: gzip and cache headers. Without compression Lighthouse
// would score a server setting, not the app.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { preview, type Plugin, type PreviewServer } from 'vite';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => done(port));
    });
  });
}

/** Middleware: gzip text files of `outDir`, hashed assets cached for a year, data for a minute. */
function staticHostPlugin(outDir: string): Plugin {
  const cache = new Map<string, Buffer>();
  return {
    name: 'bench-static-host',
    configurePreviewServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const url = new URL(req.url ?? '/', 'http://x');
        const type = TYPES[extname(url.pathname)];
        const file = join(outDir, decodeURIComponent(url.pathname));
        if (!type || req.method !== 'GET' || !file.startsWith(outDir) || !existsSync(file) || !statSync(file).isFile()) {
          next();
          return;
        }
        let body = cache.get(file);
        if (!body) {
          body = gzipSync(readFileSync(file), { level: 6 });
          cache.set(file, body);
        }
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader(
          'Cache-Control',
          url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=60',
        );
        res.setHeader('Content-Length', body.length);
        res.end(body);
      });
    },
  };
}

/** A running preview of a built site. */
export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Starts `vite preview` on `outDir` (with the project's vite.config.ts) at a free port. */
export async function serve(outDir: string, root = process.cwd()): Promise<Served> {
  const dir = resolve(outDir);
  const port = await freePort();
  const server: PreviewServer = await preview({
    root,
    logLevel: 'error',
    build: { outDir: dir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
    plugins: [staticHostPlugin(dir)],
  });
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}
