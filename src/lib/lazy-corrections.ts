// The reader's corrections for pages that must stay light (the home page): the store's code and the
// functions that apply corrections load after the first render, in their own chunks, and not at
// all when this browser has no corrections database, so the first page's JavaScript does not grow
// with them.
import { useEffect, useState } from 'react';
import type { StoredCorrection } from './corrections-db.ts';
import { CORRECTIONS_DB_NAME } from './corrections-db-name.ts';
import { importWithRetry } from './lazy-import.ts';

type Views = typeof import('./corrected-views.ts');
type Store = typeof import('./corrections-db.ts');

/** Every correction, with the functions that apply them to counts and lists. */
export interface LazyCorrections {
  list: readonly StoredCorrection[];
  views: Views;
}

/** False only when the browser can tell that no corrections database exists. */
async function mayHaveCorrections(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  // Firefox before 126 and jsdom have no databases(): load the store and read it.
  if (typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((d) => d.name === CORRECTIONS_DB_NAME);
  } catch {
    return true;
  }
}

// Shared by every row of a page; forgotten when there was nothing, so a correction made later in
// the visit shows when the reader comes back.
let pending: Promise<{ store: Store; views: Views } | null> | null = null;
function load(): Promise<{ store: Store; views: Views } | null> {
  pending ??= mayHaveCorrections().then(async (may) => {
    if (!may) return null;
    const [store, views] = await Promise.all([importWithRetry(() => import('./corrections-db.ts')), importWithRetry(() => import('./corrected-views.ts'))]);
    return { store, views };
  });
  const mine = pending;
  mine.then(
    (r) => {
      if (r === null && pending === mine) pending = null;
    },
    () => {
      if (pending === mine) pending = null;
    },
  );
  return mine;
}

/** The reader's corrections once their code has loaded; null until then, and when there are none. */
export function useLazyCorrections(): LazyCorrections | null {
  const [state, setState] = useState<LazyCorrections | null>(null);
  useEffect(() => {
    let live = true;
    let unsubscribe = () => {};
    load().then((mods) => {
      if (!live || !mods) return;
      const read = () => {
        const list = mods.store.getCorrectionsSnapshot();
        setState(list && list.length > 0 ? { list, views: mods.views } : null);
      };
      unsubscribe = mods.store.subscribeCorrections(read);
      read();
    }, () => undefined);
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return state;
}
