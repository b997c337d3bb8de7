// The Voices summary (data/voices.json): articles summed per source and date, with each speaker's
// quotations and articles. One pure function for the build (every bundled article), the app (the
// reader's own articles) and the tests, so both sides count the same way.
import type { VoicesBucket, VoicesSummary } from './article-data.ts';
import { speakerTypeOf } from '../common/speaker-type.ts';
import type { SpeakerCount } from '../quotes/types.ts';

/** What the summary needs of one article. */
export interface VoicesRow {
  source: string | null;
  date: string | null;
  quoteCount: number;
  speakers: readonly SpeakerCount[];
}

/** Sums the articles per (source, date); speakers are listed once, in order of first appearance. */
export function summariseVoices(rows: Iterable<VoicesRow>): VoicesSummary {
  const sum = voicesAccumulator();
  for (const row of rows) sum.add(row);
  return sum.summary();
}

/** summariseVoices one row at a time (the streaming build adds each article as it passes). */
export function voicesAccumulator(): { add(row: VoicesRow): void; summary(): VoicesSummary } {
  const speakers: VoicesSummary['speakers'] = [];
  const speakerIndex = new Map<string, number>();
  const buckets = new Map<string, { bucket: VoicesBucket; bySpeaker: Map<number, [number, number, number]> }>();
  const add = (row: VoicesRow): void => {
    // \u0000 cannot be in a source or an ISO date, so the key is unambiguous.
    const key = `${row.source ?? ''}\u0000${row.source === null ? 'n' : 's'}\u0000${row.date ?? ''}`;
    let b = buckets.get(key);
    if (!b) {
      b = { bucket: { source: row.source, date: row.date, articles: 0, quotes: 0, speakers: [] }, bySpeaker: new Map() };
      buckets.set(key, b);
    }
    b.bucket.articles++;
    b.bucket.quotes += row.quoteCount;
    for (const s of row.speakers) {
      let i = speakerIndex.get(s.id);
      if (i === undefined) {
        i = speakers.length;
        const type = speakerTypeOf(s);
        speakers.push({ id: s.id, name: s.name, type: type === 'unknown' ? null : type });
        speakerIndex.set(s.id, i);
      }
      let entry = b.bySpeaker.get(i);
      if (!entry) {
        entry = [i, 0, 0];
        b.bySpeaker.set(i, entry);
        b.bucket.speakers.push(entry);
      }
      entry[1] += s.count;
      entry[2] += 1;
    }
  };
  return { add, summary: () => ({ speakers, buckets: [...buckets.values()].map((b) => b.bucket) }) };
}
