// One article file through every per-file stage: decode → parse by format → validate →
// quote engine. Pure per file, so the dev server can redo just the file that changed.
import { extractQuotes, extractTitleQuotes } from '../quotes/extract-quotes.ts';
import type { Quote, QuoteAnalysis } from '../quotes/types.ts';
import { problem, type IngestProblem, type IngestWarning } from './errors.ts';
import { joinParagraphs, makeExcerpt } from './paragraphs.ts';
import { parseHtml } from './parse-html.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { parseScrapedPage } from './parse-scraped-page.ts';
import { decodeSource, type DecodedSource, type SourceFile } from './read-sources.ts';
import { slugify } from './slugify.ts';
import type { AnalysedArticle, ParsedSource, RemovedLine } from './types.ts';
import { validateMeta } from './validate.ts';

/** The outcome for one file: an article (with warnings) or the problems that reject it. */
export type FileResult =
  | { ok: true; file: string; article: AnalysedArticle; warnings: IngestWarning[]; removed: RemovedLine[] }
  | { ok: false; file: string; problems: IngestProblem[]; warnings: IngestWarning[] };

const FIX_TITLE_BY_FORMAT = {
  'scraped-page': 'Put the headline on its own line above the article body (at least three words), or convert the page to Markdown with "title:" in the front matter.',
  html: 'Give the page a <title>, an <h1> or an og:title meta tag, or convert it to Markdown with "title:" in the front matter.',
  markdown: 'Give the article a headline: "title: Your headline" in the front matter.',
} as const;

/** Parses, validates and analyses one decoded file. Never throws: a crash becomes a problem. */
export function ingestDecoded(decoded: DecodedSource): FileResult {
  const file = decoded.file.display;
  if (!decoded.ok) return { ok: false, file, problems: decoded.problems, warnings: [] };
  try {
    return parseAndAnalyse(decoded, file);
  } catch (err) {
    return { ok: false, file, warnings: [], problems: [problem('parse-failed', file, null,
      `The file could not be parsed: ${(err as Error).message}`,
      'This is a bug in the ingestion; please report it with the file. Meanwhile, converting the article to Markdown with front matter usually works.')] };
  }
}

function parseAndAnalyse(decoded: DecodedSource & { ok: true }, file: string): FileResult {
  let parsed: ParsedSource;
  if (decoded.format === 'markdown') {
    const r = parseMarkdown(decoded.text, file);
    if (!r.ok) return { ok: false, file, problems: r.problems, warnings: [] };
    parsed = r.source;
  } else if (decoded.format === 'html') {
    const r = parseHtml(decoded.text, file);
    if (!r.ok) return { ok: false, file, problems: r.problems, warnings: [] };
    parsed = r.source;
  } else {
    parsed = parseScrapedPage(decoded.text);
  }
  return analyse(file, parsed);
}

/** Decodes and ingests one file from its bytes (used by tests and the dev server). */
export function ingestBytes(file: SourceFile, bytes: Uint8Array): FileResult {
  return ingestDecoded(decodeSource(file, bytes));
}

function analyse(file: string, parsed: ParsedSource): FileResult {
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
  const meta = validated.meta;
  const { text, spans } = joinParagraphs(parsed.paragraphs);
  const warnings: IngestWarning[] = [...validated.warnings];
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
    warnings.push({ code: 'engine-failed', file, line: parsed.metaLines.title ?? null, message: `The quote engine failed on the title: ${(err as Error).message}` });
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
      slugLine: parsed.metaLines.slug ?? parsed.metaLines.title ?? null,
      text,
      paragraphs: spans,
      paragraphLines: parsed.paragraphLines,
      analysis,
      titleQuotes,
      excerpt: makeExcerpt(parsed.paragraphs),
    },
  };
}
