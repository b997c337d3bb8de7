// Progressive rendering of very long articles (issue 10 item 13): a page of 400,000 paragraphs
// must not be rendered in one task. The first PROGRESSIVE_FIRST paragraphs (and at least every
// paragraph up to the one a deep link or the saved reading place needs) render at once; the rest
// follow in growing batches while the browser is idle, so every paragraph (and every quotation, for the
// speaker filter and j/k) is in the page within a few seconds. Ordinary articles are unaffected.
import { useEffect, useState } from 'react';
import type { ParagraphLayout } from './article-layout.ts';
import { useAfterHydration } from './use-hydrated.ts';

/** Paragraphs rendered in the first paint of a long article (every article up to this is whole). */
export const PROGRESSIVE_FIRST = 200;

/**
 * Paragraphs added per idle callback after the first paint, at least; a batch is also at least half
 * of what is shown, so the number of re-renders grows with the log of the length, not linearly
 * (400 paragraphs a batch took 30-47 s to complete a 5 MB article; see decision 024).
 */
export const PROGRESSIVE_BATCH = 400;

/** The next count after `shown`. */
export function nextCount(shown: number, total: number): number {
  return Math.min(total, shown + Math.max(PROGRESSIVE_BATCH, Math.ceil(shown / 2)));
}

type Idle = (run: () => void) => () => void;

// requestIdleCallback where there is one (with a timeout so a busy page still progresses); a timer elsewhere.
const whenIdle: Idle = (run) => {
  if (typeof window !== 'undefined' && typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 200 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
};

/** Index of the paragraph where the quotation `id` opens, or -1. */
export function paragraphOfQuote(layout: readonly ParagraphLayout[], id: string): number {
  if (!id) return -1;
  for (const para of layout) if (para.pieces.some((p) => p.part === 0 && p.quote.id === id)) return para.index;
  return -1;
}

/**
 * How many of `total` paragraphs to render now: all for ordinary articles; for long ones the
 * first batch (extended to include paragraph `mustInclude`), growing in idle time until all.
 * `key` (the article) restarts the count.
 */
export function useProgressiveCount(total: number, key: string, mustIncludeWanted = -1): number {
  // The build renders no #fragment: hydration renders its count, and the next render reaches the paragraph.
  const mustInclude = useAfterHydration(mustIncludeWanted, -1);
  const first = (need: number) => Math.min(total, Math.max(PROGRESSIVE_FIRST, need + 1));
  const [state, setState] = useState(() => ({ key, shown: first(mustInclude) }));
  let shown = state.key === key ? state.shown : first(mustInclude);
  // A deep link (or the resume button) to a paragraph not rendered yet: render up to it now.
  if (mustInclude >= shown) shown = Math.min(total, mustInclude + 1);
  if (state.key !== key || shown !== state.shown) setState({ key, shown });

  useEffect(() => {
    if (shown >= total) return undefined;
    return whenIdle(() => setState((s) => (s.key === key ? { key, shown: nextCount(s.shown, total) } : s)));
  }, [key, shown, total]);
  return Math.min(shown, total);
}
