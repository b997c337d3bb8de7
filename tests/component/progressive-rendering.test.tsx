// Issue 10 item 13: a very long article renders progressively (first batch, then idle-time
// batches with a visible status), yet a #qN deep link far down the article and the speaker filter
// still work, and in the end every paragraph is in the page.
import { act, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PROGRESSIVE_BATCH, PROGRESSIVE_FIRST, useProgressiveCount } from '../../src/lib/progressive-paragraphs.ts';
import { makeArticle } from './helpers/fixtures.ts';
import { renderApp } from './helpers/render-app.tsx';
import { corpusData, stubClient } from './helpers/stub-client.ts';

beforeAll(async () => {
  await import('../../src/routes/article-page.tsx');
});

describe('useProgressiveCount', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['an ordinary article renders whole at once', 120, -1, 120],
    ['a long article renders its first batch first', 1000, -1, PROGRESSIVE_FIRST],
    ['a deep link far down renders up to its paragraph first', 1000, 850, 851],
  ])('%s', (_case, total, must, first) => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useProgressiveCount(total, 'a', must));
    expect(result.current).toBe(first);
    for (let i = 0; i < 10; i++) act(() => vi.runOnlyPendingTimers());
    expect(result.current).toBe(total);
  });

  it('grows by one batch per idle callback and restarts for another article', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ key }) => useProgressiveCount(5000, key), { initialProps: { key: 'a' } });
    act(() => vi.runOnlyPendingTimers());
    expect(result.current).toBe(PROGRESSIVE_FIRST + PROGRESSIVE_BATCH);
    rerender({ key: 'b' });
    expect(result.current).toBe(PROGRESSIVE_FIRST);
  });
});

const PARAS = 3000;
const long = makeArticle({
  slug: 'long-record',
  title: 'A very long record',
  position: 0,
  paragraphs: Array.from({ length: PARAS }, (_, i) =>
    i === 2500 ? 'Ada Lovelace said "the engine weaves patterns" at the end.' : i === 10 ? 'Charles Babbage said "the machine is ready" early on.' : `Paragraph ${i} of the long record, where nothing is quoted.`,
  ),
  quotes: [
    { text: '"the machine is ready"', speaker: 'Charles Babbage', mention: 'Charles Babbage', cue: 'said' },
    { text: '"the engine weaves patterns"', speaker: 'Ada Lovelace', mention: 'Ada Lovelace', cue: 'said' },
  ],
});

describe('the reading view of a very long article', () => {
  it('shows its first paragraphs with a "loading the rest" status, then every paragraph', async () => {
    renderApp('/articles/long-record', stubClient(corpusData([long])));
    expect(await screen.findByRole('heading', { level: 1, name: 'A very long record' })).toBeInTheDocument();
    const article = document.querySelector('article.article-body')!;
    // Mid-way (or at once, on a fast machine) the status names what is shown; in the end it is gone.
    await waitFor(() => expect(article.querySelectorAll('p[data-para]')).toHaveLength(PARAS), { timeout: 15_000 });
    expect(screen.queryByText(/Loading the rest of the article/)).not.toBeInTheDocument();
  });

  it('renders up to a #qN deep link far down at once and marks it', async () => {
    renderApp('/articles/long-record#q2', stubClient(corpusData([long])));
    await screen.findByRole('heading', { level: 1, name: 'A very long record' });
    const target = document.getElementById('q2');
    expect(target).not.toBeNull();
    expect(target).toHaveAttribute('data-targeted', 'true');
    expect(document.querySelectorAll('p[data-para]').length).toBeLessThan(PARAS);
    expect(screen.getByText(/Loading the rest of the article… \(2,501 of 3,000 paragraphs shown\)/)).toBeInTheDocument();
  });

  it('keeps the speaker filter on paragraphs rendered later', async () => {
    renderApp('/articles/long-record?speaker=ada-lovelace', stubClient(corpusData([long])));
    await screen.findByRole('heading', { level: 1, name: 'A very long record' });
    await waitFor(() => expect(document.querySelectorAll('p[data-para]')).toHaveLength(PARAS), { timeout: 15_000 });
    const ada = document.querySelector('[data-quote-id="q2"]')!;
    const babbage = document.querySelector('[data-quote-id="q1"]')!;
    expect(ada).toHaveAttribute('data-highlighted', 'true');
    expect(babbage).toHaveAttribute('data-highlighted', 'false');
  });
});
