// Where the reader stopped in each article (the paragraph at the top of the window), remembered in
// localStorage so an article opens with "Continue where you stopped". Kept small: the newest
// MAX_REMEMBERED articles only.
import { own } from '../common/own.ts';

/** localStorage key. */
export const POSITION_KEY = 'quote-reader:positions';
/** Articles remembered at most; the oldest are forgotten first. */
export const MAX_REMEMBERED = 200;

/** One remembered place. */
export interface ReadingPlace {
  /** 0-based paragraph index. */
  paragraph: number;
  /** Time of the last save (ms since the epoch), for forgetting the oldest. */
  at: number;
}

function readAll(storage: Storage | undefined): Record<string, ReadingPlace> {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(POSITION_KEY) ?? '{}');
    return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, ReadingPlace>) : {};
  } catch {
    return {};
  }
}

/** The saved place in an article, or null (nothing saved, junk stored, storage unavailable). */
export function loadPlace(slug: string, storage: Storage | undefined = globalThis.localStorage): ReadingPlace | null {
  const place = own(readAll(storage), slug);
  return place && Number.isInteger(place.paragraph) && place.paragraph >= 0 ? place : null;
}

/** Saves (or, for paragraph 0, forgets) the place in an article. */
export function savePlace(slug: string, paragraph: number, storage: Storage | undefined = globalThis.localStorage, now = Date.now()): void {
  const all = readAll(storage);
  if (paragraph <= 0) delete all[slug];
  else all[slug] = { paragraph, at: now };
  const kept = Object.entries(all)
    .sort((a, b) => b[1].at - a[1].at)
    .slice(0, MAX_REMEMBERED);
  try {
    storage?.setItem(POSITION_KEY, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // A full or disabled storage only loses the bookmark.
  }
}
