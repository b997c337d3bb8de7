// The reader's corrections in React: read from the store (every tab stays in step), applied to an
// article before anything renders it, so the highlights, the filter, its counts and exports all
// show the corrected answer.
import { useMemo, useSyncExternalStore } from 'react';
import type { ArticleChunk } from '../contract/article-data.ts';
import { locateAnchor } from '../corrections/anchor.ts';
import { applyCorrections, type UnappliedCorrection } from '../corrections/apply-corrections.ts';
import type { ShownQuote } from '../corrections/correction.ts';
import { getCorrectionsSnapshot, subscribeCorrections, type StoredCorrection } from './corrections-db.ts';

const NONE: readonly StoredCorrection[] = [];

/** Every correction the reader made (empty until the store has been read). */
export function useAllCorrections(): readonly StoredCorrection[] {
  return useSyncExternalStore(subscribeCorrections, () => getCorrectionsSnapshot() ?? NONE, () => NONE);
}

/** An article with the reader's corrections applied, and those that could not be. */
export interface CorrectedArticle {
  article: ArticleChunk;
  corrections: StoredCorrection[];
  unapplied: UnappliedCorrection[];
}

/** The corrections of one article, oldest first (a later one of the same quotation wins). */
export function correctionsFor(key: string, corrections: readonly StoredCorrection[]): StoredCorrection[] {
  return corrections.filter((c) => c.article === key).sort((a, b) => (a.created ?? '').localeCompare(b.created ?? ''));
}

/** Applies `corrections` (oldest first) to the article; the same object when there are none. */
export function correctArticle(article: ArticleChunk, corrections: readonly StoredCorrection[], key = article.slug): CorrectedArticle {
  const mine = correctionsFor(key, corrections);
  if (mine.length === 0) return { article, corrections: mine, unapplied: [] };
  const out = applyCorrections(article.text, article.quotes, mine, 'reader');
  return { article: { ...article, quotes: out.quotes, speakers: out.speakers }, corrections: mine, unapplied: out.unapplied };
}

/** The article as the reader has corrected it. */
export function useCorrectedArticle(article: ArticleChunk, key = article.slug): CorrectedArticle {
  const all = useAllCorrections();
  return useMemo(() => correctArticle(article, all, key), [article, all, key]);
}

/** The reader's stored correction behind a corrected quotation (for "Undo correction"). */
export function correctionOf(quote: ShownQuote, text: string, corrections: readonly StoredCorrection[]): StoredCorrection | undefined {
  if (quote.correction?.by !== 'reader') return undefined;
  // The latest correction whose words land on this quotation.
  for (let i = corrections.length - 1; i >= 0; i--) {
    const c = corrections[i]!;
    const m = locateAnchor(text, [quote], c.quote);
    if (m && m.kind !== 'none' && m.kind !== 'overlap') return c;
  }
  return undefined;
}
