// Build-only Vite plugin: the home page's first data starts downloading with the HTML. The app has
// no server rendering, so without this the manifest and the first index page were requested only
// once the entry script had been fetched, parsed and run its loader (a waterfall of two or three
// round trips). Only the home page reads those files, so a static `<link rel="preload">` in
// index.html made every other route opened directly (an article, search) download ~9 kB it never
// used, competing with its own chunks. A tiny external script (the CSP's script-src 'self' forbids
// inline ones) adds the links only when the address is the home page (docs/decisions/085). The
// links are `as="fetch" crossorigin`, matching the data client's fetch() (CORS mode, same-origin
// credentials), so the loader's request takes the preloaded response.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { dataPaths } from '../contract/article-data.ts';

/** The data files the home page's loader reads first (manifest, then index page 0). */
export const FIRST_DATA_PATHS: readonly string[] = [dataPaths.manifest(), dataPaths.indexPage(0)];

/** The site's base with one trailing slash ("/", "/reader/"). */
const rootOf = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/**
 * The preload script's source: on the home page (the base, with or without its trailing slash,
 * any query) it appends one `<link rel="preload">` per path; anywhere else it does nothing. Short
 * on purpose: it is first-page JavaScript on every route.
 */
export function homePreloadScript(base: string, paths: readonly string[] = FIRST_DATA_PATHS): string {
  const root = rootOf(base);
  const homes = root === '/' ? ['/'] : [root, root.slice(0, -1)];
  const link = `{rel:"preload",as:"fetch",type:"application/json",crossOrigin:"anonymous",href:${JSON.stringify(root)}+f}`;
  return `${JSON.stringify(homes)}.includes(location.pathname)&&${JSON.stringify(paths)}.map(f=>document.head.append(Object.assign(document.createElement("link"),${link})));\n`;
}

/** Where the script is written under the output directory: content-hashed, so it caches forever. */
export function homePreloadFileName(source: string): string {
  return `assets/home-preload-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
}

/** Emits the home-only preload script and loads it from the built index.html, before the entry script's tag. */
export function dataPreloadPlugin(paths: readonly string[] = FIRST_DATA_PATHS): Plugin {
  let base = '/';
  let source = '';
  let fileName = '';
  return {
    name: 'quote-reader-data-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      source = homePreloadScript(base, paths);
      fileName = homePreloadFileName(source);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // `async`: it runs as soon as it arrives, blocking neither parsing nor the first render;
        // placed before the module script and its modulepreloads, so its request goes out first.
        const anchor = /<script type="module"/i.exec(html) ?? /<\/head>/i.exec(html);
        if (!anchor) throw new Error(`data-preload: ${ctx.filename} has no <head> to put the preload script in.`);
        const at = anchor.index;
        return `${html.slice(0, at)}<script async src="${rootOf(base)}${fileName}"></script>\n    ${html.slice(at)}`;
      },
    },
  };
}
