// Browser entry point: start the data router and render. A built page arrives prerendered (decision
// 089): once the first page's data and code are in, React hydrates that markup (it becomes
// interactive without being redrawn). A page prerendered for another address (a host's fallback,
// the service worker's shell) is hidden by the head script and rendered over; the dev server's
// page is empty and renders at once.
import { startTransition, StrictMode, useLayoutEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { createRoutes } from './app-routes.tsx';
import { APP_READY_ATTRIBUTE, PRERENDER_STALE_CLASS } from './common/prerender-key.ts';
import { whenInitialized } from './lib/router-ready.ts';
import { applySettings, loadSettings } from './lib/reading-settings.ts';
import { enableScrollRestoration } from './lib/scroll-restoration.ts';
import { registerServiceWorker } from './lib/service-worker.ts';
import './styles/base.css';
import './styles/reading.css';

// The built page's head script applied the saved reading settings before the first paint; the dev
// server's page has no head script (the branch and its import drop out of the build).
if (import.meta.env.DEV) applySettings(loadSettings());
registerServiceWorker();

const router = createBrowserRouter(createRoutes(), { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
enableScrollRestoration(router);

/**
 * Once the first render or hydration is committed, before it paints: the page is the app's (styles
 * and tests read the mark), and a stale page's hiding rule would now hide the right page.
 */
function Ready() {
  useLayoutEffect(() => {
    document.documentElement.classList.remove(PRERENDER_STALE_CLASS);
    document.documentElement.setAttribute(APP_READY_ATTRIBUTE, '');
  }, []);
  return null;
}

const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <RouterProvider router={router} />
    <Ready />
  </StrictMode>
);
if (!container.firstElementChild) createRoot(container).render(app);
else {
  const prerendered = !document.documentElement.classList.contains(PRERENDER_STALE_CLASS);
  // Until then the prerendered page (or the stale page's frame) stays on screen, never "Loading…".
  // As a transition, React works in slices of a few milliseconds, yielding to the reader's input,
  // instead of one long task: the page is already on screen, so nothing waits on it.
  void whenInitialized(router).then(() =>
    startTransition(() => {
      if (prerendered) hydrateRoot(container, app);
      else createRoot(container).render(app);
    }),
  );
}
