// The published corrections as a measurement: how often the engine, run afresh on the corpus,
// still disagrees with the editors, and which corrections it now gets right by itself (they can
// be retired). Printed by `npm run -s quotes:report`.
import { resolve } from 'node:path';
import { locateAnchor } from '../src/corrections/anchor.ts';
import type { Correction } from '../src/corrections/correction.ts';
import { speakerId } from '../src/common/slug.ts';
import { ingestDirectory } from '../src/ingest/ingest-directory.ts';
import { readCorrections } from '../src/ingest/read-corrections.ts';
import type { Quote } from '../src/quotes/types.ts';

/** How one published correction compares with the engine's own answer now. */
export type Agreement = 'disagrees' | 'agrees' | 'not-found';

/** The counts, and each correction's verdict. */
export interface AgreementReport {
  total: number;
  disagrees: number;
  agrees: number;
  notFound: number;
  rows: { file: string; line: number | null; article: string; action: Correction['action']; verdict: Agreement }[];
}

/** Does the engine's answer already say what the correction says? */
export function agreementOf(text: string, quotes: readonly Quote[], c: Correction): Agreement {
  const match = locateAnchor(text, quotes, c.quote);
  if (!match) return 'not-found';
  const found = match.kind === 'exact' || match.kind === 'split' || match.kind === 'merged';
  if (c.action === 'remove') return found || match.kind === 'overlap' ? 'disagrees' : 'agrees';
  if (!found) return 'disagrees';
  const want = c.speaker ? (c.speaker.id ?? speakerId(c.speaker.name)) : null;
  return match.quotes.every((i) => (quotes[i]!.speaker?.id ?? null) === want) ? 'agrees' : 'disagrees';
}

/** Runs the engine on the articles without the corrections and compares each correction with it. */
export async function correctionsAgreement(articlesDir: string, correctionsDir: string): Promise<AgreementReport> {
  const [site, published] = await Promise.all([ingestDirectory(articlesDir), readCorrections(correctionsDir)]);
  const bySlug = new Map(site.site.articles.map((a) => [a.slug, a]));
  const report: AgreementReport = { total: 0, disagrees: 0, agrees: 0, notFound: 0, rows: [] };
  for (const e of published.entries) {
    const a = bySlug.get(e.correction.article);
    const verdict = a ? agreementOf(a.text, a.analysis.quotes, e.correction) : 'not-found';
    report.total++;
    if (verdict === 'disagrees') report.disagrees++;
    else if (verdict === 'agrees') report.agrees++;
    else report.notFound++;
    report.rows.push({ file: e.file, line: e.line, article: e.correction.article, action: e.correction.action, verdict });
  }
  return report;
}

/** The report's section, as printed. */
export function formatAgreement(r: AgreementReport): string {
  if (r.total === 0) return 'Published corrections: none (src/content/corrections/ is empty).';
  const pct = (n: number) => `${((100 * n) / r.total).toFixed(1)} %`;
  const lines = [
    `Published corrections: ${r.total}; the engine still disagrees with ${r.disagrees} (${pct(r.disagrees)}), now agrees with ${r.agrees} (${pct(r.agrees)}: these can be retired), ${r.notFound} no longer find their quotation.`,
  ];
  for (const row of r.rows.filter((x) => x.verdict !== 'disagrees')) lines.push(`  ${row.verdict === 'agrees' ? 'agrees now' : 'not found '}  ${row.file}${row.line ? `:${row.line}` : ''}  ${row.article} (${row.action})`);
  return lines.join('\n');
}

/** Prints the section for the bundled corpus and its published corrections. */
export async function printCorrectionsAgreement(root = process.cwd()): Promise<void> {
  const r = await correctionsAgreement(resolve(root, 'src/content/articles'), resolve(root, 'src/content/corrections'));
  console.log(`\n${formatAgreement(r)}`);
}
