// Issue 10 item 11: messages that say what actually went wrong. A listed article whose data file is
// missing is not "no article at this address"; ?speaker=unattributed on an article without
// unattributed quotations says so instead of "Looking up speaker…" forever.
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataNotFoundError } from '../../src/lib/data-client.ts';
import { sampleCorpus } from './helpers/fixtures.ts';
import { currentUrl, renderApp } from './helpers/render-app.tsx';
import { corpusData, stubClient } from './helpers/stub-client.ts';

describe('an article whose data file is missing', () => {
  it('while the home page lists it: says it is listed but its data could not be loaded (mid-deploy), not Not found', async () => {
    const client = stubClient(corpusData(sampleCorpus()));
    client.loadArticle.mockRejectedValue(new DataNotFoundError('data/articles/travel-ban.json'));
    renderApp('/articles/travel-ban', client);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This article is listed on the site, but its data (data/articles/travel-ban.json) could not be loaded');
    expect(alert).toHaveTextContent('reload the page');
    expect(alert).not.toHaveTextContent('There is no article at this address');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('that the index does not list: Not found, as before', async () => {
    const client = stubClient(corpusData(sampleCorpus()));
    renderApp('/articles/never-existed', client);
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is no article at this address/)).toBeInTheDocument();
  });
});

describe('?speaker=unattributed on an article where every quotation has a speaker', () => {
  it('says there are none and offers to clear the filter (no "Looking up speaker…")', async () => {
    const client = stubClient(corpusData(sampleCorpus()));
    const { user, router } = renderApp('/articles/robotics-team?speaker=unattributed', client);
    const note = await screen.findByText(/There are no unattributed quotations in this article\./);
    expect(screen.queryByText(/Looking up speaker/)).not.toBeInTheDocument();
    await user.click(within(note).getByRole('link', { name: 'Clear the filter' }));
    expect(currentUrl(router)).toBe('/articles/robotics-team');
    expect(screen.queryByText(/no unattributed quotations/)).not.toBeInTheDocument();
  });

  it('with another speaker chosen too, removes only “Unattributed”', async () => {
    const client = stubClient(corpusData(sampleCorpus()));
    const { user, router } = renderApp('/articles/robotics-team?speaker=donald-trump&speaker=unattributed', client);
    const note = await screen.findByText(/There are no unattributed quotations in this article\./);
    await user.click(within(note).getByRole('link', { name: 'Remove “Unattributed” from the filter' }));
    expect(currentUrl(router)).toBe('/articles/robotics-team?speaker=donald-trump');
  });
});

describe('the empty site', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    ['the bundled folder by default', undefined, 'Add Markdown files to src/content/articles and rebuild.'],
    ['the folder the build used (ARTICLES_DIR)', 'my-corpus', 'Add Markdown files to my-corpus and rebuild.'],
  ])('names %s', async (_case, folder, says) => {
    if (folder) vi.stubEnv('VITE_ARTICLES_FOLDER', folder);
    renderApp('/', stubClient(corpusData([])));
    expect(await screen.findByText((_text, el) => el?.tagName === 'P' && (el.textContent ?? '').endsWith(says))).toBeInTheDocument();
  });
});
