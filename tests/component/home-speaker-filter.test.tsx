// Issue 13, item 6: the home page's speaker picker matches any part of a name (accents ignored),
// offers a choice when several speakers match, says how many articles the filter keeps, and never
// hides the chosen speaker under "+n more".
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { idOf, makeArticle, sampleCorpus } from './helpers/fixtures.ts';
import { currentUrl, renderApp } from './helpers/render-app.tsx';
import { corpusData, stubClient } from './helpers/stub-client.ts';

/** The sample corpus plus an article with eight speakers, the last of them Eric Trump. */
function corpus() {
  const base = sampleCorpus();
  const names = ['Ann Able', 'Bo Brown', 'Cy Cole', 'Di Dunn', 'Ed Eyre', 'Flo Fox', 'Gus Gray', 'José Martínez', 'Eric Trump'];
  const crowded = makeArticle({
    slug: 'crowded',
    title: 'A crowded hearing',
    position: 3,
    date: '2017-01-01',
    paragraphs: [names.map((n, i) => `${n} said "w${i}a" and "w${i}b".`).join(' ')],
    // Everyone twice except Eric Trump, once: he is the last of the row's speakers.
    quotes: names.flatMap((n, i) => (n === 'Eric Trump' ? [{ text: `"w${i}a"`, speaker: n }] : [{ text: `"w${i}a"`, speaker: n }, { text: `"w${i}b"`, speaker: n }])),
  });
  return [...base, crowded];
}

describe('home page speaker filter', () => {
  it('matches any part of a name, accents ignored ("martinez" finds José Martínez)', async () => {
    const { user, router } = renderApp('/', stubClient(corpusData(corpus())));
    const input = await screen.findByRole('combobox', { name: 'Filter by speaker' });
    await user.type(input, 'martinez{Enter}');
    await waitFor(() => expect(currentUrl(router)).toBe(`/?speaker=${idOf('José Martínez')}`));
  });

  it('offers the matching speakers when a word fits several ("Trump"), most quoted first', async () => {
    const { user, router } = renderApp('/', stubClient(corpusData(corpus())));
    const input = await screen.findByRole('combobox', { name: 'Filter by speaker' });
    await user.type(input, 'Trump{Enter}');
    const choices = await screen.findByRole('list', { name: 'Matching speakers' });
    expect(within(choices).getAllByRole('button').map((b) => b.textContent)).toEqual(['Donald Trump (3 quotations)', 'Eric Trump (1 quotation)']);
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('2 speakers match “Trump”. Choose one:');
    await user.click(within(choices).getByRole('button', { name: /Eric Trump/ }));
    await waitFor(() => expect(currentUrl(router)).toBe('/?speaker=eric-trump'));
  });

  it('says how many of the articles the filter keeps, and shows the chosen speaker first on each row', async () => {
    renderApp('/?speaker=eric-trump', stubClient(corpusData(corpus())));
    expect(await screen.findByRole('heading', { level: 1, name: 'Articles quoting Eric Trump' })).toBeInTheDocument();
    expect(screen.getByText('1 of 4 articles quote Eric Trump')).toBeInTheDocument();
    const row = screen.getByRole('link', { name: 'A crowded hearing' }).closest('li')!;
    const speakers = within(row).getByRole('list', { name: 'Speakers quoted' });
    expect(within(speakers).getAllByRole('link')[0]).toHaveTextContent('Eric Trump');
    expect(speakers).toHaveTextContent('+3 more');
  });

  it('says so when no name contains the words', async () => {
    const { user } = renderApp('/', stubClient(corpusData(corpus())));
    const input = await screen.findByRole('combobox', { name: 'Filter by speaker' });
    await user.type(input, 'zzz{Enter}');
    expect(await screen.findByText('No speaker’s name contains “zzz”.')).toBeInTheDocument();
  });
});
