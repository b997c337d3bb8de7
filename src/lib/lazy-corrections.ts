// The reader's corrections for pages that must stay light (the home page): the store's code and the
// functions that apply corrections load after the first render, in a chunk of their own
// (corrections-watch.ts), and not at all when this browser has no corrections database, so the
// first page's JavaScript does not grow with them.
import { useEffect, useState } from 'react';
import type { StoredCorrection } from './corrections-db.ts';
import { mayHaveCorrections } from './corrections-db-name.ts';
import { importWithRetry } from './lazy-import.ts';

/** Every correction, with the functions that apply them to counts and lists. */
export interface LazyCorrections {
  list: readonly StoredCorrection[];
  views: typeof import('./corrected-views.ts');
}

// One check shared by the rows a render mounts together; asked again on later mounts, so a
// correction made later in the visit shows when the reader comes back.
let check: Promise<typeof import('./corrections-watch.ts') | null> | null = null;
/** The corrections watcher, or null when this browser has no corrections database. */
export function loadCorrectionsWatch() {
  check ??= mayHaveCorrections()
    .then((may) => (may ? importWithRetry(() => import('./corrections-watch.ts')) : null))
    .finally(() => {
      check = null;
    });
  return check;
}

/** The reader's corrections once their code has loaded; null until then, and when there are none. */
export function useLazyCorrections(): LazyCorrections | null {
  const [state, setState] = useState<LazyCorrections | null>(null);
  useEffect(() => {
    let live = true;
    let unsubscribe = () => {};
    loadCorrectionsWatch()
      .then((watch) => {
        if (live && watch) unsubscribe = watch.watchCorrections(setState);
      })
      .catch(() => undefined); // Offline with a stale deployment: the counts stay uncorrected.
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return state;
}
