// /add when the browser's storage is full (IndexedDB's put throws QuotaExceededError): the reader
// is told what happened and what to do, the article stays in the form, and nothing is half-saved.
// Also: persistent storage is asked for, and a refusal still adds the article. The engine runs
// inline here (jsdom has no Worker); everything else is the real page, parsing and store.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MINE_COUNT_KEY } from '../../src/lib/mine-hint.ts';
import { DB_NAME, listMine, putMine, type MineArticle } from '../../src/mine/store.ts';
import { sampleCorpus } from './helpers/fixtures.ts';
import { currentUrl, renderApp } from './helpers/render-app.tsx';
import { corpusData, stubClient } from './helpers/stub-client.ts';

vi.mock('../../src/mine/analyse-client.ts', async () => {
  const { analyseSource } = await import('../../src/ingest/analyse-source.ts');
  return { startWorker: () => undefined, analyseInWorker: async (parsed: Parameters<typeof analyseSource>[0]) => analyseSource(parsed) };
});

const ARTICLE = [
  'Council approves the new bridge',
  '“We have waited ten years for this,” said Mayor Ana Ruiz on Tuesday.',
  'The treasurer, Tom Webb, said the cost was fair. “It pays for itself in a decade,” Webb said.',
].join('\n\n');

// jsdom's File has no arrayBuffer() (every browser has): read it as a browser would.
if (!('arrayBuffer' in File.prototype)) {
  Object.defineProperty(File.prototype, 'arrayBuffer', {
    value(this: File) {
      return new Promise<ArrayBuffer>((done) => {
        const reader = new FileReader();
        reader.onload = () => done(reader.result as ArrayBuffer);
        reader.readAsArrayBuffer(this);
      });
    },
  });
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Makes every IndexedDB put throw as a full quota does, until restored. */
function fillStorage() {
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw quotaError();
  });
}

const storage = {
  estimate: vi.fn(async () => ({ usage: 52_000_000, quota: 53_000_000 })),
  persisted: vi.fn(async () => false),
  persist: vi.fn(async () => false),
};

beforeEach(() => {
  Object.defineProperty(navigator, 'storage', { configurable: true, value: storage });
  for (const f of Object.values(storage)) f.mockClear();
  storage.persisted.mockResolvedValue(false);
  storage.persist.mockResolvedValue(false);
  localStorage.clear();
});
afterEach(async () => {
  vi.restoreAllMocks();
  // Empty the store between tests without closing the page's open connection.
  const rows = await listMine();
  if (rows.length) {
    const request = indexedDB.open(DB_NAME);
    await new Promise<void>((done) => {
      request.onsuccess = () => {
        const tx = request.result.transaction('articles', 'readwrite');
        tx.objectStore('articles').clear();
        tx.oncomplete = () => {
          request.result.close();
          done();
        };
      };
    });
  }
});

async function openAdd() {
  const app = renderApp('/add', stubClient(corpusData(sampleCorpus())));
  await screen.findByRole('heading', { level: 1, name: 'Add an article' });
  return app;
}

