// Search: the header box (role, Enter → /search?q=…, lazy loading of the index) and the
// results page (titles, text and quotations, <mark> highlights, quoted words, exact phrases,
// the timing hook), against a real split index built here by the ingestion's builder.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Outlet, RouterProvider, type RouteObject } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleChunk } from '../../src/contract/article-data.ts';
import { buildSearchFiles } from '../../src/ingest/build-search-index.ts';
import { openSearchIndex } from '../../src/lib/search-engine.ts';
import type { Quote } from '../../src/quotes/types.ts';
import { SearchBox } from '../../src/components/search-box.tsx';
import { clearDataCache } from '../../src/lib/data-client.ts';
import { FIRST_RESULTS, highlight, resetSearchIndex, snippet } from '../../src/lib/search-client.ts';
import { parseQuery } from '../../src/lib/search-query.ts';
import { searchRoute } from '../../src/routes/search-page.tsx';

/** Builds an article chunk whose quotations are the given substrings of its text. */
function chunk(slug: string, title: string, text: string, quotes: { text: string; speaker: string | null }[]): ArticleChunk {
  const found: Quote[] = quotes.map((q, i) => {
    const start = text.indexOf(q.text);
    if (start < 0) throw new Error(`fixture: "${q.text}" is not in ${slug}`);
    const id = q.speaker?.toLowerCase().replace(/\s+/g, '-') ?? '';
    return {
      id: `q${i + 1}`,
      start,
      end: start + q.text.length,
      kind: 'direct',
      speaker: q.speaker ? { id, name: q.speaker, type: 'person' } : null,
      mention: null,
      cue: null,
      confidence: 0.9,
      reason: 'fixture',
      sieve: 'trailing-frame',
      resolver: q.speaker ? 'name' : null,
    };
  });
  return {
    slug, title, date: '2017-01-01', source: null, url: null, byline: null, license: null, changed: false,
    text, paragraphs: [{ start: 0, end: text.length }], quotes: found, titleQuotes: [], speakers: [],
    position: 0, prev: null, next: null,
  };
}

const ARTICLES: ArticleChunk[] = [
  chunk(
    'obama-putin',
    'President Obama Reveals He Threatened Putin Over Russian Hacking Attacks',
    'Speaking to reporters, the president said “we will respond to the hacking” and added that he had warned Putin directly. Officials declined to comment.',
    [{ text: 'we will respond to the hacking', speaker: 'Barack Obama' }],
  ),
  chunk(
    'budget-talks',
    'Budget talks stall over hacking',
    'Negotiators said they will respond next week. “We hope to reach a deal,” the speaker said. The hacking of the committee email was not discussed; to the press, the hacking was old news they would respond to later. “The hacking is not what we respond to,” an aide said.',
    [
      { text: 'We hope to reach a deal', speaker: 'Paul Ryan' },
      { text: 'The hacking is not what we respond to', speaker: null },
    ],
  ),
  chunk('weather', 'Storm hits the coast', 'Heavy rain fell overnight across the region.', []),
];

/** The split index files the ingestion writes for these articles (tiny shards, so queries cross them). */
function indexFiles(articles: readonly ArticleChunk[] = ARTICLES): Map<string, string> {
  return buildSearchFiles(
    articles.map((a) => ({
      slug: a.slug,
      title: a.title,
      text: a.text,
      quotes: a.quotes.map((q) => ({ id: q.id, text: a.text.slice(q.start, q.end), speaker: q.speaker?.name ?? null, speakerId: q.speaker?.id ?? null })),
    })),
    { shardTargetBytes: 400, articlesPerDocChunk: 2 },
  );
}

