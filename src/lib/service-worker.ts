// Registers the service worker (built by vite-plugin-pwa, src/build/pwa.ts) and tells the app when
// a new version is waiting; it takes over only when the reader chooses "Reload". Hand-written
// instead of workbox-window to keep the first page's JavaScript within its budget.

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

/** Registers the worker after the page has loaded (production builds only). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  let requested = false;
  const offer = (waiting: ServiceWorker) => {
    applyUpdate = () => {
      requested = true;
      // Workbox's generated worker skips waiting on this message.
      waiting.postMessage({ type: 'SKIP_WAITING' });
    };
    listeners.forEach((l) => l());
  };
  // The first install also changes the controller (clients.claim); only a chosen update reloads.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (requested) window.location.reload();
  });
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then(
      (registration) => {
        if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed' && navigator.serviceWorker.controller) offer(installing);
          });
        });
      },
      // No service worker (private mode, file://): the app works online as before.
      () => undefined,
    );
  });
}
