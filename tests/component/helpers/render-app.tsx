// Renders the real route table through a memory router with a stubbed data client.
import { configure, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { createRoutes } from '../../../src/app-routes.tsx';
import type { DataClient } from '../../../src/lib/data-client.ts';

// The first render of a lazy route imports its module; on a loaded 2-core machine that can take
// longer than the 1 s default of findBy*/waitFor.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout or scrolling; the router's scroll restoration calls these.
window.scrollTo = () => undefined;

/** Mounts the app at `url`; returns the router (for its location) and a user-event instance. */
export function renderApp(url: string, client: DataClient) {
  const router = createMemoryRouter(createRoutes(client), { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  return { router, user, ...view };
}

/** The router's current path + search, e.g. `/articles/x?speaker=a`. */
export function currentUrl(router: ReturnType<typeof createMemoryRouter>): string {
  const { pathname, search, hash } = router.state.location;
  return pathname + search + hash;
}
