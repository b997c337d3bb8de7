// The head script (src/head-script.ts, decision 089): it runs before the first paint, applies the
// saved settings, hides a page prerendered for another address, and starts the app's scripts only
// after the first paint. Each row sets up a document as the build writes it and runs the script.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_PAINT_WAIT_MS } from '../../src/common/head-script-data.ts';
import { PRERENDER_ATTRIBUTE, PRERENDER_STALE_CLASS } from '../../src/common/prerender-key.ts';
import { SETTINGS_KEY } from '../../src/lib/reading-settings.ts';

const html = document.documentElement;

/** Runs the head script as if its tag (with `data`) were the current script, at `path`. */
async function runHeadScript(path: string, madeFor: string | null, data: Record<string, string>) {
  window.history.replaceState(null, '', path);
  if (madeFor === null) html.removeAttribute(PRERENDER_ATTRIBUTE);
  else html.setAttribute(PRERENDER_ATTRIBUTE, madeFor);
  const tag = document.createElement('script');
  Object.assign(tag.dataset, data);
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => tag });
  vi.resetModules();
  await import('../../src/head-script.ts');
}

const added = () => [...document.head.querySelectorAll('link, script')].map((el) => `${el.tagName.toLowerCase()} ${el.getAttribute('rel') ?? el.getAttribute('type') ?? ''} ${(el as HTMLLinkElement).href || (el as HTMLScriptElement).src}`.replace(window.location.origin, ''));

afterEach(() => {
  vi.useRealTimers();
  document.head.innerHTML = '';
  html.className = '';
  for (const k of Object.keys(html.dataset)) delete html.dataset[k];
  localStorage.clear();
});

const FILES = { entry: '/assets/index.js', modules: '/assets/react.js', preload: '/assets/preload.js', routeModules: '/assets/article-page.js', fetch: '/data/articles/a.json' };

describe('head script', () => {
  it('a page prerendered for this address: nothing hidden; after the paint its route’s chunks and data, then the entry', async () => {
    vi.useFakeTimers();
    await runHeadScript('/articles/a', '/articles/a', FILES);
    expect(html.classList.contains(PRERENDER_STALE_CLASS)).toBe(false);
    expect(added()).toEqual([]); // nothing competes with the page's own text before it paints
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS);
    expect(added()).toEqual(['link preload /data/articles/a.json', 'link modulepreload /assets/react.js', 'link modulepreload /assets/article-page.js', 'script module /assets/index.js']);
  });

  it('a page prerendered for another address (a host’s fallback): hidden, and the route table decides what to load', async () => {
    vi.useFakeTimers();
    await runHeadScript('/search?q=x', '/', FILES);
    expect(html.classList.contains(PRERENDER_STALE_CLASS)).toBe(true);
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS);
    expect(added()).toEqual(['script  /assets/preload.js', 'link modulepreload /assets/react.js', 'script module /assets/index.js']);
  });

  it('applies the saved settings before anything paints; a broken store leaves the defaults', async () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ theme: 'dark', fontSize: 'xl', unknown: 'x', spacing: 3 }));
    await runHeadScript('/', '/', FILES);
    expect(html.dataset.theme).toBe('dark');
    expect(html.dataset.fontSize).toBe('xl');
    expect(html.dataset.unknown).toBeUndefined();
    expect(html.dataset.spacing).toBeUndefined();
    for (const k of Object.keys(html.dataset)) delete html.dataset[k];
    localStorage.setItem(SETTINGS_KEY, '{not json');
    await runHeadScript('/', '/', FILES);
    expect(html.dataset.theme).toBeUndefined();
  });
});
