// Whether the reader has added articles, without loading IndexedDB code: the store keeps a count
// in localStorage under this key after every write, read here by first-page code.
import { useAfterHydration } from './use-hydrated.ts';

/** localStorage key of the count of the reader's articles. */
export const MINE_COUNT_KEY = 'quote-reader:mine-count';

/** True when this browser may hold the reader's own articles. */
export function hasMineArticles(): boolean {
  try {
    return Number(localStorage.getItem(MINE_COUNT_KEY) ?? '0') > 0;
  } catch {
    return false;
  }
}

/** hasMineArticles() for rendering: false while a prerendered page hydrates (the build knows no reader's articles). */
export function useHasMineArticles(): boolean {
  return useAfterHydration(hasMineArticles(), false);
}
