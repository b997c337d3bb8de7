// Global keyboard shortcuts (j/k quotations, n/p next/previous, `/` search, `?` help) and the
// "Keyboard shortcuts" button that opens the same help without a key. This ships with the
// first page, so the help dialog and the navigation code (j/k/n/p) are separate chunks loaded
// when first used.
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { isTyping } from '../lib/typing-target.ts';
import { SEARCH_BOX_ID } from '../lib/search-box-id.ts';
import '../styles/shortcuts.css';
import { lazyComponent } from '../lib/lazy-import.ts';

type Navigation = typeof import('../lib/keyboard-navigation.ts');

// Once loaded, the navigation runs in the key's own event (so it can prevent the default); the
// first j/k/n/p press waits for the chunk.
let navigation: Navigation | null = null;
function withNavigation(event: KeyboardEvent, run: (nav: Navigation) => boolean): void {
  if (navigation) {
    if (run(navigation)) event.preventDefault();
    return;
  }
  void import('../lib/keyboard-navigation.ts').then(
    (nav) => {
      navigation = nav;
      run(nav);
    },
    () => undefined, // Offline with a stale deployment: the key does nothing, as before it loaded.
  );
}

const ShortcutsDialog = lazyComponent(() => import('./shortcuts-dialog.tsx').then((m) => m.ShortcutsDialog));

/** Registers j/k/n/p/'/'/'?' shortcuts for the whole app; renders the shortcuts button and dialog. */
export function KeyboardShortcuts() {
  const [open, setOpen] = useState(false);
  // Where focus was when the dialog opened, to give it back on close.
  const returnTo = useRef<HTMLElement | null>(null);

  const openDialog = useCallback(() => {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);

  const closeDialog = useCallback(() => {
    setOpen(false);
    const target = returnTo.current;
    returnTo.current = null;
    // After the dialog is gone; the element may have left the page meanwhile.
    queueMicrotask(() => {
      if (target?.isConnected) target.focus();
    });
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || open || isTyping(event)) return;
      switch (event.key) {
        case 'j':
        case 'k':
          withNavigation(event, (nav) => nav.moveQuoteFocus(event.key === 'j' ? 1 : -1) !== null);
          break;
        case 'n':
        case 'p':
          withNavigation(event, (nav) => nav.followRel(event.key === 'n' ? 'next' : 'prev'));
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
          openDialog();
          break;
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, openDialog]);

  return (
    <>
      <button type="button" className="qr-shortcuts-button" onClick={openDialog} aria-haspopup="dialog">
        Keyboard shortcuts
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={closeDialog} />
        </Suspense>
      )}
    </>
  );
}
