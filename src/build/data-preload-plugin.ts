// Build-only Vite plugin: the home page's first data starts downloading with the HTML. The app has
// no server rendering, so without this the manifest and the first index page were requested only
// once the entry script had been fetched, parsed and run its loader (a waterfall of two or three
// round trips). `<link rel="preload" as="fetch" crossorigin>` matches the data client's fetch()
// (CORS mode, same-origin credentials), so the loader's request takes the preloaded response.
// Markup only: no script, so the CSP's script-src 'self' is untouched (docs/decisions/044).
import type { Plugin } from 'vite';
import { dataPaths } from '../contract/article-data.ts';

/** The data files the home page's loader reads first (manifest, then index page 0). */
export const FIRST_DATA_PATHS: readonly string[] = [dataPaths.manifest(), dataPaths.indexPage(0)];

/** `<link rel="preload">` tags for `paths` under the site's `base`. */
export function preloadLinks(base: string, paths: readonly string[] = FIRST_DATA_PATHS): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return paths.map((p) => `<link rel="preload" href="${root}${p}" as="fetch" type="application/json" crossorigin="anonymous">`).join('\n    ');
}

/** Adds the first data's preload links to the built index.html, before the entry script's tag. */
export function dataPreloadPlugin(paths: readonly string[] = FIRST_DATA_PATHS): Plugin {
  let base = '/';
  return {
    name: 'quote-reader-data-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // Before the module script and its modulepreloads, so the data is first in the queue.
        const anchor = /<script type="module"/i.exec(html) ?? /<\/head>/i.exec(html);
        if (!anchor) throw new Error(`data-preload: ${ctx.filename} has no <head> to put the preload links in.`);
        const at = anchor.index;
        return `${html.slice(0, at)}${preloadLinks(base, paths)}\n    ${html.slice(at)}`;
      },
    },
  };
}
