// Issue 10 item 10: a lazily loaded chunk that fails to download (a network blip) is retried, and a
// failure is not cached: the error page's "Try again", or navigating away and back, loads it again.
import { Component, Suspense, type ReactNode } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Link, Outlet, RouterProvider, useLoaderData } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { RouteError } from '../../src/components/route-error.tsx';
import { importWithRetry, lazyChunk, lazyComponent, lazyRoute, retryFailedImports, type RouteModule } from '../../src/lib/lazy-import.ts';

const blip = () => new TypeError('Failed to fetch dynamically imported module: http://x/assets/page-abc.js');

/** An import that fails `failures` times, then resolves to `value`. */
function flaky<T>(failures: number, value: T) {
  let calls = 0;
  return vi.fn(async () => {
    calls += 1;
    if (calls <= failures) throw blip();
    return value;
  });
}

describe('importWithRetry', () => {
  it('retries an import that fails once, then succeeds', async () => {
    const load = flaky(1, 'module');
    await expect(importWithRetry(load, { delaysMs: [0] })).resolves.toBe('module');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('gives up after its delays with the last error', async () => {
    const load = flaky(5, 'module');
    await expect(importWithRetry(load, { delaysMs: [0, 0] })).rejects.toThrow('Failed to fetch dynamically imported module');
    expect(load).toHaveBeenCalledTimes(3);
  });
});

describe('lazyChunk', () => {
  it('shares one attempt, keeps a success, and load() forgets a failure at once', async () => {
    const load = flaky(1, { x: 1 });
    const chunk = lazyChunk(load, { delaysMs: [] });
    const first = chunk.load();
    expect(chunk.load()).toBe(first);
    await expect(first).rejects.toThrow('Failed to fetch');
    expect(chunk.current).toBeUndefined();
    await expect(chunk.load()).resolves.toEqual({ x: 1 });
    expect(chunk.current).toEqual({ x: 1 });
    expect(chunk.load()).toBe(chunk.load());
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('read() keeps a failure (for the error boundary) until retryFailedImports()', async () => {
    const load = flaky(1, 'ok');
    const chunk = lazyChunk(load, { delaysMs: [] });
    const failed = chunk.read();
    await expect(failed).rejects.toThrow('Failed to fetch');
    expect(chunk.read()).toBe(failed);
    retryFailedImports();
    await expect(chunk.read()).resolves.toBe('ok');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

function Page() {
  const data = useLoaderData() as string;
  return <h1>Lazy page: {data}</h1>;
}

const pageModule: RouteModule = { Component: Page, loader: () => 'loaded data' };

function appWith(lazy: () => Promise<RouteModule>) {
  return createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <>
            <nav>
              <Link to="/">Home</Link> <Link to="/lazy">Lazy</Link>
            </nav>
            <Outlet />
          </>
        ),
        children: [
          {
            errorElement: <RouteError />,
            children: [
              { index: true, element: <h1>Home page</h1> },
              { path: 'lazy', lazy },
            ],
          },
        ],
      },
    ],
    { initialEntries: ['/lazy'] },
  );
}

describe('lazyRoute', () => {
  it('loads a route whose chunk fails once (retried within the same navigation)', async () => {
    const load = flaky(1, pageModule);
    render(<RouterProvider router={appWith(lazyRoute(load))} />);
    expect(await screen.findByRole('heading', { name: 'Lazy page: loaded data' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shows the error page with Try again when every attempt fails, and Try again loads the page', async () => {
    const load = flaky(1, pageModule);
    render(<RouterProvider router={appWith(lazyRoute(load, { delaysMs: [] }))} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Failed to fetch dynamically imported module');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Lazy page: loaded data' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('recovers on the next navigation: away and back loads the chunk again', async () => {
    const load = flaky(1, pageModule);
    const router = appWith(lazyRoute(load, { delaysMs: [] }));
    render(<RouterProvider router={router} />);
    await screen.findByRole('alert');
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'Home' }));
    expect(await screen.findByRole('heading', { name: 'Home page' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Lazy' }));
    expect(await screen.findByRole('heading', { name: 'Lazy page: loaded data' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('with a static loader that awaits the chunk (the reading view): Try again, then the next visit, load it again', async () => {
    const load = flaky(2, { Component: () => <h1>Static-loader page</h1> } satisfies RouteModule);
    const chunk = lazyChunk(load, { delaysMs: [] });
    const router = createMemoryRouter(
      [
        {
          path: '/',
          element: <Outlet />,
          children: [
            {
              errorElement: <RouteError />,
              children: [
                { index: true, element: <Link to="/s">Go</Link> },
                { path: 's', loader: async () => (await chunk.read(), 'data'), shouldRevalidate: () => false, lazy: lazyRoute(chunk, { staticLoader: true }) },
              ],
            },
          ],
        },
      ],
      { initialEntries: ['/s'] },
    );
    render(<RouterProvider router={router} />);
    const user = userEvent.setup();
    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    // The second attempt fails too: the error page again, then away and back.
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the list of articles' }));
    await user.click(await screen.findByRole('link', { name: 'Go' }));
    expect(await screen.findByRole('heading', { name: 'Static-loader page' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(3);
  });
});

class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <p>Chart failed</p> : this.props.children;
  }
}

describe('lazyComponent', () => {
  it('fails to its error boundary, and renders once mounted again after the error has shown', async () => {
    const load = flaky(1, ({ label }: { label: string }) => <p>Chart {label}</p>);
    const Chart = lazyComponent(load, { delaysMs: [] });
    const mount = () => (
      <Boundary>
        <Suspense fallback={<p>Loading the chart…</p>}>
          <Chart label="ready" />
        </Suspense>
      </Boundary>
    );
    let first: ReturnType<typeof render> | undefined;
    await act(async () => {
      first = render(mount());
    });
    expect(await screen.findByText('Chart failed')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
    first!.unmount();
    // What the app's error page does when it shows.
    retryFailedImports();
    await act(async () => {
      render(mount());
    });
    expect(await screen.findByText('Chart ready')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
