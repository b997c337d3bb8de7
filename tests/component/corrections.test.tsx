// Corrections in the reading view, by role: "Correct speaker" with the Speaker combobox and Save,
// "Not a quotation" with Undo, "Undo correction", "Mark as quotation" on selected words, the
// corrected data attributes, filter counts that follow, "Your corrections" and its export.
import 'fake-indexeddb/auto';
import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listCorrections, resetCorrectionsForTests } from '../../src/lib/corrections-db.ts';
import { correctionsFile } from '../../src/routes/corrections-page.tsx';
import { sampleCorpus } from './helpers/fixtures.ts';
import { renderApp } from './helpers/render-app.tsx';
import { corpusData, stubClient } from './helpers/stub-client.ts';

// jsdom's Blob has no text(): read it as a browser without it would.
const readBlob = (b: Blob) => new Promise<string>((done) => {
  const r = new FileReader();
  r.onload = () => done(String(r.result));
  r.readAsText(b);
});
// Saving goes through IndexedDB and a re-render: on a loaded 2-core machine that can take over the default second.
configure({ asyncUtilTimeout: 10_000 });
const quoteEl = (id: string) => document.querySelector<HTMLElement>(`[data-quote-id="${id}"]`)!;

beforeEach(async () => {
  await resetCorrectionsForTests();
  indexedDB.deleteDatabase('quote-reader-corrections');
});
afterEach(() => vi.restoreAllMocks());

async function openDetails(id: string) {
  await screen.findByRole('article');
  fireEvent.click(quoteEl(id));
  return screen.findByRole('dialog');
}

describe('correcting an attribution', () => {
  it('reading creates no corrections database (the light pages load no store without one); the first correction does', async () => {
    const user = userEvent.setup();
    const names = async () => (await indexedDB.databases()).map((d) => d.name);
    renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    await screen.findByRole('article');
    // Everything that reads corrections has had its turn: the list, the snapshot, the page's hook.
    expect(await listCorrections()).toEqual([]);
    await act(() => new Promise((done) => setTimeout(done, 50)));
    expect(await names()).not.toContain('quote-reader-corrections');
    const dialog = await openDetails('q4');
    await user.click(within(dialog).getByRole('button', { name: 'Not a quotation' }));
    await waitFor(async () => expect(await names()).toContain('quote-reader-corrections'));
    // And the page, which started without a store, shows the correction.
    await waitFor(() => expect(quoteEl('q4')).toBeNull());
  });

  it('saves a new speaker from the combobox: data-corrected, the engine’s answer, counts and undo', async () => {
    const user = userEvent.setup();
    renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    const dialog = await openDetails('q3');
    await user.click(within(dialog).getByRole('button', { name: 'Correct speaker' }));
    const box = within(dialog).getByRole('combobox', { name: 'Speaker' });
    await user.clear(box);
    await user.type(box, 'Sarah Sanders');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(quoteEl('q3').dataset.corrected).toBe('true'));
    expect(quoteEl('q3').dataset.speaker).toBe('Sarah Sanders');
    expect(within(screen.getByRole('dialog')).getByText(/^Corrected by you — the engine said Matthew Miller \(\d+ %\)$/)).toBeInTheDocument();
    // The filter's counts follow the corrected answer.
    expect(screen.getByRole('checkbox', { name: /Sarah Sanders/ })).toHaveAccessibleName(/2/);
    expect(screen.queryByRole('checkbox', { name: /Matthew Miller/ })).toBeNull();
    const saved = await listCorrections();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ article: 'comey-fired', action: 'speaker', speaker: { name: 'Sarah Sanders', id: 'sarah-sanders' }, engine: { speaker: 'Matthew Miller' } });
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Undo correction' }));
    await waitFor(() => expect(quoteEl('q3').dataset.speaker).toBe('Matthew Miller'));
    expect(quoteEl('q3').dataset.corrected).toBeUndefined();
    expect(await listCorrections()).toHaveLength(0);
  });

  it('asks for a name before saving an empty speaker, and accepts "No identifiable speaker"', async () => {
    const user = userEvent.setup();
    renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    const dialog = await openDetails('q1');
    await user.click(within(dialog).getByRole('button', { name: 'Correct speaker' }));
    await user.clear(within(dialog).getByRole('combobox', { name: 'Speaker' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/Type a name/);
    await user.click(within(dialog).getByRole('checkbox', { name: 'No identifiable speaker' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(quoteEl('q1').dataset.speaker).toBe(''));
    expect(quoteEl('q1').dataset.corrected).toBe('true');
  });

  it('"Not a quotation" removes it; the status line offers Undo', async () => {
    const user = userEvent.setup();
    renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    const dialog = await openDetails('q4');
    await user.click(within(dialog).getByRole('button', { name: 'Not a quotation' }));
    await waitFor(() => expect(document.querySelector('[data-quote-id="q4"]')).toBeNull());
    const status = screen.getByText('Marked as not a quotation.').closest('[role="status"]') as HTMLElement;
    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(document.querySelector('[data-quote-id="q4"]')).not.toBeNull());
  });

  it('"Mark as quotation" on selected words adds a quotation with the chosen speaker', async () => {
    const user = userEvent.setup();
    renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    const article = await screen.findByRole('article');
    // Words outside every quotation: the first long plain text node of the article.
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    let textNode: Text | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n.textContent ?? '').trim().length > 25 && !n.parentElement?.closest('.q, .mention')) { textNode = n as Text; break; }
    }
    const raw = textNode!.textContent!;
    const from = raw.search(/\S/);
    const words = raw.slice(from, from + 20).trimEnd();
    act(() => {
      const range = document.createRange();
      range.setStart(textNode!, from);
      range.setEnd(textNode!, from + words.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    await user.click(await screen.findByRole('button', { name: 'Mark as quotation' }));
    const form = screen.getByRole('dialog', { name: 'Mark as quotation' });
    await user.type(within(form).getByRole('combobox', { name: 'Speaker' }), 'Ann Lee');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(quoteEl('c1')).not.toBeNull());
    expect(quoteEl('c1').textContent).toBe(words);
    expect(quoteEl('c1').dataset.speaker).toBe('Ann Lee');
    expect((await listCorrections())[0]).toMatchObject({ action: 'add', quote: { text: words }, speaker: { name: 'Ann Lee' } });
  });

  it('lists the corrections on /corrections, marks one that no longer applies, and exports them', async () => {
    const user = userEvent.setup();
    renderApp('/articles/comey-fired', stubClient(corpusData(sampleCorpus())));
    const dialog = await openDetails('q4');
    await user.click(within(dialog).getByRole('button', { name: 'Not a quotation' }));
    await waitFor(async () => expect(await listCorrections()).toHaveLength(1));
    // A correction of words the article no longer has (the article was edited since).
    const { saveCorrection } = await import('../../src/lib/corrections-db.ts');
    await saveCorrection({ article: 'comey-fired', action: 'remove', quote: { text: '"words that are gone"', start: 5, end: 26 } });
    await user.click(screen.getAllByRole('link', { name: 'Your corrections' })[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Your corrections' })).toBeInTheDocument();
    await screen.findByText(/2 corrections in 1 article/);
    await screen.findByText('The quotation can no longer be found in the article.');
    const made: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => { made.push(b as Blob); return 'blob:x'; });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Export corrections' }));
    const file = JSON.parse(await readBlob(made[0]!)) as ReturnType<typeof correctionsFile>;
    expect(file.format).toBe('quote-reader-corrections');
    expect(file.corrections.map((c) => c.action)).toEqual(['remove', 'remove']);
    expect(file.corrections[0]).not.toHaveProperty('key');
  });
});
