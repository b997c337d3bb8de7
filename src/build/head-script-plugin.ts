// Build-only Vite plugin: marks the app's entry script `blocking="render"`, so Chromium paints
// nothing until main.tsx has applied the stored theme (a dark-theme reader never sees a light
// frame). The CSP forbids the usual inline script; an external one must block rendering instead.
// Costs no first paint: the page has no server-rendered content, so nothing could paint earlier.
import type { Plugin } from 'vite';

/** The entry <script type="module" src> Vite injects into the built index.html. */
const ENTRY_SCRIPT = /<script type="module"(?![^>]*\bblocking=)([^>]*\bsrc="[^"]+"[^>]*)><\/script>/;

/** Adds blocking="render" to the built entry script; fails the build if there is none to mark. */
export function themeBeforePaintPlugin(): Plugin {
  return {
    name: 'quote-reader-theme-before-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ENTRY_SCRIPT.test(html)) throw new Error(`theme-before-paint: no entry <script type="module" src> in ${ctx.filename}`);
        return html.replace(ENTRY_SCRIPT, '<script type="module" blocking="render"$1></script>');
      },
    },
  };
}
