// The reader's corrections outside the article they were made in: the home page's speaker counts,
// the speakers list, a speaker's page and search results all show the corrected answer. Pure
// functions over the stored corrections (which record what the page showed before, `shown`).
import type { SpeakerDetail, SpeakerQuote, SpeakerSummary } from '../contract/article-data.ts';
import { speakerId } from '../common/slug.ts';
import type { SpeakerCount } from '../quotes/types.ts';
import type { StoredCorrection } from './corrections-db.ts';

/** The speaker a correction gives its quotation: a speaker, null (unattributed), or undefined (not a quotation). */
export function correctedSpeaker(c: StoredCorrection): { id: string; name: string } | null | undefined {
  if (c.action === 'remove') return undefined;
  if (!c.speaker) return null;
  return { id: c.speaker.id ?? speakerId(c.speaker.name), name: c.speaker.name.trim() };
}

/** Per speaker id, how many quotations the corrections take away (−) or give (+), with a name for new ones. */
export function speakerDeltas(corrections: readonly StoredCorrection[], article?: string): Map<string, { name: string; delta: number }> {
  const out = new Map<string, { name: string; delta: number }>();
  const move = (s: { id: string; name: string }, by: number) => {
    const row = out.get(s.id) ?? { name: s.name, delta: 0 };
    row.delta += by;
    out.set(s.id, row);
  };
  for (const c of corrections) {
    if (article !== undefined && c.article !== article) continue;
    const to = correctedSpeaker(c);
    const from = c.shown;
    if (from && to && from.id === to.id) continue;
    if (from) move(from, -1);
    if (to) move(to, +1);
  }
  return out;
}

/** An article's speaker counts with the reader's corrections (most quoted first, none at zero). */
export function correctSpeakerCounts(slug: string, speakers: readonly SpeakerCount[], corrections: readonly StoredCorrection[]): readonly SpeakerCount[] {
  const deltas = speakerDeltas(corrections, slug);
  if (deltas.size === 0) return speakers;
  const rows = new Map(speakers.map((s) => [s.id, { ...s }]));
  for (const [id, d] of deltas) {
    const row = rows.get(id);
    if (row) row.count += d.delta;
    else if (d.delta > 0) rows.set(id, { id, name: d.name, count: d.delta });
  }
  return [...rows.values()].filter((s) => s.count > 0).sort((a, b) => b.count - a.count);
}

/** An article's quotation count with the reader's corrections (marked ones added, removed ones gone). */
export function correctQuoteCount(slug: string, count: number, corrections: readonly StoredCorrection[]): number {
  let n = count;
  for (const c of corrections) {
    if (c.article !== slug) continue;
    if (c.action === 'remove' && c.shown !== undefined) n--;
    else if (c.action !== 'remove' && c.shown === undefined) n++;
  }
  return Math.max(0, n);
}

/** The speakers list with the reader's corrections: quotation counts moved, new speakers added. */
export function correctSpeakerList(speakers: readonly SpeakerSummary[], corrections: readonly StoredCorrection[]): readonly SpeakerSummary[] {
  const deltas = speakerDeltas(corrections.filter((c) => !c.article.startsWith('mine:')));
  if (deltas.size === 0) return speakers;
  const seen = new Set<string>();
  const out: SpeakerSummary[] = [];
  for (const s of speakers) {
    seen.add(s.id);
    const d = deltas.get(s.id);
    const quoteCount = s.quoteCount + (d?.delta ?? 0);
    if (quoteCount > 0) out.push(d ? { ...s, quoteCount } : s);
  }
  for (const [id, d] of deltas) {
    if (!seen.has(id) && d.delta > 0) {
      const articles = new Set(corrections.filter((c) => correctedSpeaker(c)?.id === id).map((c) => c.article));
      out.push({ id, name: d.name, quoteCount: d.delta, articleCount: articles.size });
    }
  }
  return out;
}

/** Does this correction concern the quotation `quoteId` of `slug`? */
const concerns = (c: StoredCorrection, slug: string, quoteId: string) => c.article === slug && c.quoteId === quoteId;

/** A speaker's page with the reader's corrections: quotations moved away hidden, those given to the speaker added. */
export function correctSpeakerDetail(detail: SpeakerDetail, corrections: readonly StoredCorrection[]): { detail: SpeakerDetail; hidden: number; added: number } {
  const relevant = corrections.filter((c) => !c.article.startsWith('mine:'));
  if (relevant.length === 0) return { detail, hidden: 0, added: 0 };
  let hidden = 0;
  const articles = detail.articles.map((a) => ({
    ...a,
    quotes: a.quotes.filter((q) => {
      const c = relevant.find((x) => concerns(x, a.slug, q.id));
      const keep = !c || correctedSpeaker(c)?.id === detail.id;
      if (!keep) hidden++;
      return keep;
    }),
  }));
  let added = 0;
  for (const c of relevant) {
    const to = correctedSpeaker(c);
    if (!to || to.id !== detail.id || c.shown?.id === detail.id) continue;
    // A marked quotation's id (c1, …) is only known in its article: link to the article itself.
    const quote: SpeakerQuote = { id: c.quoteId ?? `added-${added}`, text: c.quote.text, kind: 'direct', confidence: 1 };
    const entry = articles.find((a) => a.slug === c.article);
    if (entry) {
      if (!entry.quotes.some((q) => q.id === quote.id)) entry.quotes.push(quote);
    } else articles.push({ slug: c.article, title: c.title ?? c.article, date: null, position: Number.MAX_SAFE_INTEGER, quotes: [quote] });
    added++;
  }
  return { detail: { ...detail, articles: articles.filter((a) => a.quotes.length > 0) }, hidden, added };
}

/** The speaker a search result's quotation has after the reader's corrections (undefined: not a quotation now). */
export function correctQuoteSpeaker(slug: string, quoteId: string, speaker: string | null, corrections: readonly StoredCorrection[]): string | null | undefined {
  const ref = correctQuoteSpeakerRef(slug, quoteId, speaker === null ? null : { id: '', name: speaker }, corrections);
  return ref === undefined ? undefined : (ref?.name ?? null);
}

/** As correctQuoteSpeaker, with the speaker's id too (search results link a corrected speaker to their page). */
export function correctQuoteSpeakerRef(
  slug: string,
  quoteId: string,
  speaker: { id: string; name: string } | null,
  corrections: readonly StoredCorrection[],
): { id: string; name: string } | null | undefined {
  for (let i = corrections.length - 1; i >= 0; i--) {
    const c = corrections[i]!;
    if (!concerns(c, slug, quoteId)) continue;
    return correctedSpeaker(c);
  }
  return speaker;
}
