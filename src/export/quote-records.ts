// One record a quotation, for "Export quotations" (CSV and JSON) in the app and on the command
// line. Pure: the same code runs in the export worker, the page and scripts/export-quotes.ts.
import type { ShownQuote } from '../corrections/correction.ts';

/** What a record needs to know of its article. */
export interface RecordArticle {
  slug: string;
  title: string;
  date: string | null;
  source: string | null;
  url: string | null;
  text: string;
  quotes: readonly ShownQuote[];
}

/** One exported quotation. Field order is the CSV's column order. */
export interface QuoteRecord {
  quotation: string;
  speaker_name: string | null;
  speaker_id: string | null;
  speaker_type: string | null;
  kind: string;
  cue: string | null;
  confidence: number;
  corrected: 'yes' | 'no';
  article_title: string;
  date: string | null;
  source: string | null;
  original_url: string | null;
  link: string;
}

/** The CSV header, in column order (the keys of QuoteRecord). */
export const RECORD_FIELDS: readonly (keyof QuoteRecord)[] = [
  'quotation', 'speaker_name', 'speaker_id', 'speaker_type', 'kind', 'cue', 'confidence', 'corrected',
  'article_title', 'date', 'source', 'original_url', 'link',
];

/** The speaker's type (person, organisation, group, role) when the engine gives one. */
function speakerType(q: ShownQuote): string | null {
  const s: unknown = q.speaker;
  if (s && typeof s === 'object' && 'type' in s && typeof s.type === 'string') return s.type;
  return null;
}

/**
 * The records of one article's quotations. `articleLink` is the absolute link to the article in
 * the app (the site's base path included); each record links to its quotation as `#qN`.
 */
export function recordsOf(article: RecordArticle, articleLink: string, speakerId?: string): QuoteRecord[] {
  const out: QuoteRecord[] = [];
  for (const q of article.quotes) {
    if (speakerId !== undefined && q.speaker?.id !== speakerId) continue;
    out.push({
      quotation: article.text.slice(q.start, q.end),
      speaker_name: q.speaker?.name ?? null,
      speaker_id: q.speaker?.id ?? null,
      speaker_type: speakerType(q),
      kind: q.kind,
      cue: q.cue ? article.text.slice(q.cue.start, q.cue.end) : null,
      confidence: q.confidence,
      corrected: q.correction ? 'yes' : 'no',
      article_title: article.title,
      date: article.date,
      source: article.source,
      original_url: article.url,
      link: `${articleLink}#${encodeURIComponent(q.id)}`,
    });
  }
  return out;
}

/** The link to a bundled article in the app, from the site's absolute base URL (ending in "/"). */
export function articleLinkOf(siteBase: string, slug: string): string {
  return `${siteBase.endsWith('/') ? siteBase : `${siteBase}/`}articles/${encodeURIComponent(slug)}`;
}
