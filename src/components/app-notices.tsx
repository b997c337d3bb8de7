// Quiet notices under the header: "you are offline" (and what still works), and "a new version is
// available" with a Reload button instead of a silent swap.
import { useSyncExternalStore } from 'react';
import { subscribeUpdate, waitingUpdate } from '../lib/service-worker.ts';

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** The notices region of the page frame. */
export function AppNotices() {
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
  const update = useSyncExternalStore(subscribeUpdate, waitingUpdate, () => null);
  // aria-live rather than role="status": always present (so changes are announced), but not the page's status.
  return (
    <div className="app-notices" aria-live="polite">
      {!online && (
        <p className="notice offline-notice">
          You are offline. Pages you have opened before and your own articles still open; other pages will open when you are back online.
        </p>
      )}
      {update && (
        <p className="notice update-notice">
          A new version is available —{' '}
          <button type="button" className="link-button" onClick={update}>
            Reload
          </button>
        </p>
      )}
    </div>
  );
}
