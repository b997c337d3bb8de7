// Home page: the article list (newest first, rows, more pages on demand), the speaker filter
// across the corpus (?speaker=…), and unknown speakers in the URL.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeArticle, sampleCorpus } from './helpers/fixtures.ts';
import { currentUrl, renderApp } from './helpers/render-app.tsx';
import { corpusData, stubClient } from './helpers/stub-client.ts';

describe('home page', () => {
  it('lists articles newest first with title link, date, source, excerpt, quotation count and speakers', async () => {
    const client = stubClient(corpusData(sampleCorpus()));
    renderApp('/', client);
    const list = await screen.findByRole('list', { name: /articles, newest first/i });
    const rows = within(list).getAllByRole('listitem').filter((li) => li.classList.contains('article-row'));
    expect(rows).toHaveLength(3);
    const first = rows[0]!;
    expect(within(first).getByRole('link', { name: 'Trump says Comey was fired over Russia investigation' })).toHaveAttribute('href', '/articles/comey-fired');
    expect(within(first).getByText('13 May 2017').tagName).toBe('TIME');
    expect(within(first).getByText('Wikinews')).toBeInTheDocument();
    expect(within(first).getByText('5 quotations')).toBeInTheDocument();
    expect(within(first).getByText(/told NBC that/)).toBeInTheDocument();
    const speakers = within(first).getByRole('list', { name: 'Speakers quoted' });
    expect(within(speakers).getByRole('link', { name: 'Donald Trump' })).toHaveAttribute('href', '/?speaker=donald-trump');
    expect(within(rows[1]!).getByRole('link', { name: /travel ban/i })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Quote Reader'));
  });

  it('fetches only the first index page up front and the next one on demand', async () => {
    const many = Array.from({ length: 5 }, (_, i) => makeArticle({ slug: `a${i}`, title: `Article number ${i}`, paragraphs: ['Text.'], position: i }));
    const client = stubClient(corpusData(many, 2));
    const { user } = renderApp('/', client);
    await screen.findByRole('link', { name: 'Article number 0' });
    expect(client.loadIndexPage).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('link', { name: 'Article number 2' })).toBeNull();
    expect(screen.getByRole('status', { name: 'Articles shown' })).toHaveTextContent('Showing 2 of 5 articles');
    await user.click(await screen.findByRole('button', { name: 'Show more articles' }));
    expect(await screen.findByRole('link', { name: 'Article number 3' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('link', { name: 'Article number 2' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Show more articles' }));
    expect(await screen.findByRole('link', { name: 'Article number 4' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more articles' })).toBeNull();
    expect(client.loadIndexPage.mock.calls.map((c) => c[0])).toEqual([0, 1, 2]);
  });

  it('filters across the corpus by ?speaker= using the speaker files, and links keep the filter', async () => {
    const client = stubClient(corpusData(sampleCorpus()));
    renderApp('/?speaker=donald-trump', client);
    const list = await screen.findByRole('list', { name: /matching articles/i });
    const links = within(list).getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('/articles/'));
    expect(links.map((a) => a.textContent)).toEqual(['Trump says Comey was fired over Russia investigation', 'Afghan girls\u2019 robotics team allowed into US']);
    expect(links[0]).toHaveAttribute('href', '/articles/comey-fired?speaker=donald-trump');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Articles quoting Donald Trump');
    await waitFor(() => expect(document.title).toBe('Articles quoting Donald Trump — Quote Reader'));
    expect(within(list).getByText('2 matches')).toBeInTheDocument();
    // (The chips are a chunk of their own, fetched alongside the speakers' files: wait for them.)
    const chosen = await screen.findByRole('list', { name: 'Chosen speakers' });
    expect(within(chosen).getByRole('link', { name: 'Donald Trump' })).toHaveAttribute('href', '/speakers/donald-trump');
    expect(within(chosen).getByRole('link', { name: 'Remove Donald Trump from the filter' })).toHaveAttribute('href', '/');
  });

  it('adds a speaker to the filter from the picker, which loads the speakers list only when used', async () => {
    const client = stubClient(corpusData(sampleCorpus()));
    const { user, router } = renderApp('/', client);
    const input = await screen.findByRole('combobox', { name: 'Filter by speaker' });
    expect(client.loadSpeakers).not.toHaveBeenCalled();
    await user.click(input);
    await waitFor(() => expect(client.loadSpeakers).toHaveBeenCalled());
    await user.type(input, 'matthew miller{Enter}');
    await waitFor(() => expect(currentUrl(router)).toBe('/?speaker=matthew-miller'));
    expect(await screen.findByRole('list', { name: /matching articles/i })).toHaveTextContent('Trump says Comey');
  });

  it('explains an unknown speaker id instead of failing, with a way to remove it', async () => {
    const client = stubClient(corpusData(sampleCorpus()));
    renderApp('/?speaker=nobody-at-all&speaker=donald-trump', client);
    const notice = await screen.findByText(/No speaker “nobody-at-all” in the corpus/);
    expect(within(notice).getByRole('link', { name: 'Remove it from the filter' })).toHaveAttribute('href', '/?speaker=donald-trump');
    expect(screen.getByRole('link', { name: 'Trump says Comey was fired over Russia investigation' })).toBeInTheDocument();
  });

  it('survives a huge query string: long values are cut, not fetched', async () => {
    const client = stubClient(corpusData(sampleCorpus()));
    const long = 'x'.repeat(20000);
    renderApp(`/?speaker=${long}&other=${long}`, client);
    expect(await screen.findByText(/too long or too many and were ignored/)).toBeInTheDocument();
    expect(client.loadSpeaker).not.toHaveBeenCalled();
  });
});
