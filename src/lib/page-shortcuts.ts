// The page-wide shortcut keys (j/k quotations, n/p next/previous, `/` search, `?` help). A chunk of
// its own that the shortcuts button loads right after the first render, so the first page's
// JavaScript carries only the button (decision 081).
import { followRel, moveQuoteFocus } from './keyboard-navigation.ts';
import { SEARCH_BOX_ID } from './search-box-id.ts';
import { isTyping } from './typing-target.ts';

/** The help dialog as the keys see it. */
export interface ShortcutsHelp {
  open: () => void;
  /** While it is open the page's keys are off (the dialog has its own). */
  isOpen: () => boolean;
}

/** Listens for the shortcut keys on the whole document; returns the function that stops it. */
export function listenForShortcuts(help: ShortcutsHelp): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || help.isOpen() || isTyping(event)) return;
    switch (event.key) {
      case 'j':
      case 'k':
        if (moveQuoteFocus(event.key === 'j' ? 1 : -1) !== null) event.preventDefault();
        break;
      case 'n':
      case 'p':
        if (followRel(event.key === 'n' ? 'next' : 'prev')) event.preventDefault();
        break;
      case '/': {
        const box = document.getElementById(SEARCH_BOX_ID);
        if (box) {
          event.preventDefault(); // or the "/" lands in the box (or opens quick find)
          box.focus();
        }
        break;
      }
      case '?':
        event.preventDefault();
        help.open();
        break;
    }
  };
  document.addEventListener('keydown', onKeyDown);
  return () => document.removeEventListener('keydown', onKeyDown);
}
