// The browser's side of the shared parsers (src/ingest/parse-source.ts): the DOM they need for
// HTML pages is the browser's own DOMParser, not linkedom. Also where the browser makes zod
// eval-free, before the shared validation builds its schemas.
import './zod-jitless.ts';
import type { ParseEnvironment } from '../ingest/parse-source.ts';

// A DOMParser document inherits the page's CSP, which then reports every <style> and style=""
// of a pasted page as a violation (and blocks it: the document is inert anyway). Readability
// ignores styles, so they go before parsing and the console stays quiet.
const STYLE_ELEMENTS = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
const STYLE_ATTRIBUTES = /\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;

/** The browser's environment of the shared parsers: an inert DOMParser document (no scripts, no fetches). */
export const browserParseEnvironment: ParseEnvironment = {
  parseDocument: (html) => new DOMParser().parseFromString(html.replace(STYLE_ELEMENTS, '').replace(STYLE_ATTRIBUTES, ''), 'text/html'),
};
