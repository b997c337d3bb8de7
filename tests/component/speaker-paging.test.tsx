// Issue 14 item 5: speakers' files are paged. A speaker page reads the head and the page shown
// (?page=n in the URL), an article quoting the speaker more often than a page holds continues on
// the next page, and the home page's ?speaker= filter reads pages as its list grows.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeArticle } from './helpers/fixtures.ts';
import { currentUrl, renderApp } from './helpers/render-app.tsx';
import { corpusData, stubClient } from './helpers/stub-client.ts';

/** `n` articles (newest first) each quoting Pat Pager once, and Ann Able in every third. */
function corpus(n: number, heavy?: { at: number; quotes: number }) {
  return Array.from({ length: n }, (_, i) => {
    const count = heavy?.at === i ? heavy.quotes : 1;
    const lines = Array.from({ length: count }, (_, k) => `Pat Pager said "line ${i}-${k}".`);
    if (i % 3 === 0) lines.push(`Ann Able said "aside ${i}".`);
    return makeArticle({
      slug: `a${String(i).padStart(3, '0')}`,
      title: `Article ${i}`,
      position: i,
      date: '2017-01-01',
      paragraphs: [lines.join(' ')],
      quotes: [
        ...Array.from({ length: count }, (_, k) => ({ text: `"line ${i}-${k}"`, speaker: 'Pat Pager' })),
        ...(i % 3 === 0 ? [{ text: `"aside ${i}"`, speaker: 'Ann Able' }] : []),
      ],
    });
  });
}

const sectionTitles = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent ?? '').filter((t) => t.startsWith('Article'));

