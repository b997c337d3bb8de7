// Prerendered pages (decision 089): the build renders each page with the app's own routes, and the
// browser hydrates that markup. Each row renders a page as the build does, puts it in the document,
// hydrates it as main.tsx does and checks that React kept the very nodes (no mismatch, no redraw),
// including in a browser whose own state differs from the build's (a phone, the reader's own articles).
import { act } from '@testing-library/react';
import { startTransition, StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRoutes } from '../../src/app-routes.tsx';
import { MINE_COUNT_KEY } from '../../src/lib/mine-hint.ts';
import { whenInitialized } from '../../src/lib/router-ready.ts';
import { createPageRenderer, fileDataClient } from '../../src/prerender/render-page.tsx';
import { sampleCorpus } from './helpers/fixtures.ts';
import { corpusData, stubClient } from './helpers/stub-client.ts';

window.scrollTo = () => undefined;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  localStorage.clear();
  vi.unstubAllGlobals();
});

/** Renders `path` as the build would, hydrates it as the browser would; returns what React reported. */
async function prerenderAndHydrate(path: string) {
  const client = stubClient(corpusData(sampleCorpus()));
  const page = await createPageRenderer(client)(path);
  const container = document.createElement('div');
  container.id = 'root';
  container.innerHTML = page.html;
  document.body.append(container);
  const before = [...container.querySelectorAll('*')];
  const router = createMemoryRouter(createRoutes(client), { initialEntries: [path] });
  await whenInitialized(router);
  const errors: unknown[] = [];
  await act(async () => {
    startTransition(() => {
      root = hydrateRoot(
        container,
        <StrictMode>
          <RouterProvider router={router} />
        </StrictMode>,
        { onRecoverableError: (e) => errors.push(e) },
      );
    });
  });
  return { page, container, before, errors };
}

const phone = () =>
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: true, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }));

describe('prerendered pages hydrate without a mismatch', () => {
  it.each([
    ['the home page', '/', 'Latest articles'],
    ['an article', '/articles/comey-fired', 'Trump says Comey was fired over Russia investigation'],
    ['the speakers list', '/speakers', 'Speakers'],
    ['a speaker page', '/speakers/donald-trump', 'Donald Trump'],
  ])('%s', async (_name, path, heading) => {
    const { page, container, before, errors } = await prerenderAndHydrate(path);
    expect(page.status).toBe(200);
    expect(page.html).toContain(heading);
    expect(errors).toEqual([]);
    // Hydration adopts the markup: the prerendered heading is still the node on screen.
    const h1 = before.find((el) => el.tagName === 'H1');
    expect(h1?.textContent).toContain(heading);
    expect(container.querySelector('h1')).toBe(h1);
  });

  it('an article on a phone: the build renders both filter arrangements, the phone keeps its own after hydration', async () => {
    phone();
    const { page, container, errors } = await prerenderAndHydrate('/articles/comey-fired');
    expect(page.html).toContain('layout-phone-only');
    expect(page.html).toContain('layout-wide-only');
    expect(errors).toEqual([]);
    expect(container.querySelector('.layout-wide-only')).toBeNull();
    expect(container.querySelector('.filter-bar-button')).not.toBeNull();
  });

  it('the home page of a corpus with more than one index page: its lazy "more articles" is prerendered too, not left to the browser', async () => {
    // Server side only: <!--$!--> marks a boundary the renderer gave up on, which the browser then
    // reports as React error 419 and renders from scratch. (Hydrating here, in the realm that just
    // ran the server renderer through a suspended boundary, trips React Router's nested-router check;
    // a real browser never runs both, and the e2e rows hydrate built pages there.)
    const page = await createPageRenderer(stubClient(corpusData(sampleCorpus(), 2)))('/');
    expect(page.html).toContain('Show more articles');
    expect(page.html).not.toContain('<!--$!-->');
  });

  it('the home page of a reader with articles of their own: hydrates first, then shows them', async () => {
    localStorage.setItem(MINE_COUNT_KEY, '2');
    const { page, errors } = await prerenderAndHydrate('/');
    expect(page.html).not.toContain('Your articles');
    expect(errors).toEqual([]);
  });
});

describe('the build reads data files through fileDataClient', () => {
  it('a missing file is "not found" and a damaged one "malformed", as the browser client says', async () => {
    const client = fileDataClient(async (path) => (path === 'data/manifest.json' ? '{not json' : null));
    await expect(client.loadManifest()).rejects.toMatchObject({ name: 'DataMalformedError' });
    await expect(client.loadArticle('x')).rejects.toMatchObject({ name: 'DataNotFoundError' });
  });

  it('a page whose data file is missing renders with its status, so the build can refuse it', async () => {
    const page = await createPageRenderer(fileDataClient(async () => null))('/articles/nowhere');
    expect(page.status).toBe(404);
  });
});
