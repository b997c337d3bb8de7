// Matching a typed name against speaker names, the same way everywhere in the app (the speakers
// page's filter and the home page's speaker picker): any part of the name, case and accents ignored,
// every typed word required ("trump" finds Donald Trump, "jose mart" finds José Martínez).
import { plural, truncate } from './format.ts';

/** Lower case without diacritics, so "jose" finds "José". */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The typed words, folded; empty when nothing was typed. */
export function queryWords(query: string): string[] {
  return foldName(query).split(/\s+/u).filter(Boolean);
}

/** True when every typed word occurs in the (already folded) name. */
export function matchesWords(foldedName: string, words: readonly string[]): boolean {
  return words.every((w) => foldedName.includes(w));
}

/**
 * Speakers matching a typed name, best first: an exact name (or id) alone, else every name
 * containing all the words, most quoted first.
 */
export function findSpeakers<T extends { id: string; name: string; quoteCount: number }>(speakers: readonly T[], query: string): T[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const whole = words.join(' ');
  const exact = speakers.filter((s) => foldName(s.name) === whole || s.id === query.trim().toLowerCase());
  if (exact.length > 0) return exact;
  return speakers.filter((s) => matchesWords(foldName(s.name), words)).sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name, 'en'));
}

/**
 * What the home page's picker does with a typed name: add the one speaker it names, or say what was
 * found and offer up to `max` choices, most quoted first. Here, not in the page, so the first page
 * does not carry it (this module loads when the picker is used).
 */
export function pickSpeaker<T extends { id: string; name: string; quoteCount: number }>(speakers: readonly T[], typed: string, max: number): { add: T } | { choices: T[]; message: string } {
  const found = findSpeakers(speakers, typed);
  if (found.length === 1) return { add: found[0]! };
  if (found.length === 0) return { choices: [], message: `No speaker’s name contains “${truncate(typed, 60)}”.` };
  return {
    choices: found.slice(0, max),
    message: `${plural(found.length, 'speaker')} match “${truncate(typed, 60)}”${found.length > max ? `; the ${max} most quoted are listed` : ''}. Choose one:`,
  };
}
