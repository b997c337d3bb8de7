// Quote details popover (focus in, Esc, focus back, copy with citation), reading settings
// (persisted, applied to <html>), not-found pages, error boundaries and odd URLs.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataNotFoundError } from '../../src/lib/data-client.ts';
import { applySettings, DEFAULT_SETTINGS, loadSettings, SETTINGS_KEY } from '../../src/lib/reading-settings.ts';
import { sampleCorpus } from './helpers/fixtures.ts';
import { renderApp } from './helpers/render-app.tsx';
import { corpusData, stubClient } from './helpers/stub-client.ts';

describe('quote details', () => {
  it('opens on Enter with focus inside, shows speaker link, cue, kind, reason, confidence; Esc closes and returns focus', async () => {
    const { user } = renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    const quote = await screen.findByRole('button', { name: /^Quote by Matthew Miller/ });
    quote.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Quote by Matthew Miller' });
    // The details are a chunk loaded on first use (decision 085): focus moves in once it has rendered.
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    expect(within(dialog).getByRole('link', { name: 'Matthew Miller' })).toHaveAttribute('href', '/speakers/matthew-miller');
    expect(dialog).toHaveTextContent('completely inappropriate');
    expect(dialog).toHaveTextContent('Partial quotation');
    expect(dialog).toHaveTextContent('described it as');
    expect(dialog).toHaveTextContent('Named speaker next to a speech verb.');
    expect(dialog).toHaveTextContent('40% — uncertain');
    // The mention the attribution rests on is marked in the article while open.
    const mention = document.querySelector('[data-mention-for~="q3"]');
    expect(mention).toHaveTextContent('Matthew Miller');
    expect(mention).toHaveAttribute('data-mention-active', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(quote).toHaveFocus();
    expect(mention).not.toHaveAttribute('data-mention-active');
  });

  it('opens on click and copies the quotation with speaker, title, source, date, URL and its link in the app (#qN)', async () => {
    const { user } = renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    await user.click(await screen.findByRole('button', { name: 'Quote by Donald Trump: "this Russia thing"' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Copy with citation' }));
    expect(await within(dialog).findByText('Copied the quotation with its citation.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(
      '“this Russia thing” — Donald Trump, in "Trump says Comey was fired over Russia investigation", Wikinews, 13 May 2017, https://en.wikinews.org/wiki/comey-fired. ' +
        `Quotation in Quote Reader: ${window.location.origin}/articles/comey-fired#q1`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Close quote details' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('reading settings', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => applySettings(loadSettings()));

  it('applies theme, size and width to <html> and remembers them in localStorage', async () => {
    const { user, unmount } = renderApp('/', stubClient(corpusData(sampleCorpus())));
    const toggle = await screen.findByRole('button', { name: /Reading settings/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // The choices are a chunk of their own, loaded when the panel first opens.
    await user.click(await screen.findByRole('radio', { name: 'Sepia' }));
    await user.click(screen.getByRole('radio', { name: 'Large' }));
    await user.click(screen.getByRole('radio', { name: 'Wide' }));
    await user.click(within(screen.getByRole('group', { name: 'Typeface' })).getByRole('radio', { name: 'Sans serif' }));
    await user.click(within(screen.getByRole('group', { name: 'Line spacing' })).getByRole('radio', { name: 'Loose' }));
    await user.click(within(screen.getByRole('group', { name: 'Speaker tags' })).getByRole('radio', { name: 'Off' }));
    const root = document.documentElement;
    expect([root.dataset.theme, root.dataset.fontSize, root.dataset.lineWidth]).toEqual(['sepia', 'l', 'wide']);
    expect([root.dataset.font, root.dataset.spacing, root.dataset.tags]).toEqual(['sans', 'loose', 'off']);
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!)).toEqual({ theme: 'sepia', fontSize: 'l', lineWidth: 'wide', font: 'sans', spacing: 'loose', tags: 'off' });
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    unmount();

    root.removeAttribute('data-theme');
    applySettings(loadSettings());
    expect(root.dataset.theme).toBe('sepia');
    renderApp('/', stubClient(corpusData(sampleCorpus())));
    await user.click(await screen.findByRole('button', { name: /Reading settings/ }));
    expect(await screen.findByRole('radio', { name: 'Sepia' })).toBeChecked();
  });

  it('falls back to defaults for junk in storage', () => {
    localStorage.setItem(SETTINGS_KEY, '{"theme":"<script>","fontSize":3');
    expect(loadSettings()).toEqual(DEFAULT_SETTINGS);
    localStorage.setItem(SETTINGS_KEY, '{"theme":"dark","fontSize":"huge","font":"comic"}');
    expect(loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(DEFAULT_SETTINGS).toEqual({ theme: 'system', fontSize: 'm', lineWidth: 'medium', font: 'serif', spacing: 'normal', tags: 'changes' });
  });
});

describe('not found, errors and odd URLs', () => {
  it('shows Not found with a link home for an unknown path, inside the site frame', async () => {
    renderApp('/no/such/page', stubClient(corpusData(sampleCorpus())));
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the list of articles' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: /Skip to main content/ })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Not found — Quote Reader'));
  });

  it('shows Not found for an unknown slug (the data file is missing)', async () => {
    const client = stubClient(corpusData(sampleCorpus()));
    renderApp('/articles/no-such-article', client);
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
    expect(client.loadArticle).toHaveBeenCalledWith('no-such-article', expect.anything());
  });

  it('answers malformed percent-encoding and absurdly long slugs with Not found, without fetching junk', async () => {
    const client = stubClient(corpusData(sampleCorpus()));
    renderApp(`/articles/%E0%A4%A`, client);
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
    expect(screen.getByText(/This address is malformed/)).toBeInTheDocument();
    expect(client.loadArticle).not.toHaveBeenCalled();
    const other = stubClient(corpusData(sampleCorpus()));
    renderApp(`/articles/${'a'.repeat(5000)}`, other);
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 1, name: 'Not found' })).toHaveLength(2));
    expect(other.loadArticle).not.toHaveBeenCalled();
  });

  it('shows a readable error, not a blank page, when loading fails', async () => {
    const client = stubClient(corpusData(sampleCorpus()));
    client.loadArticle.mockRejectedValue(new Error('Could not load data/articles/x.json: HTTP 500'));
    renderApp('/articles/comey-fired', client);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('HTTP 500');
    expect(within(alert).getByRole('link', { name: 'Go to the list of articles' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: /Quote Reader/ })).toBeInTheDocument();
  });

  it('shows the error page when the home data fails, and Not found when its manifest is missing', async () => {
    const client = stubClient(corpusData(sampleCorpus()));
    client.loadManifest.mockRejectedValue(new TypeError('Failed to fetch'));
    renderApp('/', client);
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed to fetch');
    const missing = stubClient(corpusData(sampleCorpus()));
    missing.loadManifest.mockRejectedValue(new DataNotFoundError('data/manifest.json'));
    renderApp('/', missing);
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
  });
});
