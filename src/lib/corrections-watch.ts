// The reader's corrections as the light pages (the home page) see them: the store's current list
// and every change to it, with the functions that apply them. Loaded by lazy-corrections.ts only
// when this browser has a corrections database.
import { getCorrectionsSnapshot, subscribeCorrections } from './corrections-db.ts';
import * as views from './corrected-views.ts';
import type { LazyCorrections } from './lazy-corrections.ts';

/** The corrections as the store has them now (null when there are none or they are still being read). */
export function currentCorrections(): LazyCorrections | null {
  const list = getCorrectionsSnapshot();
  return list && list.length > 0 ? { list, views } : null;
}

/** Calls `set` with the corrections now and after every change (null when there are none); returns the unsubscribe. */
export function watchCorrections(set: (corrections: LazyCorrections | null) => void): () => void {
  const read = () => set(currentCorrections());
  const unsubscribe = subscribeCorrections(read);
  read();
  return unsubscribe;
}
