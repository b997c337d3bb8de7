// Reading view: structure, the quotation rendering contract, next/previous, attribution, hostile
// text rendered literally, and hash targets.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeArticle, sampleCorpus } from './helpers/fixtures.ts';
import { currentUrl, renderApp } from './helpers/render-app.tsx';
import { corpusData, stubClient } from './helpers/stub-client.ts';

const quoteEls = () => [...document.querySelectorAll<HTMLElement>('[data-quote-id]')];

describe('reading view', () => {
  it('shows the title as the only h1, date, source, byline and each paragraph as a <p> inside <article>', async () => {
    renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    const h1 = await screen.findByRole('heading', { level: 1, name: 'Trump says Comey was fired over Russia investigation' });
    expect(screen.getAllByRole('heading', { level: 1 })).toEqual([h1]);
    expect(screen.getByText('13 May 2017').tagName).toBe('TIME');
    expect(screen.getByText('13 May 2017')).toHaveAttribute('datetime', '2017-05-13');
    expect(screen.getByText('By Wikinews staff')).toBeInTheDocument();
    const article = screen.getByRole('article');
    expect(article.querySelectorAll(':scope > p')).toHaveLength(5);
    expect(article.querySelector('p')).toHaveTextContent(/^President Donald Trump told NBC/);
    // The title is set by a passive effect, which may run just after the heading is in the DOM.
    await waitFor(() => expect(document.title).toBe('Trump says Comey was fired over Russia investigation — Quote Reader'));
  });

  it('renders every quotation with the contract attributes, speaker label and accessible name', async () => {
    renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    await screen.findByRole('article');
    const quotes = quoteEls();
    expect(quotes.map((q) => q.dataset.quoteId)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    expect(quotes.map((q) => q.dataset.speaker)).toEqual(['Donald Trump', 'Donald Trump', 'Matthew Miller', '', 'Sarah Sanders']);
    expect(quotes.every((q) => q.dataset.highlighted === 'true')).toBe(true);
    const q1 = quotes[0]!;
    expect(q1.textContent).toBe('"this Russia thing"');
    expect(q1.id).toBe('q1');
    expect(q1).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('button', { name: 'Quote by Donald Trump: "this Russia thing"' })).toBe(q1);
    // Not colour alone: initials (and "?" for uncertain/unknown) are drawn from data-tag.
    expect(q1.dataset.tag).toBe('DT');
    expect(quotes[2]!.dataset.low).toBe('true');
    expect(quotes[2]!.dataset.tag).toBe('MM?');
    expect(screen.getByRole('button', { name: /^Quote by Matthew Miller \(uncertain attribution\)/ })).toBe(quotes[2]);
    // In words where it is seen too: the margin tip (and the tag, reading.css) say "uncertain attribution".
    expect(quotes[2]!.dataset.tip).toBe('Matthew Miller (uncertain attribution)');
    expect(screen.getByRole('button', { name: 'Quote, speaker unknown: "lock him up"' })).toBe(quotes[3]);
    // Speakers get distinct colour slots; the tooltip names the speaker.
    expect(new Set([quotes[0]!.dataset.slot, quotes[2]!.dataset.slot, quotes[4]!.dataset.slot]).size).toBe(3);
    expect(q1.dataset.tip).toBe('Donald Trump');
  });

  it('draws a quotation that runs over two paragraphs as one piece per paragraph with the same id', async () => {
    const a = makeArticle({
      slug: 'long',
      title: 'Long quote',
      paragraphs: ['She said: "We will go on.', 'We will not stop." Then she left.'],
      quotes: [{ text: '"We will go on.\n\nWe will not stop."', speaker: 'Ann Lee' }],
    });
    renderApp('/articles/long', stubClient(corpusData([a])));
    await screen.findByRole('article');
    const pieces = quoteEls();
    expect(pieces).toHaveLength(2);
    expect(pieces.map((p) => p.dataset.quoteId)).toEqual(['q1', 'q1']);
    expect(pieces[0]!.id).toBe('q1');
    expect(pieces[1]!.id).toBe('');
    expect(pieces[1]!.textContent).toBe('We will not stop."');
  });

  it('links next and previous with rel, names containing Next/Previous and titles, keeping the filter', async () => {
    const { user, router } = renderApp('/articles/travel-ban?speaker=donald-trump', stubClient(corpusData(sampleCorpus())));
    const next = await screen.findByRole('link', { name: /^Next → Afghan girls/ });
    const prev = screen.getByRole('link', { name: /^← Previous Trump says Comey/ });
    expect(next).toHaveAttribute('rel', 'next');
    expect(prev).toHaveAttribute('rel', 'prev');
    expect(next).toHaveAttribute('href', '/articles/robotics-team?speaker=donald-trump');
    await user.click(next);
    expect(await screen.findByRole('heading', { level: 1, name: /robotics team/ })).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/articles/robotics-team?speaker=donald-trump');
  });

  it('steps to the next and previous article quoting the chosen speaker, keeping the filter', async () => {
    const { user, router } = renderApp('/articles/travel-ban?speaker=donald-trump', stubClient(corpusData(sampleCorpus())));
    expect(await screen.findByText(/Donald Trump is not quoted in this article/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next article quoting Donald Trump →' }));
    expect(await screen.findByRole('heading', { level: 1, name: /robotics team/ })).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/articles/robotics-team?speaker=donald-trump');
    await user.click(screen.getByRole('button', { name: 'Next article quoting Donald Trump →' }));
    expect(await screen.findByText('No later article quotes Donald Trump.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '← Previous article quoting Donald Trump' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Comey/ })).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/articles/comey-fired?speaker=donald-trump');
  });

  it('shows source, original link, licence and that the text was changed', async () => {
    renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    const original = await screen.findByRole('link', { name: 'original article' });
    expect(original).toHaveAttribute('href', 'https://en.wikinews.org/wiki/comey-fired');
    expect(screen.getByRole('link', { name: 'CC BY 2.5' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/2.5/');
    expect(screen.getByText(/The text was changed from the original/)).toBeInTheDocument();
  });

  it('renders hostile article content as literal text and never turns a javascript: URL into a link', async () => {
    const evil = makeArticle({
      slug: 'evil',
      title: '<img src=x onerror="window.__pwned=1">Title',
      source: '<script>window.__pwned=2</script>',
      byline: '<b onclick="x()">me</b>',
      url: 'javascript:window.__pwned=3',
      license: { name: 'Evil <i>licence</i>', url: 'javascript:alert(1)' },
      paragraphs: ['<script>window.__pwned=4</script> and <a href="javascript:alert(1)">click</a>', 'He said "<img src=y onerror=alert(1)>" loudly.'],
      quotes: [{ text: '"<img src=y onerror=alert(1)>"', speaker: '<svg onload=alert(1)>' }],
    });
    renderApp('/articles/evil', stubClient(corpusData([evil])));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('<img src=x onerror="window.__pwned=1">Title');
    const article = screen.getByRole('article');
    expect(article.querySelector('script, img, a, svg, b')).toBeNull();
    expect(article).toHaveTextContent('<script>window.__pwned=4</script> and <a href="javascript:alert(1)">click</a>');
    expect(document.querySelectorAll('[href^="javascript"], [onerror], [onclick], [onload]')).toHaveLength(0);
    expect(screen.getByText(/original address \(not a web link\)/)).toBeInTheDocument();
    expect(screen.getByText('Evil <i>licence</i>', { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Evil/ })).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('focuses and marks the quotation named in the hash', async () => {
    renderApp('/articles/comey-fired#q3', stubClient(corpusData(sampleCorpus())));
    await screen.findByRole('article');
    const q3 = document.getElementById('q3')!;
    expect(q3).toHaveFocus();
    expect(q3).toHaveAttribute('data-targeted', 'true');
  });
});
