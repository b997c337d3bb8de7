// Stage: a saved news page (.html) → title, date, byline, source, URL and paragraphs.
// The article is found by @mozilla/readability on a DOM the caller provides: linkedom at build
// time, the browser's own DOMParser on /add (neither runs the page's scripts); metadata comes
// from the page's own tags first (JSON-LD, OpenGraph, article:published_time, <time>),
// Readability's guesses last.
import { Readability } from '@mozilla/readability';
import { bylineIsProse, looksLikeProse, matchBoilerplate, proseAfter } from './boilerplate-patterns.ts';
import { lineAt, problem, type IngestProblem } from './errors.ts';
import { normaliseWhitespace } from './paragraphs.ts';
import { parseLooseDate } from './parse-scraped-page.ts';
import { isoDate } from './validate.ts';
import type { ParsedSource, RemovedLine } from './types.ts';
import { bareRecord } from '../common/own.ts';

/** Builds an inert DOM document from HTML (no scripts run, nothing is fetched). */
export type ParseDocument = (html: string) => Document;

type Doc = Document;

/** Metadata read from the page's tags; every field optional. */
export interface HtmlMeta {
  title?: string;
  date?: string;
  byline?: string;
  source?: string;
  url?: string;
}

// JSON-LD objects of a news type, including those nested in @graph arrays.
function jsonLdArticles(document: Doc): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      const type = ([] as unknown[]).concat(obj['@type'] ?? []).map(String);
      if (type.some((t) => /Article|NewsArticle|Report|BlogPosting|LiveBlogPosting/.test(t))) found.push(obj);
      if (obj['@graph']) visit(obj['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Malformed JSON-LD is common on real pages; the other metadata sources still apply.
    }
  }
  return found;
}

const nameOf = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object' && typeof (v as Record<string, unknown>).name === 'string') return (v as Record<string, string>).name;
  return undefined;
};

/** Reads title, date, byline, source and URL from the page's metadata tags. */
export function readHtmlMeta(document: Doc): HtmlMeta {
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content')?.trim() || undefined;
  const ld = jsonLdArticles(document)[0] ?? {};
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const time = document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? undefined;
  const author = meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const out: HtmlMeta = {
    title: str(ld.headline) ?? meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]'),
    date: str(ld.datePublished) ?? meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[name="pubdate"]') ?? meta('meta[name="dc.date"]') ?? meta('meta[itemprop="datePublished"]') ?? time,
    byline: nameOf(ld.author) ?? (author && !/^https?:/.test(author) ? author : undefined),
    source: meta('meta[property="og:site_name"]') ?? nameOf(ld.publisher),
    url: (canonical && /^https?:\/\//.test(canonical) ? canonical : undefined) ?? meta('meta[property="og:url"]') ?? str(ld.url),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as HtmlMeta;
}

// Elements that start a paragraph of their own. Text anywhere else (inline markup, bare text in
// an <article> or <div>) joins the paragraph around it, so no text Readability kept is lost.
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br',
]);
// Captions describe images we do not show; scripts and styles are not text.
const SKIPPED_TAGS: ReadonlySet<string> = new Set(['figcaption', 'script', 'style', 'noscript', 'template']);

/**
 * The text of Readability's cleaned content as paragraphs, in document order: every block
 * element (p, headings, li, table cells, dt/dd, details/summary, div…) ends the paragraph before
 * it, and text between blocks is a paragraph of its own. All text is kept (only captions,
 * scripts and styles are left out).
 */
export function blocksOf(contentHtml: string, parseDocument: ParseDocument): string[] {
  const document = parseDocument(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const blocks: string[] = [];
  let buffer = '';
  const flush = () => {
    const text = normaliseWhitespace(buffer);
    if (text) blocks.push(text);
    buffer = '';
  };
  // An explicit stack instead of recursion: deeply nested pages must not overflow the call stack.
  const stack: { node: Node; exit: boolean }[] = [{ node: document.body, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      buffer += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (exit) {
      if (block) flush();
      continue;
    }
    if (block) flush();
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
  flush();
  return blocks;
}

/** Parses a saved HTML page, or explains why no article could be found in it. */
export function parseHtml(html: string, file: string, parseDocument: ParseDocument): { ok: true; source: ParsedSource } | { ok: false; problems: IngestProblem[] } {
  // linkedom builds no <html> element for a fragment; Readability needs a whole document.
  const document = parseDocument(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const pageMeta = readHtmlMeta(document);
  // Readability mutates the DOM, so it runs after the metadata has been read.
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(document, { charThreshold: 100 }).parse();
  } catch {
    article = null;
  }
  if (!article || !article.content) {
    return { ok: false, problems: [problem('html-no-article', file, null,
      'No article text could be found in this HTML page.',
      'Check that the page contains the article body (a saved page, not a login wall or an empty shell), or copy the article into a Markdown file.')] };
  }
  const title = normaliseWhitespace(pageMeta.title ?? article.title ?? '');
  const removed: RemovedLine[] = [];
  const kept: RemovedLine[] = [];
  const paragraphs: string[] = [];
  let ended = false;
  const blocks = blocksOf(article.content, parseDocument);
  const proseLater = proseAfter(blocks);
  for (const [i, block] of blocks.entries()) {
    let row = matchBoilerplate(block);
    // As on scraped pages: a row removes only furniture, never a sentence or the text after an 'end' line.
    if (!ended && row && ((row.action !== 'header' && looksLikeProse(block)) || (row.action === 'end' && paragraphs.length > 0 && proseLater[i]) || (row.action === 'byline' && bylineIsProse(block)))) {
      kept.push({ line: 0, text: block, rule: row.name });
      row = null;
    }
    // Before the first paragraph, date lines, bylines and masthead rows are page furniture too.
    const leadFurniture = paragraphs.length === 0 && (block === title || row?.action === 'date' || row?.action === 'byline' || row?.action === 'header');
    if (ended || row?.action === 'drop' || (row?.action === 'end' && paragraphs.length > 0) || leadFurniture) {
      if (row?.action === 'end') ended = true;
      removed.push({ line: 0, text: block, rule: ended ? (row?.action === 'end' ? row.name : 'after-article') : (row?.name ?? 'repeated-headline') });
      continue;
    }
    paragraphs.push(block);
  }
  const meta: Record<string, unknown> = {};
  const metaLines = bareRecord<number>();
  const set = (key: string, value: string | null | undefined) => {
    if (!value) return;
    meta[key] = value;
    const at = html.indexOf(value);
    if (at !== -1) metaLines[key] = lineAt(html, at);
  };
  set('title', title);
  const rawDate = pageMeta.date ?? article.publishedTime ?? undefined;
  // Page dates come in many shapes; keep the raw value when unreadable so validation reports it.
  set('date', rawDate ? (isoDate(rawDate) ?? parseLooseDate(rawDate) ?? rawDate) : undefined);
  if (rawDate && metaLines.date === undefined) {
    const at = html.indexOf(rawDate);
    if (at !== -1) metaLines.date = lineAt(html, at);
  }
  set('byline', (pageMeta.byline ?? article.byline ?? '').replace(/^by\s+/i, '').trim());
  set('source', pageMeta.source ?? article.siteName ?? undefined);
  set('url', pageMeta.url && /^https?:\/\//i.test(pageMeta.url) ? pageMeta.url : undefined);
  return { ok: true, source: { format: 'html', meta, metaLines, paragraphs, paragraphLines: paragraphs.map(() => null), removed, kept } };
}
