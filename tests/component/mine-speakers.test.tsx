// Speakers of the reader's own articles (IndexedDB through fake-indexeddb): the speakers list
// counts their quotations alongside the bundled ones and marks them "Yours"; a speaker quoted only
// in the reader's articles has a page of their own; an id nobody has is still "Not found".
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearDataCache } from '../../src/lib/data-client.ts';
import { MINE_COUNT_KEY } from '../../src/lib/mine-hint.ts';
import { withMineCounts } from '../../src/lib/mine-speaker-counts.ts';
import { mineSpeakerSummaries } from '../../src/mine/mine-speakers.ts';
import { deleteMine, listMine, putMine, type MineArticle } from '../../src/mine/store.ts';
import { makeArticle, sampleCorpus } from './helpers/fixtures.ts';
import { renderApp } from './helpers/render-app.tsx';
import { corpusData, stubClient, type StubData } from './helpers/stub-client.ts';

/** One stored article of the reader's, built from paragraphs and quotations like the fixtures. */
function mine(id: string, addedAt: number, title: string, paragraphs: string[], quotes: Parameters<typeof makeArticle>[0]['quotes']): MineArticle {
  const a = makeArticle({ slug: id, title, paragraphs, quotes });
  return {
    id,
    addedAt,
    title,
    date: null,
    source: null,
    url: null,
    byline: null,
    format: 'scraped-page',
    fileName: null,
    text: a.text,
    paragraphs: a.paragraphs,
    excerpt: a.text.slice(0, 120),
    quotes: a.quotes,
    titleQuotes: [],
    speakers: a.speakers,
    engineVersion: __ENGINE_VERSION__,
  };
}

const bridge = mine(
  'a1b2c3',
  1_000,
  'Council approves the new bridge',
  ['Mayor Ana Ruiz said "we have waited ten years" on Tuesday.', 'Later Ruiz said "it pays for itself" and Donald Trump said "a great bridge" too.'],
  [
    { text: '"we have waited ten years"', speaker: 'Ana Ruiz' },
    { text: '"it pays for itself"', speaker: 'Ana Ruiz' },
    { text: '"a great bridge"', speaker: 'Donald Trump' },
  ],
);
const harbour = mine('d4e5f6', 2_000, 'Harbour reopens', ['Ana Ruiz said "the harbour is open" at noon.'], [{ text: '"the harbour is open"', speaker: 'Ana Ruiz' }]);

