// The shared pipeline's second half: the quote engine on a parsed article (parse-source.ts).
// Pure: the build runs it in Node, the browser in a Web Worker (src/mine/analyse-worker.ts).
import { extractQuotes, extractTitleQuotes } from '../quotes/extract-quotes.ts';
import type { Quote, QuoteAnalysis } from '../quotes/types.ts';
import type { IngestProblem, IngestWarning } from './errors.ts';
import { joinParagraphs, makeExcerpt } from './paragraphs.ts';
import type { ParsedArticle } from './parse-source.ts';
import { slugify } from '../common/slug.ts';
import type { AnalysedArticle, RemovedLine } from './types.ts';

/** The outcome for one file: an article (with warnings) or the problems that reject it. */
export type FileResult =
  | { ok: true; file: string; article: AnalysedArticle; warnings: IngestWarning[]; removed: RemovedLine[] }
  | { ok: false; file: string; problems: IngestProblem[]; warnings: IngestWarning[] };

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
    warnings.push({ code: 'furniture-removed', file, line: parsed.removed[0]!.line || null, message: `Removed ${parsed.removed.length} line(s) of site furniture (${rules}); listed in the build report.` });
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
