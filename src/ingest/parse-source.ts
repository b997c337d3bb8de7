// The shared pipeline's first half: one article file parsed by format and validated. Pure (no
// Node, no DOM of its own): the build calls it with linkedom (ingest-file.ts), the browser with
// its DOMParser on the page (src/mine/), where the DOM is; analyse-source.ts then runs the engine
// (in a Web Worker in the browser). ingest-file.ts chains the two for the build.
import type { DecodedSource } from './decode-source.ts';
import { problem, type IngestProblem, type IngestWarning } from './errors.ts';
import { parseHtml, type ParseDocument } from './parse-html.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { parseScrapedPage } from './parse-scraped-page.ts';
import type { ArticleMeta, ParsedSource, RemovedLine, SourceFormat } from './types.ts';
import { validateMeta } from './validate.ts';

/** What the parsers need from the environment: a DOM for HTML pages. */
export interface ParseEnvironment {
  parseDocument: ParseDocument;
}

/** Fields a reader typed next to the text (the browser's form); they win over what the text says. */
export interface SourceOverrides {
  title?: string;
  url?: string;
  /** 'typed' when the text was typed or pasted rather than read from a file (changes the advice given). */
  origin?: 'file' | 'typed';
}

/** A parsed and validated article, before the engine: plain data, so it can cross to a Web Worker. */
export interface ParsedArticle {
  file: string;
  format: SourceFormat;
  meta: ArticleMeta;
  slugLine: number | null;
  paragraphs: string[];
  paragraphLines: (number | null)[];
  removed: RemovedLine[];
  warnings: IngestWarning[];
}

/** The first half's outcome: a parsed article or the problems that reject the file. */
export type ParseResult = { ok: true; parsed: ParsedArticle } | { ok: false; file: string; problems: IngestProblem[]; warnings: IngestWarning[] };

const FIX_TITLE_BY_FORMAT = {
  'scraped-page': 'Put the headline on its own line above the article body (at least three words), or convert the page to Markdown with "title:" in the front matter.',
  html: 'Give the page a <title>, an <h1> or an og:title meta tag, or convert it to Markdown with "title:" in the front matter.',
  markdown: 'Give the article a headline: "title: Your headline" in the front matter.',
} as const;

/** Words for text typed into a form, where there is no file and no front matter to edit. */
const TYPED: Partial<Record<IngestProblem['code'], { message?: string; fix: string }>> = {
  'missing-title': { fix: 'Type the headline in the Title field, or put it on the first line of the text, above the body.' },
  'empty-body': { fix: 'Paste the article itself (its paragraphs), not only its headline or the site around it.' },
  'empty-file': { message: 'There is no article text.', fix: 'Paste or type the article text (a headline and at least one paragraph).' },
  'binary-file': { message: 'The text contains many control characters; it does not look like an article.', fix: 'Paste the article as text, or remove the stray characters.' },
  'front-matter-field': { fix: 'Fix the field named above (a source URL must start with http:// or https://).' },
};

function forTyped(problems: IngestProblem[]): IngestProblem[] {
  return problems.map((p) => {
    const words = TYPED[p.code];
    return words ? { ...p, message: words.message ?? p.message, fix: words.fix } : p;
  });
}

/** First half: parses a decoded file by its format and validates its metadata. Never throws. */
export function parseSource(decoded: DecodedSource, env: ParseEnvironment, overrides: SourceOverrides = {}): ParseResult {
  const file = decoded.file.display;
  if (!decoded.ok) return { ok: false, file, problems: overrides.origin === 'typed' ? forTyped(decoded.problems) : decoded.problems, warnings: [] };
  let result: ParseResult;
  try {
    result = parseDecoded(decoded, env, overrides, file);
  } catch (err) {
    return { ok: false, file, warnings: [], problems: [problem('parse-failed', file, null,
      `The file could not be parsed: ${(err as Error).message}`,
      'This is a bug in the ingestion; please report it with the file. Meanwhile, converting the article to Markdown with front matter usually works.')] };
  }
  if (!result.ok && overrides.origin === 'typed') result.problems = forTyped(result.problems);
  return result;
}

