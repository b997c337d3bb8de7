// Per-speaker totals of a list of quotations. Its own module: the reading pages apply a reader's
// corrections with it, and importing it from extract-quotes.ts pulled the whole engine (its tables,
// frames and noun phrases, 14.5 kB gz) into every reading page.
import type { Quote, SpeakerCount } from './types.ts';

/** Per-speaker totals, most quoted first (ties by first appearance). */
export function countSpeakers(quotes: Quote[]): SpeakerCount[] {
  const counts = new Map<string, SpeakerCount>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    const c = counts.get(q.speaker.id);
    if (c) c.count++;
    else counts.set(q.speaker.id, { ...q.speaker, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}
