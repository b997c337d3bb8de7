// The speaker filter lives in the URL: `?speaker=<id>` repeated. `?speaker=` (empty) means "none".

import { MAX_SPEAKER_ID_LENGTH } from '../common/slug-limits.ts';

/** URL value that stands for quotations without a resolved speaker. */
export const UNATTRIBUTED = 'unattributed';

/** More ids than this in one URL are ignored (a hostile or broken link). */
export const MAX_IDS = 50;

/** The parsed filter: `active` false means no filter at all (everything highlighted). */
export interface SpeakerFilter {
  active: boolean;
  ids: string[];
  /** Values that cannot be ids (too long, too many); reported to the reader. */
  rejected: number;
}

/** Reads the filter from search params, dropping duplicates and junk. */
export function readSpeakerFilter(params: URLSearchParams): SpeakerFilter {
  const raw = params.getAll('speaker');
  if (raw.length === 0) return { active: false, ids: [], rejected: 0 };
  const ids: string[] = [];
  let rejected = 0;
  for (const value of raw) {
    const id = value.trim();
    if (id === '') continue;
    if (id.length > MAX_SPEAKER_ID_LENGTH || ids.length >= MAX_IDS) rejected++;
    else if (!ids.includes(id)) ids.push(id);
  }
  return { active: true, ids, rejected };
}

/** New search params with the filter replaced; other params are kept. `null` removes the filter. */
export function withSpeakerFilter(params: URLSearchParams, ids: readonly string[] | null): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('speaker');
  if (ids !== null) {
    if (ids.length === 0) next.append('speaker', '');
    for (const id of ids) next.append('speaker', id);
  }
  return next;
}

/** `?a=b` or '' for appending to a path. */
export function searchString(params: URLSearchParams): string {
  const s = params.toString();
  return s ? `?${s}` : '';
}