function parseDecoded(decoded: DecodedSource & { ok: true }, env: ParseEnvironment, overrides: SourceOverrides, file: string): ParseResult {
  let parsed: ParsedSource;
  if (decoded.format === 'markdown') {
    const r = parseMarkdown(decoded.text, file);
    if (!r.ok) return { ok: false, file, problems: r.problems, warnings: [] };
    parsed = r.source;
  } else if (decoded.format === 'html') {
    const r = parseHtml(decoded.text, file, env.parseDocument);
    if (!r.ok) return { ok: false, file, problems: r.problems, warnings: [] };
    parsed = r.source;
  } else {
    parsed = parseScrapedPage(decoded.text);
  }
  return validate(file, applyOverrides(parsed, overrides));
}

/** A typed title replaces the one found; a scraped page's "headline" then was the body's first line. */
function applyOverrides(parsed: ParsedSource, overrides: SourceOverrides): ParsedSource {
  const title = overrides.title?.trim();
  const url = overrides.url?.trim();
  if (!title && !url) return parsed;
  const meta = { ...parsed.meta };
  let { paragraphs, paragraphLines } = parsed;
  if (title) {
    const found = typeof meta.title === 'string' ? meta.title : null;
    if (parsed.format === 'scraped-page' && found !== null && found !== title) {
      paragraphs = [found, ...paragraphs];
      paragraphLines = [parsed.metaLines.title ?? null, ...paragraphLines];
    }
    meta.title = title;
  }
  if (url) meta.url = url;
  return { ...parsed, meta, paragraphs, paragraphLines };
}

/** Text (characters) above which an article gets a 'huge-article' warning (issue 10 item 13). */
export const HUGE_ARTICLE_CHARS = 5_000_000;

function validate(file: string, parsed: ParsedSource): ParseResult {
  const problems: IngestProblem[] = [];
  const validated = validateMeta(parsed.meta, parsed.metaLines, file);
  if (!validated.ok) {
    problems.push(...validated.problems.map((p) =>
      p.code === 'missing-title' && parsed.format !== 'markdown' ? { ...p, fix: FIX_TITLE_BY_FORMAT[parsed.format] } : p));
  }
  if (parsed.paragraphs.length === 0) {
    problems.push(problem('empty-body', file, null, 'The article has no body text (no paragraphs after the title and metadata).',
      parsed.format === 'markdown'
        ? 'Write the article body after the closing "---" of the front matter: paragraphs separated by blank lines.'
        : 'Check that the file contains the article itself, not only site furniture.'));
  }
  if (!validated.ok || problems.length > 0) return { ok: false, file, problems, warnings: [] };
  const size = parsed.paragraphs.reduce((n, p) => n + p.length, 0);
  const huge: IngestWarning[] = size > HUGE_ARTICLE_CHARS
    ? [{ code: 'huge-article', file, line: null, message: `The article has ${(size / 1e6).toFixed(1)} million characters of text (over ${HUGE_ARTICLE_CHARS / 1e6} million): it is built, and its reading page renders progressively, but readers will wait for its ${(size / 1e6).toFixed(1)} MB data file; consider splitting it.` }]
    : [];
  return {
    ok: true,
    parsed: {
      file,
      format: parsed.format,
      meta: validated.meta,
      slugLine: parsed.metaLines.slug ?? parsed.metaLines.title ?? null,
      paragraphs: parsed.paragraphs,
      paragraphLines: parsed.paragraphLines,
      removed: parsed.removed,
      warnings: [...validated.warnings, ...keptWarnings(file, parsed.kept ?? []), ...huge],
    },
  };
}

/** One warning per line a furniture row matched but that reads as article text, so it was kept. */
function keptWarnings(file: string, kept: readonly RemovedLine[]): IngestWarning[] {
  return kept.map((k) => ({ code: 'furniture-kept' as const, file, line: k.line || null,
    message: `Kept "${k.text.trim().slice(0, 60)}${k.text.trim().length > 60 ? '…' : ''}": it matches the "${k.rule}" furniture rule but reads as article text. If it is furniture, delete it from the file.` }));
}
