// The Voices summary (data/voices.json) and the /voices aggregation over it: one row per case.
import { describe, expect, it } from 'vitest';
import { summariseVoices, type VoicesRow } from '../../../src/contract/voices-summary.ts';
import { corpusVoices } from '../../../src/lib/voices.ts';

const sp = (id: string, count: number, type?: 'person' | 'organisation') => ({ id, name: id.toUpperCase(), count, ...(type ? { type } : {}) });
const ROWS: VoicesRow[] = [
  { source: 'A', date: '2020-01-01', quoteCount: 3, speakers: [sp('ann', 2, 'person')] },
  { source: 'A', date: '2020-01-01', quoteCount: 1, speakers: [sp('ann', 1, 'person')] },
  { source: 'B', date: '2021-06-01', quoteCount: 4, speakers: [sp('ann', 1, 'person'), sp('org', 3, 'organisation')] },
  { source: null, date: null, quoteCount: 2, speakers: [sp('bob', 2)] },
];
const ALL = { source: null, from: null, to: null };

describe('summariseVoices', () => {
  it('sums articles of one source and date into one bucket, listing each speaker once', () => {
    const s = summariseVoices(ROWS);
    expect(s.speakers.map((x) => x.id)).toEqual(['ann', 'org', 'bob']);
    expect(s.speakers.map((x) => x.type)).toEqual(['person', 'organisation', null]);
    expect(s.buckets).toHaveLength(3);
    expect(s.buckets[0]).toEqual({ source: 'A', date: '2020-01-01', articles: 2, quotes: 4, speakers: [[0, 3, 2]] });
  });

  it('keeps a source named "" apart from no source', () => {
    const s = summariseVoices([{ ...ROWS[3]!, source: '' }, ROWS[3]!]);
    expect(s.buckets).toHaveLength(2);
  });
});

describe('corpusVoices over summaries', () => {
  it.each([
    ['everything', ALL, { articles: 4, quotes: 10, ann: [4, 3], unattributed: 1 }],
    ['one source', { ...ALL, source: 'A' }, { articles: 2, quotes: 4, ann: [3, 2], unattributed: 1 }],
    ['a date range leaves undated articles out', { ...ALL, from: '2021-01-01' }, { articles: 1, quotes: 4, ann: [1, 1], unattributed: 0 }],
    ['a range before everything', { ...ALL, to: '2019-12-31' }, { articles: 0, quotes: 0, ann: null, unattributed: 0 }],
  ] as const)('%s', (_name, filter, want) => {
    const v = corpusVoices([summariseVoices(ROWS)], filter);
    expect([v.articles, v.quotes]).toEqual([want.articles, want.quotes]);
    const ann = v.speakers.find((s) => s.id === 'ann');
    expect(ann ? [ann.quotes, ann.articles] : null).toEqual(want.ann);
    expect(v.byGroup.find((g) => g.group === 'unattributed')?.quotes ?? 0).toBe(want.unattributed);
    expect(v.sources).toEqual(['A', 'B']);
  });

  it('adds a second summary (the reader’s own articles) to the first', () => {
    const mine = summariseVoices([{ source: 'C', date: '2022-02-02', quoteCount: 2, speakers: [sp('ann', 2, 'person')] }]);
    const v = corpusVoices([summariseVoices(ROWS), mine], ALL);
    expect(v.articles).toBe(5);
    expect(v.speakers[0]).toMatchObject({ id: 'ann', quotes: 6, articles: 4, group: 'person' });
    expect(v.sources).toEqual(['A', 'B', 'C']);
  });
});
