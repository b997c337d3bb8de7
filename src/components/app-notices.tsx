// Quiet notices under the header: "you are offline" (and what still works), and "a new version is
// available" with a Reload button instead of a silent swap. The live region and the two states
// ship with the first page; the notices' words load only when there is one to show.
import { Suspense, useSyncExternalStore } from 'react';
import { lazyComponent } from '../lib/lazy-import.ts';
import { subscribeUpdate, waitingUpdate } from '../lib/service-worker.ts';

const NoticeText = lazyComponent(() => import('./app-notice-text.tsx').then((m) => m.NoticeText));

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
      {(!online || update) && (
        <Suspense fallback={null}>
          <NoticeText offline={!online} update={update} />
        </Suspense>
      )}
    </div>
  );
}
