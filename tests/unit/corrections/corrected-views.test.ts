// The reader's corrections outside their article: one row per view (counts, list, speaker page, search).
import { describe, expect, it } from 'vitest';
import type { SpeakerDetail } from '../../../src/contract/article-data.ts';
import type { StoredCorrection } from '../../../src/lib/corrections-db.ts';
import { correctQuoteSpeaker, correctSpeakerCounts, correctSpeakerDetail, correctSpeakerList, speakerDeltas } from '../../../src/lib/corrected-views.ts';

const ann = { id: 'ann-lee', name: 'Ann Lee' };
const bo = { id: 'bo-chan', name: 'Bo Chan' };
const c = (over: Partial<StoredCorrection>): StoredCorrection => ({
  key: Math.random().toString(36), article: 'bridge', action: 'speaker', quote: { text: '"Yes,"', start: 0, end: 6 }, quoteId: 'q1', shown: bo, speaker: { name: 'Ann Lee', id: 'ann-lee' }, ...over,
});

describe('speakerDeltas', () => {
  it.each([
    ['a new speaker: one from the shown, one to the new', [c({})], { 'bo-chan': -1, 'ann-lee': 1 }],
    ['not a quotation: one from the shown', [c({ action: 'remove', speaker: undefined })], { 'bo-chan': -1 }],
    ['a marked quotation: one to its speaker', [c({ action: 'add', shown: undefined, quoteId: undefined })], { 'ann-lee': 1 }],
    ['unattributed: one from the shown', [c({ speaker: null })], { 'bo-chan': -1 }],
    ['the same speaker again: nothing moves', [c({ shown: ann })], {}],
    ['a typed name without id: the shared speaker id', [c({ speaker: { name: 'Cy Dee' } })], { 'bo-chan': -1, 'cy-dee': 1 }],
  ] as const)('%s', (_name, list, want) => {
    expect(Object.fromEntries([...speakerDeltas(list)].map(([id, d]) => [id, d.delta]))).toEqual(want);
  });
});

describe('views', () => {
  it('moves an article’s speaker counts and drops a speaker left with none', () => {
    expect(correctSpeakerCounts('bridge', [{ ...bo, count: 1 }], [c({})])).toEqual([{ ...ann, count: 1 }]);
    expect(correctSpeakerCounts('other', [{ ...bo, count: 1 }], [c({})])).toEqual([{ ...bo, count: 1 }]);
  });

  it('moves the speakers list’s quotation counts, adding a new speaker', () => {
    expect(correctSpeakerList([{ ...bo, quoteCount: 3, articleCount: 2 }], [c({})])).toEqual([
      { ...bo, quoteCount: 2, articleCount: 2 },
      { ...ann, quoteCount: 1, articleCount: 1 },
    ]);
  });

  it('hides on a speaker page the quotations corrected away and adds those given to the speaker', () => {
    const boPage: SpeakerDetail = { ...bo, articles: [{ slug: 'bridge', title: 'Bridge', date: null, position: 0, quotes: [{ id: 'q1', text: '"Yes,"', kind: 'direct', confidence: 0.7 }, { id: 'q2', text: '"No."', kind: 'direct', confidence: 0.7 }] }] };
    const away = correctSpeakerDetail(boPage, [c({})]);
    expect(away.hidden).toBe(1);
    expect(away.detail.articles[0]!.quotes.map((q) => q.id)).toEqual(['q2']);
    const annPage: SpeakerDetail = { ...ann, articles: [] };
    const to = correctSpeakerDetail(annPage, [c({ title: 'Bridge' })]);
    expect(to.added).toBe(1);
    expect(to.detail.articles).toEqual([{ slug: 'bridge', title: 'Bridge', date: null, position: Number.MAX_SAFE_INTEGER, quotes: [{ id: 'q1', text: '"Yes,"', kind: 'direct', confidence: 1 }] }]);
  });

  it('gives a search result’s quotation its corrected speaker (undefined when it is not a quotation now)', () => {
    expect(correctQuoteSpeaker('bridge', 'q1', 'Bo Chan', [c({})])).toBe('Ann Lee');
    expect(correctQuoteSpeaker('bridge', 'q1', 'Bo Chan', [c({ action: 'remove', speaker: undefined })])).toBeUndefined();
    expect(correctQuoteSpeaker('bridge', 'q2', 'Bo Chan', [c({})])).toBe('Bo Chan');
  });
});
