// The speakers of the reader's own articles (IndexedDB), for the speakers list and a speaker's
// page: counts per speaker, and the page of a speaker quoted only there. Loaded on demand by those
// pages when the reader has articles (src/lib/mine-hint.ts), never by the first page.
import type { SpeakerDetail, SpeakerSummary } from '../contract/article-data.ts';
import { listMine, type MineArticle } from './store.ts';

/** Quotations and articles per speaker in the reader's articles, as the bundled speakers.json counts them. */
export function mineSpeakerSummaries(rows: readonly MineArticle[]): SpeakerSummary[] {
  const bySpeaker = new Map<string, SpeakerSummary>();
  for (const article of rows) {
    const inThis = new Set<string>();
    for (const q of article.quotes) {
      if (!q.speaker) continue;
      const s = bySpeaker.get(q.speaker.id) ?? { id: q.speaker.id, name: q.speaker.name, type: q.speaker.type ?? null, quoteCount: 0, articleCount: 0 };
      s.quoteCount += 1;
      if (!inThis.has(s.id)) {
        inThis.add(s.id);
        s.articleCount += 1;
      }
      bySpeaker.set(s.id, s);
    }
  }
  return [...bySpeaker.values()];
}

/** Counts of every speaker in the reader's articles. */
export async function loadMineSpeakers(): Promise<SpeakerSummary[]> {
  return mineSpeakerSummaries(await listMine());
}

/**
 * The page data of a speaker quoted only in the reader's articles: no bundled articles (their
 * quotations are listed by the page's "In your articles" section), or null when none quotes them.
 */
export async function mineOnlySpeaker(id: string): Promise<SpeakerDetail | null> {
  const found = (await loadMineSpeakers()).find((s) => s.id === id);
  return found ? { id: found.id, name: found.name, type: found.type ?? null, articles: [] } : null;
}