describe('a full storage quota on /add', () => {
  it('typed text: says storage is full and what to do, keeps every field, saves nothing; adding again after space is freed works', async () => {
    const { user, router } = await openAdd();
    const full = fillStorage();
    await user.type(screen.getByLabelText(/^Title/), 'Bridge vote');
    await user.type(screen.getByLabelText(/^Source URL/), 'https://example.org/bridge');
    await user.click(screen.getByLabelText('Article text'));
    await user.paste(ARTICLE);
    await user.click(screen.getByRole('button', { name: 'Add article' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/storage for Quote Reader is full \(52 MB of 53 MB used\), so the article was not saved/);
    expect(alert).toHaveTextContent(/Delete some of your articles .* then add it again: the text is still here/);
    expect(full).toHaveBeenCalled();
    // Nothing lost: the form is as the reader left it, still on /add, the button usable again.
    expect(screen.getByLabelText('Article text')).toHaveValue(ARTICLE);
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Bridge vote');
    expect(screen.getByLabelText(/^Source URL/)).toHaveValue('https://example.org/bridge');
    expect(currentUrl(router)).toBe('/add');
    expect(screen.getByRole('button', { name: 'Add article' })).toBeEnabled();
    // Nothing half-saved: no record, and the home page's hint still says there are none.
    full.mockRestore();
    expect(await listMine()).toEqual([]);
    expect(localStorage.getItem(MINE_COUNT_KEY)).toBeNull();

    // Space freed: the same press adds it and opens it.
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    await waitFor(() => expect(currentUrl(router)).toMatch(/^\/mine\/[0-9a-f]+$/));
    const saved = await listMine();
    expect(saved.map((a) => a.title)).toEqual(['Bridge vote']);
    expect(saved[0]!.quotes.length).toBeGreaterThan(0);
  });

  it('a batch of files: each file is reported by name with the storage message; nothing is saved', async () => {
    const { user } = await openAdd();
    fillStorage();
    const file = (name: string) => new File([ARTICLE], name, { type: 'text/plain' });
    await user.upload(screen.getByLabelText('Article file'), [file('bridge.txt'), file('bridge-2.txt')]);
    const report = await screen.findByRole('alert');
    const items = within(report).getAllByRole('listitem').filter((li) => li.parentElement?.parentElement === report);
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^bridge\.txt: .*storage for Quote Reader is full.*not saved/),
      expect.stringMatching(/^bridge-2\.txt: .*storage for Quote Reader is full.*not saved/),
    ]);
    expect(await screen.findByText(/Done: 0 articles added, 2 files could not be added/)).toBeInTheDocument();
    vi.restoreAllMocks();
    expect(await listMine()).toEqual([]);
  });
});

describe('the store writes a batch whole or not at all', () => {
  const record = (id: string): MineArticle => ({
    id,
    addedAt: Date.now(),
    title: `Article ${id}`,
    date: null,
    source: null,
    url: null,
    byline: null,
    format: 'scraped-page',
    fileName: null,
    text: 'Text.',
    paragraphs: [{ start: 0, end: 5 }],
    excerpt: 'Text.',
    quotes: [],
    titleQuotes: [],
    speakers: [],
    engineVersion: 'test',
  });

  it('a quota error on the second put leaves the first unsaved too', async () => {
    const real = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      calls += 1;
      if (calls === 2) throw quotaError();
      return real.apply(this, args);
    });
    await expect(putMine(record('aa01'), record('aa02'))).rejects.toMatchObject({ name: 'StorageFullError' });
    vi.restoreAllMocks();
    expect(calls).toBe(2);
    expect(await listMine()).toEqual([]);
  });

  it('a quota found full when the transaction commits (as Chromium reports it) is the same clear error, nothing saved', async () => {
    const real = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = real.apply(this, args);
      // The write itself succeeds; the commit then fails: fake-indexeddb's own abort-with-error step.
      request.addEventListener('success', () => (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError'));
      return request;
    });
    await expect(putMine(record('bb01'), record('bb02'))).rejects.toMatchObject({ name: 'StorageFullError', message: expect.stringMatching(/storage for Quote Reader is full/) });
    vi.restoreAllMocks();
    expect(await listMine()).toEqual([]);
  });
});

describe('persistent storage', () => {
  it('is asked for when an article is added; a refusal still adds it and the home page says what that means', async () => {
    const { user, router } = await openAdd();
    await user.click(screen.getByLabelText('Article text'));
    await user.paste(ARTICLE);
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    await waitFor(() => expect(currentUrl(router)).toMatch(/^\/mine\//));
    expect(storage.persist).toHaveBeenCalled();
    expect((await listMine()).map((a) => a.title)).toEqual(['Council approves the new bridge']);

    await router.navigate('/');
    const section = await screen.findByRole('region', { name: 'Your articles' });
    expect(await within(section).findByText(/may delete them when it runs short of space/)).toBeInTheDocument();
  });

  it('once the browser agrees, it is not asked again and the home page makes no such warning', async () => {
    storage.persisted.mockResolvedValue(true);
    const { user, router } = await openAdd();
    await user.click(screen.getByLabelText('Article text'));
    await user.paste(ARTICLE);
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    await waitFor(() => expect(currentUrl(router)).toMatch(/^\/mine\//));
    expect(storage.persist).not.toHaveBeenCalled();
    await router.navigate('/');
    const section = await screen.findByRole('region', { name: 'Your articles' });
    await within(section).findByRole('link', { name: 'Council approves the new bridge' });
    expect(within(section).queryByText(/runs short of space/)).toBeNull();
  });
});
