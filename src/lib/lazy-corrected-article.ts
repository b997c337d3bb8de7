// The reader's corrections in the reading view without the store in its first page: the store
// (idb) and the code that applies corrections load only in a browser that has a corrections
// database, after the first render; the first correction made here or in another tab (which
// creates the database) brings them in, so it shows at once (decision 085).
import { useEffect, useMemo, useState } from 'react';
import type { ArticleChunk } from '../contract/article-data.ts';
import type { StoredCorrection } from './corrections-db.ts';
import { onCorrectionsChanged } from './corrections-signal.ts';
import { loadCorrectionsWatch, type LazyCorrections } from './lazy-corrections.ts';
import { importWithRetry } from './lazy-import.ts';

type Watch = typeof import('./corrections-watch.ts');
type Apply = typeof import('./use-corrections.ts')['correctArticle'];

// Kept once loaded: a later article (a client-side move) is drawn corrected from its first frame.
let loaded: { watch: Watch; apply: Apply } | null = null;

const loadAll = () =>
  loadCorrectionsWatch().then(async (watch) => {
    if (!watch) return null;
    const { correctArticle } = await importWithRetry(() => import('./use-corrections.ts'));
    loaded = { watch, apply: correctArticle };
    return loaded;
  });

const NONE: readonly StoredCorrection[] = [];

/** The article with the reader's corrections applied (as it is until they have loaded, and without any), and its corrections. */
export function useLazyCorrectedArticle(article: ArticleChunk, key = article.slug): { article: ArticleChunk; corrections: readonly StoredCorrection[] } {
  const [state, setState] = useState<{ corrections: LazyCorrections | null; apply: Apply } | null>(() =>
    loaded ? { corrections: loaded.watch.currentCorrections(), apply: loaded.apply } : null,
  );
  useEffect(() => {
    let live = true;
    let unsubscribe: (() => void) | null = null;
    const start = () => {
      if (unsubscribe) return;
      loadAll()
        .then((l) => {
          if (!live || !l || unsubscribe) return;
          unsubscribe = l.watch.watchCorrections((corrections) => setState({ corrections, apply: l.apply }));
        })
        .catch(() => undefined); // Offline with a stale deployment: the article stays uncorrected.
    };
    start();
    // No store yet: the first correction creates one, and the page starts watching it then.
    const stopListening = onCorrectionsChanged(start);
    return () => {
      live = false;
      stopListening();
      unsubscribe?.();
    };
  }, []);
  return useMemo(
    () => (state?.corrections ? state.apply(article, state.corrections.list, key) : { article, corrections: NONE }),
    [article, state, key],
  );
}
