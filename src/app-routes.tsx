// The route table. `createRoutes(client)` builds it around a data client, so tests render the very
// same routes through a memory router with a stubbed client. Only the home route is eager; the
// reading view, speakers and search load on demand to keep the first page's JavaScript small.
import { Suspense, type ComponentType } from 'react';
import { data, type RouteObject } from 'react-router-dom';
import { MAX_EXPLICIT_SLUG_LENGTH } from './common/slug-limits.ts';
import { DataClientContext } from './lib/data-client-context.ts';
import { dataClient, isNotFound, type DataClient } from './lib/data-client.ts';
import { importWithRetry, lazyChunk, lazyComponent, lazyRoute } from './lib/lazy-import.ts';
import { homeLoader, HomePage } from './routes/home-page.tsx';
import { RootLayout } from './routes/root-layout.tsx';

type ErrorPages = typeof import('./components/route-error.tsx');

/** Shown when even the error page's chunk cannot be loaded. */
function BareError() {
  return <p role="alert">This page could not be shown, and neither could the error page: reload to try again.</p>;
}

/** An error page from its own chunk (the first page rarely needs one); a bare message if even that fails to load. */
function errorPage(pick: (m: ErrorPages) => ComponentType) {
  const Page = lazyComponent(() => importWithRetry(() => import('./components/route-error.tsx')).then(pick, () => BareError));
  return function LazyErrorPage() {
    return (
      <Suspense fallback={null}>
        <Page />
      </Suspense>
    );
  };
}

const RootError = errorPage((m) => m.RootError);
const RouteError = errorPage((m) => m.RouteError);
const NotFound = errorPage((m) => m.NotFound);

/** The app's routes, loading data through `client`. */
export function createRoutes(client: DataClient = dataClient): RouteObject[] {
  // The reading view's code: its loader awaits it too, so a chunk that fails to load fails the navigation.
  const articleChunk = lazyChunk(() => import('./routes/article-page.tsx').then((m) => m.articleRoute));
  return [
    {
      id: 'root',
      path: '/',
      Component: function Root() {
        return (
          <DataClientContext.Provider value={client}>
            <RootLayout />
          </DataClientContext.Provider>
        );
      },
      errorElement: <RootError />,
      // Shown while the first page's data loads (the app has no server rendering).
      HydrateFallback: () => (
        <p className="app-loading" role="status">
          Loading…
        </p>
      ),
      children: [
        {
          // Pathless layout route: its errorElement renders inside the header and footer.
          errorElement: <RouteError />,
          children: [
            { index: true, loader: homeLoader(client), Component: HomePage },
            {
              path: 'articles/:slug',
              loader: async ({ params, request }) => {
                const slug = params.slug ?? '';
                if (!slug || slug.length > MAX_EXPLICIT_SLUG_LENGTH || /[/\\]/.test(slug)) throw data('There is no article at this address.', { status: 404 });
                // The router decodes params and hands over undecodable segments raw, so a "%" left in the
                // slug means broken percent-encoding (slugs never contain one): say so instead of fetching junk.
                if (slug.includes('%')) throw data('This address is malformed (broken percent-encoding).', { status: 404 });
                try {
                  const [article] = await Promise.all([client.loadArticle(slug, request.signal), articleChunk.read()]);
                  return article;
                } catch (e) {
                  if (isNotFound(e)) {
                    // Listed on the home page but its file is gone (mid-deploy): not "no such article".
                    // The check loads only after a 404 (first-page JavaScript budget).
                    const listed = await import('./lib/listed-article.ts').catch(() => null);
                    if (listed && (await listed.isListedArticle(client, slug, request.signal))) throw data(listed.listedButMissingMessage(slug), { status: 503 });
                    throw data('There is no article at this address.', { status: 404 });
                  }
                  throw e;
                }
              },
              // The filter and the hash change the view, not the data: do not refetch for them.
              shouldRevalidate: ({ currentParams, nextParams, defaultShouldRevalidate }) =>
                currentParams.slug !== nextParams.slug && defaultShouldRevalidate,
              lazy: lazyRoute(articleChunk, { staticLoader: true }),
            },
            // The reader's own articles: the engine, Readability and IndexedDB code load only here.
            { path: 'add', lazy: lazyRoute(() => import('./routes/add-page.tsx').then((m) => m.addRoute)) },
            { path: 'mine/:id', lazy: lazyRoute(() => import('./routes/mine-page.tsx').then((m) => m.mineRoute)) },
            { path: 'speakers', lazy: lazyRoute(() => import('./routes/speakers-page.tsx').then((m) => m.speakersRoute(client))) },
            { path: 'speakers/:id', lazy: lazyRoute(() => import('./routes/speaker-page.tsx').then((m) => m.speakerRoute(client))) },
            { path: 'search', lazy: lazyRoute(() => import('./routes/search-page.tsx').then((m) => m.searchRoute)) },
            { path: 'corrections', lazy: lazyRoute(() => import('./routes/corrections-page.tsx').then((m) => m.correctionsRoute)) },
            { path: 'voices', lazy: lazyRoute(() => import('./routes/voices-page.tsx').then((m) => m.voicesRoute(client))) },
            { path: '*', Component: () => <NotFound /> },
          ],
        },
      ],
    },
  ];
}
