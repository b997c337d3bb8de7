// Issue 13, item 4: a speaker page says who the speaker is as the articles describe them, their
// type, and shows each quotation inside its sentence (still linking to its place in the article).
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { clearDataCache } from '../../src/lib/data-client.ts';
import { sampleCorpus } from './helpers/fixtures.ts';
import { renderApp } from './helpers/render-app.tsx';
import { corpusData, stubClient } from './helpers/stub-client.ts';

afterEach(() => {
  clearDataCache();
});

describe('speaker page context', () => {
  it('shows the type, the descriptions with their articles, and each quotation in its sentence', async () => {
    const data = corpusData(sampleCorpus());
    const trump = data.speakers.find((s) => s.id === 'donald-trump')!;
    trump.type = 'person';
    trump.descriptions = [{ text: 'the President of the United States', slug: 'comey-fired', title: 'Trump says Comey was fired over Russia investigation' }];
    const q = trump.articles[0]!.quotes[0]!;
    q.before = 'President Donald Trump told NBC that ';
    q.after = ' was among his reasons.';
    renderApp('/speakers/donald-trump', stubClient(data));
    expect(await screen.findByRole('heading', { level: 1, name: 'Donald Trump' })).toBeInTheDocument();
    expect(screen.getByText('Person')).toBeInTheDocument();
    const about = screen.getByRole('region', { name: 'As the articles describe Donald Trump' });
    expect(about).toHaveTextContent('“the President of the United States” in Trump says Comey was fired over Russia investigation');
    expect(within(about).getByRole('link')).toHaveAttribute('href', '/articles/comey-fired');
    const link = screen.getByRole('link', { name: 'Quote by Donald Trump: "this Russia thing"' });
    expect(link).toHaveAttribute('href', '/articles/comey-fired#q1');
    expect(link.closest('p')).toHaveTextContent('President Donald Trump told NBC that Quote by Donald Trump: "this Russia thing" was among his reasons.');
  });

  it('says nothing about a type the data does not give', async () => {
    const data = corpusData(sampleCorpus());
    renderApp('/speakers/matthew-miller', stubClient(data));
    await screen.findByRole('heading', { level: 1, name: 'Matthew Miller' });
    expect(screen.queryByText(/^(Person|Organisation|Group)$/)).toBeNull();
    expect(screen.queryByRole('region', { name: /As the articles describe/ })).toBeNull();
  });
});
