// A media query as React state, so components can choose a phone or a desktop arrangement (jsdom and
// old browsers without matchMedia get the desktop one).
import { useSyncExternalStore } from 'react';

/** True while `query` matches; null while the page is prerendered at build time, where no screen is known. */
export function useMediaQuery(query: string): boolean | null {
  return useSyncExternalStore<boolean | null>(
    (notify) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener?.('change', notify);
      return () => list?.removeEventListener?.('change', notify);
    },
    () => window.matchMedia?.(query).matches ?? false,
    () => null,
  );
}

/** The width below which the reading view puts the filter in a sheet (reading.css uses the same 60rem). */
export const PHONE_LAYOUT = '(max-width: 60rem)';