describe('a speaker page reads one page of the speaker’s file', () => {
  it('page 1 comes with the head: 20 of 45 articles, the totals of all, and a link to the next page', async () => {
    const client = stubClient(corpusData(corpus(45)));
    renderApp('/speakers/pat-pager', client);
    expect(await screen.findByRole('heading', { level: 1, name: 'Pat Pager' })).toBeInTheDocument();
    expect(screen.getByText('45 quotations in 45 articles.')).toBeInTheDocument();
    expect(sectionTitles()).toHaveLength(20);
    expect(sectionTitles()[0]).toBe('Article 0');
    const pager = screen.getByRole('navigation', { name: 'Pages of quotations by Pat Pager' });
    expect(within(pager).getByRole('link', { name: /Next/ })).toHaveAttribute('href', '/speakers/pat-pager?page=2');
    expect(client.loadSpeakerPage).not.toHaveBeenCalled();
  });

  it('?page=3 reads the head and that page only, and the pager goes back', async () => {
    const client = stubClient(corpusData(corpus(45)));
    const { user, router } = renderApp('/speakers/pat-pager?page=3', client);
    await screen.findByRole('heading', { level: 1, name: 'Pat Pager' });
    expect(sectionTitles()).toEqual(['Article 40', 'Article 41', 'Article 42', 'Article 43', 'Article 44']);
    expect(client.loadSpeakerPage.mock.calls.map((c) => [c[0], c[1]])).toEqual([['pat-pager', 2]]);
    const pager = screen.getByRole('navigation', { name: 'Pages of quotations by Pat Pager' });
    await user.click(within(pager).getByRole('link', { name: /Previous/ }));
    await waitFor(() => expect(sectionTitles()[0]).toBe('Article 20'));
    expect(currentUrl(router)).toBe('/speakers/pat-pager?page=2');
  });

  it('an article quoting the speaker 250 times is split over pages and says so', async () => {
    const client = stubClient(corpusData(corpus(3, { at: 1, quotes: 250 })));
    const { user } = renderApp('/speakers/pat-pager', client);
    await screen.findByRole('heading', { level: 1, name: 'Pat Pager' });
    expect(screen.getByText('252 quotations in 3 articles.')).toBeInTheDocument();
    // Page 1: article 0 (1 quotation) and the first 99 of article 1's.
    expect(within(screen.getByRole('list', { name: 'Quotations in Article 1' })).getAllByRole('listitem')).toHaveLength(99);
    expect(screen.getByText('151 more quotations from this article on the next page.')).toBeInTheDocument();
    await user.click(within(screen.getByRole('navigation', { name: /Pages of quotations/ })).getByRole('link', { name: /Next/ }));
    expect(await screen.findByText('(continued)')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Quotations in Article 1' })).getAllByRole('listitem')).toHaveLength(100);
  });

  it('a page past the last shows the last page', async () => {
    const client = stubClient(corpusData(corpus(45)));
    renderApp('/speakers/pat-pager?page=99', client);
    await screen.findByRole('heading', { level: 1, name: 'Pat Pager' });
    expect(sectionTitles()[0]).toBe('Article 40');
  });
});

describe('the reader’s corrections on a paged speaker', () => {
  beforeEach(() => {
    indexedDB.deleteDatabase('quote-reader-corrections');
  });

  it('a quotation given to the speaker shows on the page of its article (or page 1), not at the end of every page', async () => {
    const { saveCorrection } = await import('../../src/lib/corrections-db.ts');
    const articles = corpus(45);
    const aside = articles[3]!.quotes.find((q) => q.speaker?.name === 'Ann Able')!;
    await saveCorrection({ article: 'a003', action: 'speaker', quoteId: aside.id, quote: { text: articles[3]!.text.slice(aside.start, aside.end), start: aside.start, end: aside.end }, speaker: { id: 'pat-pager', name: 'Pat Pager' }, shown: { id: 'ann-able', name: 'Ann Able' }, title: 'Article 3' });
    await saveCorrection({ article: 'elsewhere', action: 'speaker', quoteId: 'q9', quote: { text: '"far away"', start: 0, end: 10 }, speaker: { id: 'pat-pager', name: 'Pat Pager' }, shown: null, title: 'Another article' });
    const client = stubClient(corpusData(articles));
    renderApp('/speakers/pat-pager?page=2', client);
    await screen.findByRole('heading', { level: 1, name: 'Pat Pager' });
    await screen.findByText(/With your corrections: 2 quotations added/);
    expect(sectionTitles()).toEqual(Array.from({ length: 20 }, (_, i) => `Article ${20 + i}`));
    expect(screen.queryByRole('heading', { level: 2, name: 'Another article' })).not.toBeInTheDocument();
  });
});

describe('the home page’s ?speaker= filter reads the speakers’ pages as the list grows', () => {
  it('one speaker in 120 articles: the first 50 from three pages, the exact total, more pages on "Show more"', async () => {
    const client = stubClient(corpusData(corpus(120)));
    const { user } = renderApp('/?speaker=pat-pager', client);
    expect(await screen.findByRole('heading', { level: 1, name: 'Articles quoting Pat Pager' })).toBeInTheDocument();
    expect(screen.getByText('120 of 120 articles quote Pat Pager')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Matching articles' });
    expect(within(list).getAllByRole('heading', { level: 2 })).toHaveLength(50);
    // Pages 0 (the head), 1 and 2 hold articles 0–59: enough for 50, nothing further read.
    expect(client.loadSpeakerPage.mock.calls.map((c) => c[1])).toEqual([1, 2]);
    expect(screen.getByRole('status', { name: 'Articles shown' })).toHaveTextContent('Showing 50 of 120 articles.');
    await user.click(await screen.findByRole('button', { name: 'Show more articles' }));
    await waitFor(() => expect(within(list).getAllByRole('heading', { level: 2 })).toHaveLength(100));
    expect(client.loadSpeakerPage.mock.calls.map((c) => c[1])).toEqual([1, 2, 3, 4, 5]);
  });

  it('two speakers: merged in home order, each article once with both speakers’ counts, the total known once all pages are read', async () => {
    const client = stubClient(corpusData(corpus(90)));
    const { user } = renderApp('/?speaker=pat-pager&speaker=ann-able', client);
    await screen.findByRole('heading', { level: 1, name: 'Articles quoting Pat Pager or Ann Able' });
    const list = screen.getByRole('list', { name: 'Matching articles' });
    const titles = () => within(list).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles().slice(0, 4)).toEqual(['Article 0', 'Article 1', 'Article 2', 'Article 3']);
    expect(new Set(titles()).size).toBe(titles().length);
    const first = screen.getByRole('link', { name: 'Article 0' }).closest('li')!;
    expect(first).toHaveTextContent('2 matches');
    // Pat Pager's later pages are unread: the union's size is not known yet, only its least.
    expect(screen.getByText(/^At least 90 of 90 articles quote/)).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Articles shown' })).toHaveTextContent(/^Showing \d+ of at least 90 articles\.$/);
    await user.click(await screen.findByRole('button', { name: 'Show more articles' }));
    await waitFor(() => expect(titles()).toHaveLength(90));
    expect(screen.getByRole('status', { name: 'Articles shown' })).toHaveTextContent('Showing 90 of 90 articles.');
    expect(screen.queryByRole('button', { name: 'Show more articles' })).not.toBeInTheDocument();
  });
});
