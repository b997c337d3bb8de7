// "The corrections changed", in this tab and the others, without loading the store: the reading
// view listens for it while this browser has no corrections store yet, so the first correction made
// (which creates the store) shows at once (decision 085).
import { CORRECTIONS_CHANNEL } from './corrections-db-name.ts';

// Changes made in this tab (a BroadcastChannel never delivers to the tab that posts).
const here = new EventTarget();

/** Tells this tab's listeners that the corrections changed (the store calls it after a write). */
export function announceCorrectionsChanged(): void {
  here.dispatchEvent(new Event('change'));
}

/** Calls `listener` when the corrections change in this tab or another; returns the unsubscribe. */
export function onCorrectionsChanged(listener: () => void): () => void {
  here.addEventListener('change', listener);
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CORRECTIONS_CHANNEL);
  channel?.addEventListener('message', listener);
  return () => {
    here.removeEventListener('change', listener);
    channel?.close();
  };
}
