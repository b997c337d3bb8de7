// Registers the service worker (built by vite-plugin-pwa, src/build/pwa.ts) and tells the app when
// a new version is waiting; it takes over only when the reader chooses "Reload". Hand-written
// instead of workbox-window to keep the first page's JavaScript within its budget: the first page
// holds only this (the notice's store and the registration), the watching is loaded after `load`.

import { importWithRetry } from './lazy-import.ts';

type Listener = () => void;

let applyUpdate: (() => void) | null = null;
const listeners = new Set<Listener>();

/** Subscribes to "a new version is waiting" (for useSyncExternalStore). */
export function subscribeUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The action that switches to the waiting version and reloads, or null when there is none. */
export function waitingUpdate(): (() => void) | null {
  return applyUpdate;
}

/** Offers a new version: `apply` switches to it (src/lib/service-worker-updates.ts decides when). */
export function offerUpdate(apply: () => void): void {
  applyUpdate = apply;
  listeners.forEach((l) => l());
}

/** Registers the worker once the page has loaded, at once when it already has (production builds only). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const register = () => {
    navigator.serviceWorker
      .register(`${base}sw.js`, { scope: base })
      .then(async (registration) => {
        // A first visit installs the first version: there is nothing older to swap from, so the
        // watcher is not even fetched. Any newer version is found waiting on the next load.
        if (!navigator.serviceWorker.controller) return;
        (await importWithRetry(() => import('./service-worker-updates.ts'))).watchForUpdates(registration, offerUpdate);
      })
      // No service worker (private mode, file://): the app works online as before.
      .catch(() => undefined);
  };
  // The app's scripts start after the first paint (decision 089), usually after `load` has fired.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
}
