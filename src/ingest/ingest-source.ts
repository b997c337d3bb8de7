// One article through every per-file stage: parse by format → validate → quote engine. Pure
// (no Node, no DOM of its own): the build calls it with linkedom (ingest-file.ts), the browser
// with its DOMParser (src/mine/). It runs in two halves so the browser can parse on the page,
// where the DOM is, and analyse in a Web Worker: parseSource() then analyseSource().
import { extractQuotes, extractTitleQuotes } from '../quotes/extract-quotes.ts';
import type { Quote, QuoteAnalysis } from '../quotes/types.ts';
import type { DecodedSource } from './decode-source.ts';
import { problem, type IngestProblem, type IngestWarning } from './errors.ts';
import { joinParagraphs, makeExcerpt } from './paragraphs.ts';
import { parseHtml, type ParseDocument } from './parse-html.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { parseScrapedPage } from './parse-scraped-page.ts';
import { slugify } from '../common/slug.ts';
import type { AnalysedArticle, ArticleMeta, ParsedSource, RemovedLine, SourceFormat } from './types.ts';
import { validateMeta } from './validate.ts';

/** The outcome for one file: an article (with warnings) or the problems that reject it. */
export type FileResult =
  | { ok: true; file: string; article: AnalysedArticle; warnings: IngestWarning[]; removed: RemovedLine[] }
  | { ok: false; file: string; problems: IngestProblem[]; warnings: IngestWarning[] };

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

/** Advice for text typed into a form, where there is no front matter to edit. */
const FIX_TYPED: Partial<Record<IngestProblem['code'], string>> = {
  'missing-title': 'Type the headline in the Title field, or put it on the first line of the text, above the body.',
  'empty-body': 'Paste the article itself (its paragraphs), not only its headline or the site around it.',
  'empty-file': 'Paste or type the article text (a headline and at least one paragraph).',
  'front-matter-field': 'Fix the field named above (a source URL must start with http:// or https://).',
};

/** First half: parses a decoded file by its format and validates its metadata. Never throws. */
export function parseSource(decoded: DecodedSource, env: ParseEnvironment, overrides: SourceOverrides = {}): ParseResult {
  const file = decoded.file.display;
  if (!decoded.ok) return { ok: false, file, problems: decoded.problems, warnings: [] };
  let result: ParseResult;
  try {
    result = parseDecoded(decoded, env, overrides, file);
  } catch (err) {
    return { ok: false, file, warnings: [], problems: [problem('parse-failed', file, null,
      `The file could not be parsed: ${(err as Error).message}`,
      'This is a bug in the ingestion; please report it with the file. Meanwhile, converting the article to Markdown with front matter usually works.')] };
  }
  if (!result.ok && overrides.origin === 'typed') {
    result.problems = result.problems.map((p) => (FIX_TYPED[p.code] ? { ...p, fix: FIX_TYPED[p.code]! } : p));
  }
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
      warnings: validated.warnings,
    },
  };
}

/** Second half: runs the quote engine on a parsed article. Never throws. */
export function analyseSource(parsed: ParsedArticle): FileResult & { ok: true } {
  const { file, meta } = parsed;
  const { text, spans } = joinParagraphs(parsed.paragraphs);
  const warnings: IngestWarning[] = [...parsed.warnings];
  let analysis: QuoteAnalysis;
  try {
    analysis = extractQuotes(text);
  } catch (err) {
    // The engine promises never to throw; if it does, the article still ships, unannotated.
    analysis = { quotes: [], speakers: [], warnings: [] };
    warnings.push({ code: 'engine-failed', file, line: null, message: `The quote engine failed on this article: ${(err as Error).message}` });
  }
  const lineOfOffset = (offset: number): number | null => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (spans[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    // The line where the warning's paragraph starts (exact for Markdown and scraped pages).
    return parsed.paragraphLines[lo] ?? null;
  };
  let titleQuotes: Quote[] = [];
  try {
    titleQuotes = extractTitleQuotes(meta.title, analysis);
  } catch (err) {
    warnings.push({ code: 'engine-failed', file, line: parsed.slugLine, message: `The quote engine failed on the title: ${(err as Error).message}` });
  }
  for (const w of analysis.warnings) {
    warnings.push({ code: w.code, file, line: lineOfOffset(w.offset), message: w.message });
  }
  const unattributed = analysis.quotes.filter((q) => q.speaker === null).length;
  if (unattributed > 0 && !analysis.warnings.some((w) => w.code === 'unattributed-quote')) {
    warnings.push({ code: 'unattributed-quote', file, line: null, message: `${unattributed} of ${analysis.quotes.length} quotations have no speaker.` });
  }
  if (parsed.removed.length > 0) {
    const rules = [...new Set(parsed.removed.map((r) => r.rule))].join(', ');
    warnings.push({ code: 'furniture-removed', file, line: parsed.removed[0]!.line || null, message: `Removed ${parsed.removed.length} line(s) of site furniture (${rules}); listed in ingest-report.json.` });
  }
  return {
    ok: true,
    file,
    warnings,
    removed: parsed.removed,
    article: {
      file,
      format: parsed.format,
      meta,
      slug: meta.slug ?? slugify(meta.title),
      slugLine: parsed.slugLine,
      text,
      paragraphs: spans,
      paragraphLines: parsed.paragraphLines,
      analysis,
      titleQuotes,
      excerpt: makeExcerpt(parsed.paragraphs),
    },
  };
}

/** Both halves in one call (the build). */
export function ingestSource(decoded: DecodedSource, env: ParseEnvironment, overrides?: SourceOverrides): FileResult {
  const r = parseSource(decoded, env, overrides);
  return r.ok ? analyseSource(r.parsed) : r;
}
