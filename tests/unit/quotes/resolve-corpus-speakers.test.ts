// Table-driven tests of unifySpeakers: one row per cross-article pattern, plus purity.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract-quotes.ts';
import { unifySpeakers } from '../../../src/quotes/resolve-corpus-speakers.ts';

interface Row {
  name: string;
  /** Article texts of the corpus. */
  texts: string[];
  /** Expected speaker names of every quotation, per article. */
  speakers: (string | null)[][];
}

const ROWS: Row[] = [
  {
    name: 'a lone surname takes the unique full name another article gives',
    texts: ['"It is a fake crisis," Durbin said.', 'Senator Dick Durbin said: "We will vote no."'],
    speakers: [['Dick Durbin'], ['Dick Durbin']],
  },
  {
    name: 'a particle surname ("De Blasio") takes the full name ("Bill de Blasio")',
    texts: ['"I have contributed all I can," De Blasio said.', 'Mayor Bill de Blasio said: "The city is safe."'],
    speakers: [['Bill de Blasio'], ['Bill de Blasio']],
  },
  {
    name: 'a surname two full names share stays as it is',
    texts: ['"We will win," Clinton said.', 'Hillary Clinton said: "Yes."', 'Bill Clinton said: "No."'],
    speakers: [['Clinton'], ['Hillary Clinton'], ['Bill Clinton']],
  },
  {
    name: 'an organisation word is not a surname (Times is not "Lucy Times")',
    texts: ['The Times said: "It is over."', 'Lucy Fischer of the Times said: "It is over."'],
    speakers: [['Times'], ['Lucy Fischer']],
  },
  {
    name: 'no full name anywhere: the surname stays',
    texts: ['"It is cold," Bauchtman said.'],
    speakers: [['Bauchtman']],
  },
];

describe('unifySpeakers: one row per pattern', () => {
  it.each(ROWS)('$name', (row) => {
    const articles = row.texts.map((t) => ({ analysis: extractQuotes(t), titleQuotes: [] }));
    const out = unifySpeakers(articles);
    expect(out.map((a) => a.analysis.quotes.map((q) => q.speaker?.name ?? null))).toEqual(row.speakers);
  });
});

describe('unifySpeakers: data', () => {
  it('returns new articles, leaves the input untouched and keeps other fields', () => {
    const articles = [
      { slug: 'a', analysis: extractQuotes('"It is a fake crisis," Durbin said.') },
      { slug: 'b', analysis: extractQuotes('Senator Dick Durbin said: "We will vote no."') },
    ];
    const before = JSON.stringify(articles);
    const out = unifySpeakers(articles);
    expect(JSON.stringify(articles)).toBe(before);
    expect(out[0]!.slug).toBe('a');
    expect(out[0]!.analysis.speakers).toEqual([{ id: 'dick-durbin', name: 'Dick Durbin', type: 'person', count: 1 }]);
    expect(out[0]!.analysis.quotes[0]!.reason).toMatch(/Durbin → Dick Durbin/);
  });

  it('renames headline quotations too', () => {
    const body = extractQuotes('"It is a fake crisis," Durbin said.');
    const title = [{ ...body.quotes[0]!, id: 't1' }];
    const out = unifySpeakers([{ analysis: body, titleQuotes: title }, { analysis: extractQuotes('Dick Durbin said: "No."') }]);
    expect(out[0]!.titleQuotes![0]!.speaker).toEqual({ id: 'dick-durbin', name: 'Dick Durbin', type: 'person' });
  });
});