/** Serves the stub's files over fetch too, for routes that load data themselves rather than through the client. */
function serveOverFetch(data: StubData) {
  const files: Record<string, unknown> = {
    'data/speakers.json': data.speakers.map((s) => ({ id: s.id, name: s.name, quoteCount: s.articles.reduce((n, a) => n + a.quotes.length, 0), articleCount: s.articles.length })),
  };
  for (const s of data.speakers) files[`data/speakers/${s.id}.json`] = s;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const path = decodeURIComponent(new URL(input instanceof Request ? input.url : String(input), 'http://localhost/').pathname.replace(/^\//, ''));
      if (!(path in files)) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/html' } });
      return new Response(JSON.stringify(files[path]), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
}

function openAt(url: string) {
  const data = corpusData(sampleCorpus());
  serveOverFetch(data);
  return renderApp(url, stubClient(data));
}

beforeEach(async () => {
  clearDataCache();
  await putMine(bridge, harbour);
  localStorage.setItem(MINE_COUNT_KEY, '2');
});
afterEach(async () => {
  vi.unstubAllGlobals();
  for (const a of await listMine()) await deleteMine(a.id);
  localStorage.clear();
});

describe('counting the reader’s speakers', () => {
  it('counts quotations and articles per speaker in the reader’s articles', () => {
    expect(mineSpeakerSummaries([bridge, harbour])).toEqual([
      { id: 'ana-ruiz', name: 'Ana Ruiz', type: 'person', quoteCount: 3, articleCount: 2 },
      { id: 'donald-trump', name: 'Donald Trump', type: 'person', quoteCount: 1, articleCount: 1 },
    ]);
  });

  it('adds them to the bundled counts; a speaker only in the reader’s articles gets a row', () => {
    const rows = withMineCounts([{ id: 'donald-trump', name: 'Donald Trump', quoteCount: 3, articleCount: 2 }, { id: 'sarah-sanders', name: 'Sarah Sanders', quoteCount: 1, articleCount: 1 }], mineSpeakerSummaries([bridge, harbour]));
    expect(rows).toEqual([
      { id: 'donald-trump', name: 'Donald Trump', quoteCount: 4, articleCount: 3, mineQuoteCount: 1, mineArticleCount: 1 },
      { id: 'sarah-sanders', name: 'Sarah Sanders', quoteCount: 1, articleCount: 1, mineQuoteCount: 0, mineArticleCount: 0 },
      { id: 'ana-ruiz', name: 'Ana Ruiz', type: 'person', quoteCount: 3, articleCount: 2, mineQuoteCount: 3, mineArticleCount: 2 },
    ]);
  });
});

describe('/speakers with your articles', () => {
  it('lists a speaker only in your articles with their count, marked Yours; bundled speakers get your quotations added', async () => {
    openAt('/speakers');
    const ruiz = await screen.findByRole('row', { name: /Ana Ruiz/ });
    expect(within(ruiz).getByRole('link', { name: 'Ana Ruiz' })).toHaveAttribute('href', '/speakers/ana-ruiz');
    expect(within(ruiz).getByText('Yours')).toBeInTheDocument();
    expect(within(ruiz).getAllByRole('cell').map((c) => c.textContent)).toEqual(['3 (3 in yours)', '2 (2 yours)', 'Person']);
    // Trump: 3 bundled quotations in 2 articles, and 1 in one of yours.
    const trump = screen.getByRole('row', { name: /Donald Trump/ });
    expect(within(trump).getAllByRole('cell').map((c) => c.textContent).slice(0, 2)).toEqual(['4 (1 in yours)', '3 (1 yours)']);
    // Speakers the reader's articles do not quote are as they were, unmarked.
    const sanders = screen.getByRole('row', { name: /Sarah Sanders/ });
    expect(within(sanders).getAllByRole('cell').map((c) => c.textContent).slice(0, 2)).toEqual(['1', '1']);
    expect(within(sanders).queryByText('Yours')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('of 4 speakers');
  });
});

describe('/speakers/:id for a speaker only in your articles', () => {
  it('opens their page, marked as yours, with their quotations linking into your articles', async () => {
    openAt('/speakers/ana-ruiz');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ana Ruiz' })).toBeInTheDocument();
    expect(screen.getByText(/Quoted only in your articles/)).toBeInTheDocument();
    const yours = await screen.findByRole('region', { name: /In your articles/ });
    expect(within(yours).getByText('3 quotations in 2 of your articles.')).toBeInTheDocument();
    const links = within(yours).getAllByRole('link', { name: /^Quote by Ana Ruiz/ });
    // Newest of your articles first, as on the home page.
    expect(links.map((l) => l.getAttribute('href'))).toEqual([`/mine/${harbour.id}#q1`, `/mine/${bridge.id}#q1`, `/mine/${bridge.id}#q2`]);
    expect(links[1]).toHaveTextContent('we have waited ten years');
    // Not offered: the export of a speaker reads the bundled files, which have none of theirs.
    expect(screen.queryByRole('button', { name: /Export/ })).toBeNull();
  });

  it('an id that neither the bundled corpus nor your articles has is still "Not found"', async () => {
    openAt('/speakers/nobody-at-all');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
  });

  it('when the home page’s hint says there are no articles of yours, they are not consulted: Not found', async () => {
    localStorage.clear();
    openAt('/speakers/ana-ruiz');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
  });
});
