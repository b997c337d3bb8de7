// A media query as React state, so components can choose a phone or a desktop arrangement (jsdom and
// old browsers without matchMedia get the desktop one).
import { useSyncExternalStore } from 'react';

/** True while `query` matches. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (notify) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener?.('change', notify);
      return () => list?.removeEventListener?.('change', notify);
    },
    () => window.matchMedia?.(query).matches ?? false,
    () => false,
  );
}

/** The width below which the reading view puts the filter in a sheet (reading.css uses the same 60rem). */
export const PHONE_LAYOUT = '(max-width: 60rem)';
