// The speakers list with the reader's own articles counted alongside the bundled ones (issue 11):
// the counts are loaded from IndexedDB on demand, only when the reader has articles, so the
// speakers page pays nothing otherwise.
import { useEffect, useState } from 'react';
import type { SpeakerSummary } from '../contract/article-data.ts';
import { hasMineArticles } from './mine-hint.ts';
import { importWithRetry } from './lazy-import.ts';

/** A speakers-list row: the totals, and how much of them is in the reader's articles. */
export interface SpeakerWithMine extends SpeakerSummary {
  /** Quotations and articles of the totals that are the reader's own (0 when none). */
  mineQuoteCount: number;
  mineArticleCount: number;
}

/** Bundled counts plus the reader's; a speaker only in the reader's articles gets a row of their own. */
export function withMineCounts(bundled: readonly SpeakerSummary[], mine: readonly SpeakerSummary[]): SpeakerWithMine[] {
  const mineById = new Map(mine.map((m) => [m.id, m]));
  const rows: SpeakerWithMine[] = bundled.map((s) => {
    const m = mineById.get(s.id);
    mineById.delete(s.id);
    return m
      ? { ...s, quoteCount: s.quoteCount + m.quoteCount, articleCount: s.articleCount + m.articleCount, mineQuoteCount: m.quoteCount, mineArticleCount: m.articleCount }
      : { ...s, mineQuoteCount: 0, mineArticleCount: 0 };
  });
  for (const m of mineById.values()) rows.push({ ...m, mineQuoteCount: m.quoteCount, mineArticleCount: m.articleCount });
  return rows;
}

/** The reader's speakers (empty until loaded, and when there are none or storage cannot be read). */
export function useMineSpeakers(): readonly SpeakerSummary[] {
  const [mine, setMine] = useState<readonly SpeakerSummary[]>([]);
  useEffect(() => {
    if (!hasMineArticles()) return;
    let live = true;
    importWithRetry(() => import('../mine/mine-speakers.ts'))
      .then((m) => m.loadMineSpeakers())
      .then(
        (rows) => live && setMine(rows),
        // The bundled list stands on its own; the home page reports unreadable storage.
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, []);
  return mine;
}
