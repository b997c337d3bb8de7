// Build-only Vite plugin: puts src/head-script.ts, bundled on its own into a classic script, at the
// top of the built <head>, and moves the app's scripts into its data attributes: the entry module,
// the modules Vite preloads with it and the route preload script (decision 087) start from the head
// script after the first paint. The head script blocks parsing for one small request (as the
// stylesheet blocks rendering anyway), so the saved theme applies before the first paint while the
// page's prerendered text paints with the HTML and its styles (decision 089). Until prerendering,
// the entry module itself was marked blocking="render", holding the first paint back until React had loaded.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import type { Plugin } from 'vite';
import { HEAD_SCRIPT_DATA, headScriptAttribute } from '../common/head-script-data.ts';

/** The head script's source, from the project root. */
export const HEAD_SCRIPT_SOURCE = 'src/head-script.ts';

/** Emits the head script and loads it first thing in the built index.html's <head>. */
export function headScriptPlugin(): Plugin {
  let base = '/';
  let root = '/';
  return {
    name: 'quote-reader-head-script',
    apply: 'build',
    configResolved(config) {
      base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      root = config.root;
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const html = bundle['index.html'];
        if (!html || html.type !== 'asset') return;
        const out = await esbuild({ entryPoints: [resolve(root, HEAD_SCRIPT_SOURCE)], bundle: true, format: 'iife', minify: true, target: 'es2022', write: false, logLevel: 'warning' });
        const source = out.outputFiles[0]!.text;
        const fileName = `assets/head-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
        this.emitFile({ type: 'asset', fileName, source });
        const text = typeof html.source === 'string' ? html.source : new TextDecoder().decode(html.source);
        // Vite writes no modulepreload links (build.modulePreload is off): the entry's static imports, from the bundle.
        const chunks = new Map(Object.values(bundle).flatMap((o) => (o.type === 'chunk' ? [[o.fileName, o] as const] : [])));
        const entry = [...chunks.values()].find((c) => c.isEntry);
        const imports = new Set<string>();
        const visit = (file: string) => {
          for (const i of chunks.get(file)?.imports ?? []) {
            if (imports.has(i)) continue;
            imports.add(i);
            visit(i);
          }
        };
        if (entry) visit(entry.fileName);
        html.source = withHeadScript(text, `${base}${fileName}`, [...imports].map((f) => `${base}${f}`));
      },
    },
  };
}

const ENTRY = /<script type="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>\s*/;
const MODULE_PRELOAD = /<link rel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>\s*/g;
const PRELOAD_SCRIPT = /<script async src="([^"]+)"><\/script>\s*/;

/** `html` with its entry module, module preloads and route preload script moved onto the head script's tag, placed before <title>. */
export function withHeadScript(html: string, src: string, imports: readonly string[] = []): string {
  const entry = ENTRY.exec(html)?.[1];
  if (!entry) throw new Error('head-script: no entry <script type="module" src> in index.html');
  if (!html.includes('<title>')) throw new Error('head-script: no <title> in index.html to put the head script before');
  const modules = [...new Set([...html.matchAll(MODULE_PRELOAD)].map((m) => m[1]!).concat(imports))];
  const preload = PRELOAD_SCRIPT.exec(html)?.[1];
  const attrs = [`${headScriptAttribute(HEAD_SCRIPT_DATA.entry)}="${entry}"`, modules.length ? `${headScriptAttribute(HEAD_SCRIPT_DATA.modules)}="${modules.join(' ')}"` : '', preload ? `${headScriptAttribute(HEAD_SCRIPT_DATA.preload)}="${preload}"` : ''].filter(Boolean).join(' ');
  return html
    .replace(ENTRY, '')
    .replace(MODULE_PRELOAD, '')
    .replace(PRELOAD_SCRIPT, '')
    .replace('<title>', () => `<script src="${src}" ${attrs}></script>\n    <title>`);
}
