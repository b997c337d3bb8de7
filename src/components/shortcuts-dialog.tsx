// The keyboard shortcuts help: a modal <dialog> (the browser makes the page behind it inert and
// turns Esc into a cancel), opened once mounted. Focus moves to the close button; the parent
// gives focus back when it closes.
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from '../lib/keyboard-navigation.ts';

/** The shortcuts list in a modal dialog; `onClose` runs on Esc, the close button or a backdrop click. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (!el.open) {
      if (typeof el.showModal === 'function') el.showModal();
      else el.setAttribute('open', '');
    }
    closeButton.current?.focus();
    return () => {
      if (el.open && typeof el.close === 'function') el.close();
    };
  }, []);

  return (
    // Esc arrives as `cancel` in browsers; the keydown handler covers engines without it.
    <dialog
      ref={dialog}
      className="qr-shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
      onClick={(e) => {
        // A click on the backdrop lands on the <dialog> itself, outside its content box.
        if (e.target === dialog.current) onClose();
      }}
    >
      <div className="qr-shortcuts-dialog__body">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <p>Shortcuts work anywhere except while typing in a field.</p>
        <dl className="qr-shortcuts-dialog__list">
          {SHORTCUTS.map((s) => (
            <div key={s.keys}>
              <dt>
                <kbd>{s.keys}</kbd>
              </dt>
              <dd>{s.action}</dd>
            </div>
          ))}
        </dl>
        <button ref={closeButton} type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
