// Issue 13 in the reading view, by role: "Only" in the filter and the popover, the filter state in
// each quotation's accessible name, the heading before the filter, speaker tags where the speaker
// changes, the phone's "Speakers (n)" sheet, reading time, "Continue where you stopped", the
// Voices view, and provenance for scraped pages.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { POSITION_KEY, savePlace } from '../../src/lib/reading-position.ts';
import { makeArticle, sampleCorpus } from './helpers/fixtures.ts';
import { currentUrl, renderApp } from './helpers/render-app.tsx';
import { corpusData, stubClient } from './helpers/stub-client.ts';

const highlights = () =>
  Object.fromEntries([...document.querySelectorAll<HTMLElement>('[data-quote-id]')].map((q) => [q.dataset.quoteId, q.dataset.highlighted]));

/** Makes matchMedia answer `matches` for every query (jsdom has none). */
function fakeMatchMedia(matches: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

// Import the lazy reading view once up front: on a loaded machine the first render's import alone
// can outlast findBy*'s wait.
beforeAll(async () => {
  await import('../../src/routes/article-page.tsx');
  await import('../../src/components/article-voices.tsx');
}, 30_000);

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('"Only" a speaker', () => {
  it('shows one speaker in one click from the filter, and keeps the link to their page', async () => {
    const { user, router } = renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    const group = await screen.findByRole('group', { name: /^Speakers/ });
    const only = within(group).getByRole('button', { name: 'Only Donald Trump' });
    expect(only).toHaveAttribute('aria-pressed', 'false');
    await user.click(only);
    expect(currentUrl(router)).toBe('/articles/comey-fired?speaker=donald-trump');
    expect(highlights()).toEqual({ q1: 'true', q2: 'true', q3: 'false', q4: 'false', q5: 'false' });
    expect(within(group).getByRole('button', { name: 'Only Donald Trump' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(group).getByRole('link', { name: 'Donald Trump' })).toHaveAttribute('href', '/speakers/donald-trump');
    await user.click(within(group).getByRole('button', { name: 'Only Unattributed' }));
    expect(currentUrl(router)).toBe('/articles/comey-fired?speaker=unattributed');
  });

  it('offers "Only <speaker>" in the quote details, beside the speaker link', async () => {
    const { user, router } = renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    await user.click(await screen.findByRole('button', { name: /^Quote by Sarah Sanders/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Quote by Sarah Sanders' });
    expect(within(dialog).getByRole('link', { name: 'Sarah Sanders' })).toHaveAttribute('href', '/speakers/sarah-sanders');
    await user.click(within(dialog).getByRole('button', { name: 'Only Sarah Sanders' }));
    expect(currentUrl(router)).toBe('/articles/comey-fired?speaker=sarah-sanders');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(highlights().q5).toBe('true');
    expect(highlights().q1).toBe('false');
  });
});

describe('screen readers', () => {
  it('name each quotation as highlighted or left out while a filter is on, and say nothing extra without one', async () => {
    const { user } = renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    expect(await screen.findByRole('button', { name: 'Quote by Donald Trump: "this Russia thing"' })).toBeInTheDocument();
    await user.click(within(screen.getByRole('group', { name: /^Speakers/ })).getByRole('button', { name: 'Only Matthew Miller' }));
    expect(screen.getByRole('button', { name: 'Quote by Donald Trump, not highlighted by the filter: "this Russia thing"' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Quote by Matthew Miller \(uncertain attribution\), highlighted: / })).toBeInTheDocument();
  });

  it('meet the article heading before the speaker filter', async () => {
    renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    const heading = await screen.findByRole('heading', { level: 1 });
    const filter = screen.getByRole('complementary', { name: 'Speaker filter' });
    expect(heading.compareDocumentPosition(filter) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(filter.compareDocumentPosition(screen.getByRole('article')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('speaker tags', () => {
  it('are drawn where the speaker changes, not on every quotation, and patterns tell apart speakers past the seventh', async () => {
    const names = ['A One', 'B Two', 'C Three', 'D Four', 'E Five', 'F Six', 'G Seven', 'H Eight'];
    const many = makeArticle({
      slug: 'many',
      title: 'Many voices',
      paragraphs: [names.map((n, i) => `${n} said "x${i}" and "y${i}".`).join(' ')],
      quotes: names.flatMap((n, i) => [
        { text: `"x${i}"`, speaker: n },
        { text: `"y${i}"`, speaker: n },
      ]),
    });
    renderApp('/articles/many', stubClient(corpusData([many])));
    await screen.findByRole('heading', { level: 1, name: 'Many voices' });
    const quotes = [...document.querySelectorAll<HTMLElement>('[data-quote-id]')];
    expect(quotes.map((q) => q.dataset.tagged ?? '-')).toEqual(names.flatMap(() => ['true', '-']));
    // The eighth speaker shares the first one's hue but not its pattern.
    const first = quotes[0]!;
    const eighth = quotes[14]!;
    expect(eighth.dataset.slot).toBe(first.dataset.slot);
    expect(first.dataset.pattern).toBeUndefined();
    expect(eighth.dataset.pattern).toBe('1');
  });
});

describe('on a phone', () => {
  beforeEach(() => fakeMatchMedia(true));

  it('puts the filter behind a compact "Speakers (n)" button that opens a sheet with the whole filter', async () => {
    const { user, router } = renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    const open = await screen.findByRole('button', { name: 'Speakers (4)' });
    expect(screen.queryByRole('group', { name: /^Speakers/ })).toBeNull();
    await user.click(open);
    const sheet = screen.getByRole('dialog', { name: 'Speakers' });
    const group = within(sheet).getByRole('group', { name: /^Speakers/ });
    expect(within(group).getAllByRole('checkbox', { name: /quotation/ })).toHaveLength(4);
    expect(within(group).getByRole('button', { name: 'None' })).toBeInTheDocument();
    expect(within(group).getByRole('checkbox', { name: 'only their paragraphs' })).toBeInTheDocument();
    await user.click(within(group).getByRole('button', { name: 'Only Matthew Miller' }));
    expect(currentUrl(router)).toBe('/articles/comey-fired?speaker=matthew-miller');
    await user.click(within(sheet).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog', { name: 'Speakers' })).toBeNull();
    expect(screen.getByText('1 of 4 highlighted')).toBeInTheDocument();
  });
});

describe('reading-app basics', () => {
  it('shows the estimated reading time', async () => {
    renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText('1 min read')).toBeInTheDocument();
  });

  it('offers to continue where the reader stopped, and forgets it on "Start from the top"', async () => {
    savePlace('comey-fired', 3);
    const { user, unmount } = renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    const resume = await screen.findByRole('button', { name: 'Continue where you stopped (paragraph 4 of 5)' });
    await user.click(resume);
    await waitFor(() => expect(document.activeElement).toHaveTextContent('Someone in the crowd shouted'));
    expect(screen.queryByRole('button', { name: /Continue where you stopped/ })).toBeNull();
    unmount();

    savePlace('travel-ban', 1);
    const view = renderApp('/articles/travel-ban', stubClient(corpusData(sampleCorpus())));
    await view.user.click(await screen.findByRole('button', { name: 'Start from the top' }));
    await waitFor(() => expect(JSON.parse(localStorage.getItem(POSITION_KEY)!)['travel-ban']).toBeUndefined());
  });
});

describe('Voices in an article', () => {
  it('charts each speaker’s share of quotations and quoted words, grouped, with a table, and filters on a click', async () => {
    const { user, router } = renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    const toggle = await screen.findByRole('button', { name: 'Voices: who is quoted, and how much' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    const chart = await screen.findByRole('group', { name: 'Voices in this article' });
    const trump = within(chart).getByRole('link', { name: /^Donald Trump 40% · \d+%: 2 quotations \(40%\), 9 quoted words \(\d+%\)/ });
    expect(within(chart).getByRole('link', { name: /^Unattributed 20% · \d+%: 1 quotation \(20%\)/ })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Voices in this article' });
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(within(table).getByRole('rowheader', { name: 'Donald Trump' })).toBeInTheDocument();
    await user.click(trump);
    expect(currentUrl(router)).toBe('/articles/comey-fired?speaker=donald-trump');
    expect(highlights().q3).toBe('false');
  });
});

describe('provenance', () => {
  it('says what is known of a scraped page: no source stated, and the page’s date, never as the article’s', async () => {
    const scraped = {
      ...makeArticle({ slug: 'scraped', title: 'A scraped page', paragraphs: ['Text.'], source: null, date: null, license: null, url: null }),
      format: 'scraped-page' as const,
      pageDate: '2024-07-19',
    };
    renderApp('/articles/scraped', stubClient(corpusData([scraped])));
    await screen.findByRole('heading', { level: 1, name: 'A scraped page' });
    const header = screen.getByRole('heading', { level: 1 }).closest('header')!;
    expect(header).toHaveTextContent('Scraped page; source not stated');
    expect(header).toHaveTextContent('page dated 19 July 2024');
    const footer = screen.getByRole('heading', { name: 'Source and licence' }).closest('footer')!;
    expect(footer).toHaveTextContent('Source: not stated (scraped page).');
    expect(footer).toHaveTextContent('The article’s own date is not stated; the page it was taken from was dated 19 July 2024.');
    expect(footer).not.toHaveTextContent('Published');
  });
});

describe('keepAboveSheet', () => {
  const rect = (top: number, bottom: number) => ({ top, bottom }) as DOMRect;
  it.each([
    ['already in the room above the sheet: no scroll', rect(100, 140), 400, 844, 60, 0],
    ['under the sheet: scrolled up into the middle of the room', rect(800, 830), 400, 844, 60, 800 - (60 + (844 - 400 - 12 - 60 - 30) / 2)],
    ['taller than the room: its top goes just below the bar', rect(500, 1000), 400, 844, 60, 440],
    ['above the window: scrolled down', rect(-200, -160), 400, 844, 60, -200 - (60 + (844 - 400 - 12 - 60 - 40) / 2)],
  ])('%s', async (_why, anchor, sheet, viewport, top, expected) => {
    const { keepAboveSheet } = await import('../../src/components/quote-popover.tsx');
    expect(keepAboveSheet(anchor, sheet, viewport, top)).toBeCloseTo(expected);
  });
});
