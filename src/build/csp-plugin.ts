// Build-only Vite plugin: puts a Content-Security-Policy <meta> into the built index.html so
// that nothing but the app's own bundled scripts can ever run, whatever an article contains.
// It applies to `vite build` only: the dev server injects inline scripts (HMR, React refresh)
// that this policy would block.
import type { Plugin } from 'vite';

/**
 * The policy, one directive per entry. React's `style` props are set through the CSSOM
 * (element.style), which `style-src 'self'` allows; only inline <style>/style="" markup is blocked.
 * `frame-ancestors` is left out: browsers ignore it in a <meta> policy.
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
];

/** The policy as one header/meta value. */
export const CSP_POLICY = CSP_DIRECTIVES.join('; ');

/** Matches an inline <script> (one without a src attribute) in built HTML. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/script>/i;

/** Escapes a value for a double-quoted HTML attribute. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Adds the CSP meta to the built index.html and fails the build if Vite emitted an inline script the policy would block. */
export function cspPlugin(policy: string = CSP_POLICY): Plugin {
  return {
    name: 'quote-reader-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const inline = INLINE_SCRIPT.exec(html);
        if (inline) {
          // A silent CSP block would leave a blank page in production only; stop the build instead.
          throw new Error(
            `CSP: ${ctx.filename} contains an inline script that "script-src 'self'" would block: ` +
              `${inline[0].slice(0, 120)}… Move it into a module or disable the feature that inlines it ` +
              `(for the modulepreload polyfill: build.modulePreload.polyfill = false).`,
          );
        }
        // Right after <meta charset> (which must stay first), before anything that could load.
        const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`;
        const charset = /<meta\s+charset=[^>]*>/i.exec(html);
        if (charset) return html.replace(charset[0], () => `${charset[0]}\n    ${meta}`);
        const head = /<head[^>]*>/i.exec(html);
        if (!head) throw new Error(`CSP: ${ctx.filename} has no <head> to put the Content-Security-Policy in.`);
        return html.replace(head[0], () => `${head[0]}\n    ${meta}`);
      },
    },
  };
}
