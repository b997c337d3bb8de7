// The "Keyboard shortcuts" button and help dialog, and the page-wide shortcut keys. This ships with
// the first page, so the keys (src/lib/page-shortcuts.ts, with the navigation code) load as a chunk
// right after the first render, and the help dialog when first opened.
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import '../styles/shortcuts.css';
import { importWithRetry, lazyComponent } from '../lib/lazy-import.ts';

const ShortcutsDialog = lazyComponent(() => import('./shortcuts-dialog.tsx').then((m) => m.ShortcutsDialog));

/** Registers j/k/n/p/'/'/'?' shortcuts for the whole app; renders the shortcuts button and dialog. */
export function KeyboardShortcuts() {
  const [open, setOpen] = useState(false);
  // The keys read it when pressed; the listener is set up once.
  const isOpen = useRef(false);
  isOpen.current = open;
  // Whether the keys are listened for yet (data-shortcuts on the button; tests wait for it).
  const [listening, setListening] = useState(false);
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
    let stop: (() => void) | null = null;
    let live = true;
    importWithRetry(() => import('../lib/page-shortcuts.ts')).then(
      (m) => {
        if (!live) return;
        stop = m.listenForShortcuts({ open: openDialog, isOpen: () => isOpen.current });
        setListening(true);
      },
      () => undefined, // Offline with a stale deployment: the keys do nothing; the button still works once online.
    );
    return () => {
      live = false;
      stop?.();
    };
  }, [openDialog]);

  return (
    <>
      <button type="button" className="qr-shortcuts-button" onClick={openDialog} aria-haspopup="dialog" data-shortcuts={listening ? 'on' : 'loading'}>
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
