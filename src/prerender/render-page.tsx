// Build-time rendering of one route to HTML (decision 089): the very routes, loaders and components
// the browser runs, rendered once by React's server renderer, so the page's text paints with the
// HTML instead of after ~100 kB of JavaScript. Pure of Node: the build hands in how to read a data file.
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom';
import { createRoutes } from '../app-routes.tsx';
import { dataPaths } from '../contract/article-data.ts';
import { DataMalformedError, DataNotFoundError, type DataClient } from '../lib/data-client.ts';

/** Reads one data file of the built site by its path under the base; null when there is no such file. */
export type ReadDataFile = (path: string) => Promise<string | null>;

/** A data client over the built site's files, failing as the browser's fetch client does. */
export function fileDataClient(read: ReadDataFile): DataClient {
  const load = async <T,>(path: string): Promise<T> => {
    const text = await read(path);
    if (text === null) throw new DataNotFoundError(path);
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw new DataMalformedError(path, error);
    }
  };
  return {
    loadManifest: () => load(dataPaths.manifest()),
    loadIndexPage: (page) => load(dataPaths.indexPage(page)),
    loadArticle: (slug) => load(dataPaths.article(slug)),
    loadSpeakers: () => load(dataPaths.speakers()),
    loadSpeaker: (id) => load(dataPaths.speaker(id)),
    loadSpeakerPage: (id, page) => load(dataPaths.speakerPage(id, page)),
    loadVoices: () => load(dataPaths.voices()),
  };
}

/** One rendered page: the markup inside #root and the HTTP status its loaders chose. */
export interface RenderedPage {
  status: number;
  html: string;
}

/**
 * A renderer bound to one data client: `render('/articles/x')` gives that page's markup, its links
 * under `base` (the site's base path, as main.tsx's router has it).
 */
export function createPageRenderer(client: DataClient, base = '/'): (path: string) => Promise<RenderedPage> {
  const basename = base.replace(/\/$/, '') || '/';
  const handler = createStaticHandler(createRoutes(client), { basename });
  return async (path) => {
    const context = await handler.query(new Request(new URL(`${basename === '/' ? '' : basename}${path}`, 'http://prerender.invalid')));
    // A loader that redirects: nothing to prerender (the browser follows it on its own).
    if (context instanceof Response) return { status: context.status, html: '' };
    const router = createStaticRouter(handler.dataRoutes, context);
    // prerender, not renderToString: it waits for every lazy component to load and renders it, so
    // a page never carries a boundary the browser must render from scratch (React error 419 at
    // hydration, e.g. the home page's "more articles" once the index has a second page).
    const { prelude } = await prerender(
      <StrictMode>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </StrictMode>,
    );
    return { status: context.statusCode, html: await new Response(prelude).text() };
  };
}
