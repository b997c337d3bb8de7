// The home list's "Show more articles": the next block of rows, fetched when the reader nears the
// end of the list (or presses the button). A chunk of its own, loaded only when there is more than
// one block to show (first-page JavaScript budget).
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { ArticleSummary, Manifest } from '../contract/article-data.ts';
import { useDataClient } from '../lib/data-client-context.ts';
import { nextMatches, summariesFor, type HomeFilter } from '../lib/home-filter.ts';

/** What the list shows so far, and how to add a block to it. */
export interface MoreArticlesProps {
  manifest: Manifest;
  filter: HomeFilter | null;
  /** Blocks shown so far (the next block's number). */
  blocks: number;
  /** Rows shown so far (the first new row's position). */
  shown: number;
  addBlock: (rows: ArticleSummary[]) => void;
  /** The list, to move focus to the first new row. */
  list: RefObject<HTMLOListElement | null>;
}

/** The button and the scroll watcher that load the next block of the home list. */
export function MoreArticles({ manifest, filter, blocks, shown, addBlock, list }: MoreArticlesProps) {
  const client = useDataClient();
  const [error, setError] = useState<string | null>(null);
  const loading = useRef(false);
  const sentinel = useRef<HTMLSpanElement>(null);

  const loadMore = useCallback(async () => {
    if (loading.current) return;
    loading.current = true;
    try {
      const next = filter
        ? await summariesFor(client, manifest, await nextMatches(filter, shown))
        : (await client.loadIndexPage(blocks)).articles;
      addBlock(next);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      loading.current = false;
    }
  }, [client, manifest, filter, blocks, shown, addBlock]);

  // Fetch the next page well before the reader reaches the end of the list.
  useEffect(() => {
    const el = sentinel.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void loadMore();
    }, { rootMargin: '1500px 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, [loadMore]);

  return (
    <>
      <span ref={sentinel} />
      {error && <p className="error-text">Could not load more articles: {error}</p>}
      <button
        type="button"
        onClick={async () => {
          const firstNew = shown;
          await loadMore();
          // Keyboard and screen-reader users continue at the first new article, not below it.
          requestAnimationFrame(() => list.current?.querySelectorAll<HTMLAnchorElement>('.row-title a')[firstNew]?.focus());
        }}
      >
        Show more articles
      </button>
    </>
  );
}
