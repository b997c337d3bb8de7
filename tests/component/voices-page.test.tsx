// /voices (issue 13): it reads the build's one small summary (data/voices.json), never the index
// pages, filters by source and dates from the URL, and counts the reader's own articles too.
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MINE_COUNT_KEY } from '../../src/lib/mine-hint.ts';
import { DB_NAME, putMine, type MineArticle } from '../../src/mine/store.ts';
import { makeArticle, sampleCorpus } from './helpers/fixtures.ts';
import { renderApp } from './helpers/render-app.tsx';
import { corpusData, stubClient } from './helpers/stub-client.ts';

afterEach(async () => {
  localStorage.clear();
  await new Promise<void>((done) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = req.onerror = req.onblocked = () => done();
  });
});

/** The speakers named in the "most quoted" chart's table. */
async function topNames(): Promise<string[]> {
  const group = await screen.findByRole('group', { name: /most-quoted speakers/ });
  return within(group).getAllByRole('link').map((a) => a.textContent ?? '');
}

describe('/voices', () => {
  it('loads the one summary file, not the index pages, and charts the corpus', async () => {
    const data = corpusData(sampleCorpus(), 1);
    const client = stubClient(data);
    renderApp('/voices', client);
    expect(await screen.findByRole('heading', { level: 1, name: 'Voices' })).toBeInTheDocument();
    const names = await topNames();
    expect(names.some((n) => n.includes('Donald Trump'))).toBe(true);
    const quotes = data.articles.reduce((n, a) => n + a.quotes.length, 0);
    expect(screen.getByText(new RegExp(`${quotes} quotations in ${data.articles.length} articles`))).toBeInTheDocument();
    expect(client.loadVoices).toHaveBeenCalledTimes(1);
    // One index page per article here: /voices reads none of them.
    expect(client.loadIndexPage).not.toHaveBeenCalled();
  });

  it('filters by source and dates from the URL', async () => {
    const data = corpusData(sampleCorpus());
    const dated = data.articles.filter((a) => a.date);
    const first = [...dated].sort((a, b) => (a.date! < b.date! ? -1 : 1))[0]!;
    renderApp(`/voices?from=${first.date}&to=${first.date}`, stubClient(data));
    const sameDay = dated.filter((a) => a.date === first.date);
    const quotes = sameDay.reduce((n, a) => n + a.quotes.length, 0);
    expect(await screen.findByText(new RegExp(`${quotes} quotations? in ${sameDay.length} articles?`))).toBeInTheDocument();
  });

  it('counts the reader’s own articles beside the corpus', async () => {
    const own = makeArticle({
      slug: 'x',
      title: 'Council approves the new bridge',
      paragraphs: ['“We have waited ten years for this,” said Mayor Ana Ruiz. “It pays for itself,” Ruiz added.'],
      quotes: [
        { text: '“We have waited ten years for this,”', speaker: 'Ana Ruiz' },
        { text: '“It pays for itself,”', speaker: 'Ana Ruiz' },
      ],
      date: '2024-05-01',
      source: 'Example Gazette',
    });
    const record: MineArticle = {
      id: 'own-1',
      addedAt: Date.now(),
      title: own.title,
      date: own.date,
      source: own.source,
      url: null,
      byline: null,
      format: 'markdown',
      fileName: null,
      text: own.text,
      paragraphs: own.paragraphs,
      excerpt: '',
      quotes: own.quotes,
      titleQuotes: [],
      speakers: own.speakers,
      engineVersion: 'test',
    };
    await putMine(record);
    localStorage.setItem(MINE_COUNT_KEY, '1');
    renderApp('/voices', stubClient(corpusData(sampleCorpus())));
    expect(await screen.findByText(/and 1 article of your own/)).toBeInTheDocument();
    expect((await topNames()).some((n) => n.includes('Ana Ruiz'))).toBe(true);
    // Its source is offered in the filter.
    expect(screen.getByRole('option', { name: 'Example Gazette' })).toBeInTheDocument();
  });
});
