// The reader's corrections for pages that must stay light (the home page): the store's code loads
// after the first render, in its own chunk, so the first page's JavaScript does not grow with it.
import { useEffect, useState } from 'react';
import type { StoredCorrection } from './corrections-db.ts';

const NONE: readonly StoredCorrection[] = [];

/** Every correction, read once the store's chunk has loaded (empty until then). */
export function useLazyCorrections(): readonly StoredCorrection[] {
  const [list, setList] = useState<readonly StoredCorrection[]>(NONE);
  useEffect(() => {
    let live = true;
    let unsubscribe = () => {};
    import('./corrections-db.ts').then((db) => {
      if (!live) return;
      const read = () => setList(db.getCorrectionsSnapshot() ?? NONE);
      unsubscribe = db.subscribeCorrections(read);
      read();
    }, () => undefined);
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return list;
}