function stubFetch(articles: readonly ArticleChunk[] = ARTICLES) {
  const files = new Map<string, string>([
    ...indexFiles(articles),
    [
      'data/speakers.json',
      JSON.stringify([
        { id: 'barack-obama', name: 'Barack Obama', quoteCount: 1, articleCount: 1 },
        { id: 'paul-ryan', name: 'Paul Ryan', quoteCount: 1, articleCount: 1 },
      ]),
    ],
    ...articles.map((a) => [`data/articles/${a.slug}.json`, JSON.stringify(a)] as [string, string]),
  ]);
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const body = files.get(decodeURIComponent(url.pathname.replace(/^\//, '')));
    return body === undefined
      ? new Response('<!doctype html>', { status: 404, headers: { 'content-type': 'text/html' } })
      : new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function indexRequests(fetchMock: ReturnType<typeof stubFetch>): number {
  return fetchMock.mock.calls.filter(([input]) => String(input).includes('data/search/manifest.json')).length;
}

const routes: RouteObject[] = [
  {
    path: '/',
    element: (
      <>
        <header>
          <SearchBox />
        </header>
        <main>
          <Outlet />
        </main>
      </>
    ),
    children: [
      { index: true, element: <h1>Home</h1> },
      { path: 'search', ...searchRoute },
      { path: 'articles/:slug', element: <h1>Article</h1> },
    ],
  },
];

function renderAt(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  return router;
}

/** The results list (each result arrives whole: title, snippet and quotation texts at once). */
async function loadedResults(): Promise<HTMLElement> {
  return screen.findByRole('list', { name: 'Matching articles' });
}

/** Requests for article chunks or the speakers list: a search must need neither (issue 14). */
function articleOrSpeakerRequests(mock: ReturnType<typeof stubFetch>): string[] {
  return mock.mock.calls.map(([input]) => String(input)).filter((u) => /data\/(articles\/|speakers\.json)/.test(u));
}

function resultTitles(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent ?? '');
}

/**
 * Records the result titles on screen after every change of the page, and whether a "Show more"
 * button was ever drawn while the results region did not yet say its page was whole.
 */
function recordTitles() {
  const states: string[][] = [];
  let buttonWhileIncomplete = false;
  const look = () => {
    const list = document.querySelector('ol.qr-search-results');
    const titles = list ? [...list.querySelectorAll('h2')].map((h) => h.textContent ?? '') : [];
    if (titles.length > 0 && states.at(-1)?.join('\n') !== titles.join('\n')) states.push(titles);
    const region = document.querySelector('[aria-label="Search results"]');
    if (region?.getAttribute('data-search-query') === '' && region.querySelector('.qr-search-page__more')) buttonWhileIncomplete = true;
  };
  const observer = new MutationObserver(look);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  return {
    states,
    get buttonWhileIncomplete() {
      return buttonWhileIncomplete;
    },
    stop: () => {
      look();
      observer.disconnect();
    },
  };
}

let fetchMock: ReturnType<typeof stubFetch>;
beforeEach(() => {
  clearDataCache();
  resetSearchIndex();
  fetchMock = stubFetch();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('SearchBox', () => {
  it('is a searchbox labelled "Search"; Enter goes to /search?q=…', async () => {
    const user = userEvent.setup();
    const router = renderAt('/');
    const box = screen.getByRole('searchbox', { name: 'Search' });
    expect(screen.getByRole('search')).toContainElement(box);
    await user.type(box, 'putin hacking{Enter}');
    expect(router.state.location.pathname).toBe('/search');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('putin hacking');
    expect(await screen.findByRole('heading', { level: 1, name: 'Search results for “putin hacking”' })).toBeInTheDocument();
  });

  it('does not navigate on an empty query', async () => {
    const user = userEvent.setup();
    const router = renderAt('/');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), '   {Enter}');
    expect(router.state.location.pathname).toBe('/');
  });

  it('loads the index only once search is used: not on page load or focus, first on typing', async () => {
    const user = userEvent.setup();
    renderAt('/');
    expect(await screen.findByRole('heading', { name: 'Home' })).toBeInTheDocument();
    expect(indexRequests(fetchMock)).toBe(0);
    await user.click(screen.getByRole('searchbox', { name: 'Search' }));
    await user.tab();
    expect(indexRequests(fetchMock)).toBe(0);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'put');
    await waitFor(() => expect(indexRequests(fetchMock)).toBe(1));
  });

  it('shows the query of the search page it is on', async () => {
    renderAt('/search?q=storm');
    expect(await screen.findByRole('searchbox', { name: 'Search' })).toHaveValue('storm');
  });
});

describe('/search results carry their texts (issue 14)', () => {
  it('draws every result whole in its first render (snippet, quotation, linked speaker) without reading an article chunk or the speakers list', async () => {
    renderAt('/search?q=hacking');
    const list = await loadedResults();
    // The same commit that shows the list shows the snippets: nothing arrives later to move it.
    const obama = within(list).getAllByRole('listitem').find((li) => li.textContent?.includes('President Obama'))!;
    expect(within(obama).getByRole('link', { name: /we will respond to the hacking/ })).toBeInTheDocument();
    expect(within(obama).getByRole('link', { name: 'Barack Obama' })).toHaveAttribute('href', '/speakers/barack-obama');
    const budget = within(list).getAllByRole('listitem').find((li) => li.textContent?.includes('Budget talks') && li.parentElement === list)!;
    expect(budget.querySelector('.qr-search-result__snippet mark')).toHaveTextContent(/hacking/i);
    // An unattributed quotation says so, with no link.
    expect(within(budget).getByText(/speaker unknown/)).toBeInTheDocument();
    expect(articleOrSpeakerRequests(fetchMock)).toEqual([]);
  });
});

describe('/search', () => {
  it('finds words in titles and marks them, linking to the article', async () => {
    renderAt('/search?q=threatened');
    const list = await loadedResults();
    expect(resultTitles(list)).toEqual(['President Obama Reveals He Threatened Putin Over Russian Hacking Attacks']);
    const title = within(list).getByRole('link', { name: /President Obama/ });
    expect(title).toHaveAttribute('href', '/articles/obama-putin');
    expect(title.querySelector('mark')).toHaveTextContent('Threatened');
    expect(screen.getByRole('status')).toHaveTextContent('1 article matches “threatened”.');
  });

  it('finds body text and quotations, with snippets and links to the quotation', async () => {
    renderAt('/search?q=hacking');
    const list = await loadedResults();
    expect(resultTitles(list)).toHaveLength(2);
    const obama = within(list).getAllByRole('listitem').find((li) => li.textContent?.includes('President Obama'))!;
    const quote = within(obama).getByRole('link', { name: /we will respond to the hacking/ });
    expect(quote).toHaveAttribute('href', '/articles/obama-putin#q1');
    expect(quote).toHaveAttribute('data-quote-id', 'q1');
    expect(quote).toHaveAttribute('data-speaker', 'Barack Obama');
    expect(within(quote).getByText('hacking', { selector: 'mark' })).toBeInTheDocument();
    expect(await within(obama).findByRole('link', { name: 'Barack Obama' })).toHaveAttribute('href', '/speakers/barack-obama');
    // The budget article matched in its body text: its snippet shows the word, marked.
    const budget = within(list).getAllByRole('listitem').find((li) => li.textContent?.includes('Budget talks') && li.parentElement === list)!;
    expect(within(budget).getAllByText('hacking', { selector: 'mark' }).length).toBeGreaterThan(0);
  });

  it('labels "some of the words" results with the words each has, most words first', async () => {
    renderAt('/search?q=hacking%20respond%20overnight');
    const list = await loadedResults();
    expect(screen.getByText(/No article has every word; these have some of them/)).toBeInTheDocument();
    const labels = within(list).getAllByText(/^Has /).map((p) => p.textContent);
    expect(labels).toEqual(['Has the words “hacking” and “respond”', 'Has the words “hacking” and “respond”', 'Has only the word “overnight”']);
  });

  it.each([
    ['with straight quote marks', '"we will respond to the hacking"'],
    ['with curly quote marks', '“we will respond to the hacking”'],
    ['without quote marks', 'we will respond to the hacking'],
  ])('finds quoted words %s', async (_label, q) => {
    renderAt(`/search?q=${encodeURIComponent(q)}`);
    const list = await loadedResults();
    expect(resultTitles(list)[0]).toBe('President Obama Reveals He Threatened Putin Over Russian Hacking Attacks');
    const quote = within(list).getByRole('link', { name: /we will respond to the hacking/ });
    // The whole phrase is one highlight.
    expect(within(quote).getByText('we will respond to the hacking', { selector: 'mark' })).toBeInTheDocument();
  });

  it('puts the article with the exact phrase first when several have the words', async () => {
    const q = '"respond to the hacking"';
    // Precondition: by score alone the index ranks the article without the phrase first.
    const files = indexFiles();
    const engine = await openSearchIndex(async (path) => JSON.parse(files.get(path) ?? 'null'));
    const ranking = await engine.rank(q);
    expect((await engine.resolve(ranking.articles)).map((h) => h.slug)).toEqual(['budget-talks', 'obama-putin']);

    renderAt(`/search?q=${encodeURIComponent(q)}`);
    const list = await loadedResults();
    expect(resultTitles(list)).toEqual([
      'President Obama Reveals He Threatened Putin Over Russian Hacking Attacks',
      'Budget talks stall over hacking',
    ]);
    const [first, second] = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    expect(within(first!).getByText('Exact phrase')).toBeInTheDocument();
    expect(within(second!).queryByText('Exact phrase')).not.toBeInTheDocument();
  });

  it('does not let common words match everything: "the hacking" finds the hacking articles only', async () => {
    renderAt(`/search?q=${encodeURIComponent('the hacking')}`);
    const list = await loadedResults();
    expect(resultTitles(list)).toHaveLength(2);
    expect(resultTitles(list)).not.toContain('Storm hits the coast');
  });

  it('still searches a query made only of common words', async () => {
    renderAt(`/search?q=${encodeURIComponent('"we will"')}`);
    const list = await loadedResults();
    expect(resultTitles(list)[0]).toBe('President Obama Reveals He Threatened Putin Over Russian Hacking Attacks');
  });

  it('shows 20 results, then more on request, moving focus to the first new one', async () => {
    const many = Array.from({ length: 45 }, (_, i) =>
      chunk(`storm-${i}`, `Storm number ${i + 1}`, `The storm ${i + 1} came ashore at night.`, []),
    );
    fetchMock = stubFetch(many);
    const user = userEvent.setup();
    renderAt('/search?q=storm');
    const list = await loadedResults();
    await waitFor(() => expect(resultTitles(list)).toHaveLength(20));
    expect(screen.getByRole('status')).toHaveTextContent('45 articles match “storm”.');
    await user.click(screen.getByRole('button', { name: 'Show more results (25 more)' }));
    await waitFor(() => expect(resultTitles(list)).toHaveLength(40));
    const links = within(list).getAllByRole('heading', { level: 2 }).map((h) => within(h).getByRole('link'));
    await waitFor(() => expect(links[20]).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Show more results (5 more)' }));
    await waitFor(() => expect(resultTitles(list)).toHaveLength(45));
    expect(screen.queryByRole('button', { name: /Show more/ })).not.toBeInTheDocument();
  });

  it('draws the first results before the rest of the page, which follows below them; "Show more" and data-search-query wait for the whole page', async () => {
    const many = Array.from({ length: 45 }, (_, i) => chunk(`storm-${i}`, `Storm number ${i + 1}`, `The storm ${i + 1} came ashore at night.`, []));
    fetchMock = stubFetch(many);
    const seen = recordTitles();
    renderAt('/search?q=storm');
    const region = await screen.findByRole('region', { name: 'Search results' });
    await waitFor(() => expect(region).toHaveAttribute('data-search-query', 'storm'));
    const final = resultTitles(await loadedResults());
    expect(final).toHaveLength(20);
    seen.stop();
    // A state with only the first six drawn existed, and every state was the start of the final page.
    expect(seen.states.some((titles) => titles.length === FIRST_RESULTS)).toBe(true);
    for (const titles of seen.states) expect(final.slice(0, titles.length)).toEqual(titles);
    // While the page was incomplete there was no "Show more" button under it.
    expect(seen.buttonWhileIncomplete).toBe(false);
  });

  it('with an exact phrase, draws early only results that nothing resolved later can move (phrase results first within the page)', async () => {
    // 17 articles with both words apart and repeated (they score higher), 3 with the exact phrase in a longer text.
    const apart = Array.from({ length: 17 }, (_, i) => chunk(`apart-${i}`, `Report ${i + 1}`, `Storm storm storm. The coast coast was quiet ${i + 1}.`, []));
    const exact = Array.from({ length: 3 }, (_, i) =>
      chunk(`exact-${i}`, `Bulletin ${i + 1}`, `A long bulletin of the day ${i + 1}, with much else in it, warned that the storm coast road was closed to all traffic until further notice from the county.`, []),
    );
    const articles = [...exact, ...apart];
    const files = indexFiles(articles);
    const engine = await openSearchIndex(async (path) => JSON.parse(files.get(path) ?? 'null'));
    const ranked = (await engine.resolve((await engine.rank('storm coast')).articles)).map((h) => h.slug);
    // Precondition: by score alone the phrase results are not among the first six, and one is on page 1.
    expect(ranked.slice(0, FIRST_RESULTS).some((s) => s.startsWith('exact-'))).toBe(false);
    expect(ranked.slice(0, 20).some((s) => s.startsWith('exact-'))).toBe(true);

    fetchMock = stubFetch(articles);
    const seen = recordTitles();
    renderAt('/search?q=storm%20coast');
    const region = await screen.findByRole('region', { name: 'Search results' });
    await waitFor(() => expect(region).toHaveAttribute('data-search-query', 'storm coast'));
    const final = resultTitles(await loadedResults());
    seen.stop();
    expect(final[0]).toMatch(/^Bulletin/);
    for (const titles of seen.states) expect(final.slice(0, titles.length)).toEqual(titles);
  });

  it('tolerates a typo in a long word', async () => {
    renderAt('/search?q=hackinng');
    const list = await loadedResults();
    expect(resultTitles(list)).toHaveLength(2);
  });

  it('says when nothing matches, and records how long the search took', async () => {
    renderAt('/search?q=zebra');
    expect(await screen.findByText('No results for “zebra”.')).toBeInTheDocument();
    const region = screen.getByRole('region', { name: 'Search results' });
    expect(Number(region.getAttribute('data-search-ms'))).toBeGreaterThanOrEqual(0);
    expect(region.getAttribute('data-search-ms')).not.toBe('');
    expect(region).toHaveAttribute('data-search-query', 'zebra');
  });

  it('says the index is loading until its manifest arrives, then shows the results', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const files = stubFetch();
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        if (String(input).includes('data/search/manifest.json')) await gate;
        return files(input);
      }),
    );
    renderAt('/search?q=hacking');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Loading the search index…'));
    release();
    await loadedResults();
    expect(screen.getByRole('status')).toHaveTextContent('2 articles match “hacking”.');
  });

  it('fetches only the shards of the query terms and the doc chunks of the results', async () => {
    renderAt('/search?q=threatened');
    await loadedResults();
    const fetched = fetchMock.mock.calls.map(([input]) => new URL(String(input)).pathname).filter((p) => p.includes('/data/search/'));
    const shards = [...indexFiles().keys()].filter((p) => p.includes('/terms-'));
    expect(shards.length).toBeGreaterThan(3);
    expect(fetched.filter((p) => p.includes('/terms-'))).toHaveLength(1);
    expect(fetched.filter((p) => p.includes('/docs-'))).toEqual(['/data/search/docs-0.json']);
  });

  it('shows an error with a retry when the index is missing', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<!doctype html>', { status: 404, headers: { 'content-type': 'text/html' } })));
    renderAt('/search?q=storm');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The search index of this site is incomplete or out of date');
    expect(alert).not.toHaveTextContent('connection');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('says so under the first results when the rest of the page cannot be read, and reads it on retry', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 45 }, (_, i) => chunk(`storm-${i}`, `Storm number ${i + 1}`, `The storm ${i + 1} came ashore at night.`, []));
    const files = stubFetch(many);
    let docs = 0;
    let failing = true;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        if (!String(input).includes('/docs-')) return files(input);
        // The first screen's rows arrive; the rest of the page's do not, until the retry.
        return ++docs > FIRST_RESULTS / 2 && failing ? new Response('busy', { status: 503 }) : files(input);
      }),
    );
    renderAt('/search?q=storm');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not every result could be shown. The search could not be completed: the server could not send the search index.');
    const list = await loadedResults();
    expect(resultTitles(list)).toHaveLength(FIRST_RESULTS);
    expect(screen.queryByRole('button', { name: /Show more/ })).not.toBeInTheDocument();
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(resultTitles(list)).toHaveLength(20));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show more results (25 more)' })).toBeInTheDocument();
  });

  it('shows an error with a retry when a shard of the index fails to load, and recovers on retry', async () => {
    const user = userEvent.setup();
    const files = stubFetch();
    let failing = true;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) =>
        failing && String(input).includes('/terms-') ? new Response('oops', { status: 500 }) : files(input),
      ),
    );
    renderAt('/search?q=storm');
    expect(await screen.findByRole('alert')).toHaveTextContent('The search could not be completed');
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const list = await loadedResults();
    expect(resultTitles(list)).toEqual(['Storm hits the coast']);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  // Issue 10 item 11: each way a shard can fail gets its own message; only a failed download is a connection problem.
  it.each([
    ['a shard answers 404', () => new Response('<!doctype html>', { status: 404, headers: { 'content-type': 'text/html' } }), 'incomplete or out of date: a file of it is missing', 'connection'],
    ['a shard is not valid JSON', () => new Response('{"terms": [', { status: 200, headers: { 'content-type': 'application/json' } }), 'damaged: a file of it could not be read', 'connection'],
    ['the download fails (fetch throws)', () => Promise.reject(new TypeError('Failed to fetch')), 'Check your connection and try again', 'rebuilt'],
    ['the server answers 503', () => new Response('busy', { status: 503 }), 'the server could not send the search index', 'connection'],
  ])('says what is wrong when %s', async (_case, shard, says, never) => {
    const files = stubFetch();
    vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL) => (String(input).includes('/terms-') ? shard() : files(input))));
    renderAt('/search?q=storm');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(says);
    expect(alert).not.toHaveTextContent(never);
  });

  it('renders hostile text as text', async () => {
    renderAt(`/search?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('parseQuery', () => {
  it.each([
    ['plain words', 'Obama Putin', [], ['obama', 'putin']],
    ['straight quotes', '"we will respond" obama', [['we', 'will', 'respond']], ['obama']],
    ['curly quotes', '“we will respond”', [['we', 'will', 'respond']], []],
    ['guillemets', '«nous répondrons» paris', [['nous', 'répondrons']], ['paris']],
    ['an unclosed mark is stripped', '"we will', [], ['we', 'will']],
    ['apostrophes stay inside words', 'Trump’s "fake news"', [['fake', 'news']], ['trump', 's']],
    ['a one-word quote is a word', '"hacking"', [], ['hacking']],
  ])('%s', (_label, input, phrases, words) => {
    const parsed = parseQuery(input);
    expect(parsed.phrases).toEqual(phrases);
    expect(parsed.words).toEqual(words);
  });
});

describe('highlight', () => {
  const marked = (segments: { text: string; mark: boolean }[]) => segments.filter((s) => s.mark).map((s) => s.text);
  it.each([
    ['a word, any case', 'Hacking and more hacking.', ['hacking'], [], ['Hacking', 'hacking']],
    ['neighbouring words merge into one mark', 'We will respond soon', ['will', 'respond'], [], ['will respond']],
    ['a phrase is one mark, stop words included', 'we will respond to the hacking now', ['respond', 'hacking'], [['respond', 'to', 'the', 'hacking']], ['respond to the hacking']],
    ['the phrase across punctuation', 'Respond, to the hacking!', [], [['respond', 'to', 'the', 'hacking']], ['Respond, to the hacking']],
    ['no partial words', 'hackings hacking', ['hacking'], [], ['hacking']],
    ['text that looks like markup stays text', '<img onerror="hacking">', ['hacking'], [], ['hacking']],
  ])('%s', (_label, text, terms, phrases, expected) => {
    const segments = highlight(text, terms, phrases);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(marked(segments)).toEqual(expected);
  });
});

describe('snippet', () => {
  const long = `${'Lorem ipsum dolor sit amet. '.repeat(30)}The needle is here. ${'Consectetur adipiscing elit. '.repeat(30)}`;
  it('centres on the first match and marks the cuts', () => {
    const s = snippet(long, ['needle']);
    expect(s).toContain('The needle is here.');
    expect(s.startsWith('… ')).toBe(true);
    expect(s.endsWith(' …')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(250);
  });
  it('prefers a phrase occurrence', () => {
    const text = `needle alone. ${'x '.repeat(200)} the needle is here ${'y '.repeat(200)}`;
    expect(snippet(text, ['needle'], [['needle', 'is', 'here']])).toContain('the needle is here');
  });
  it('returns short text whole', () => {
    expect(snippet('short text', ['text'])).toBe('short text');
  });
});
