// Browser entry point: apply the saved reading settings before the first paint (no inline script is
// allowed by the CSP), then start the data router.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { createRoutes } from './app-routes.tsx';
import { applySettings, loadSettings } from './lib/reading-settings.ts';
import { enableScrollRestoration } from './lib/scroll-restoration.ts';
import { registerServiceWorker } from './lib/service-worker.ts';
import './styles/base.css';
import './styles/reading.css';

applySettings(loadSettings());
registerServiceWorker();

const router = createBrowserRouter(createRoutes(), { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
enableScrollRestoration(router);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
