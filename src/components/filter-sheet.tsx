// On phones the speaker filter is a compact "Speakers (9)" button in a one-line sticky bar; it opens
// a modal bottom sheet with the whole filter (and the Voices view), so the article is not pushed
// down by a chip bar and every control is reachable without sideways scrolling.
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface FilterSheetProps {
  /** Speakers in the article (Unattributed included). */
  count: number;
  /** "all", "2 of 9": what the filter does now. */
  summary: string;
  open: boolean;
  onOpenChange(open: boolean): void;
  children: ReactNode;
}

/** The bar's button and the sheet (a native modal <dialog>: focus is trapped, Esc closes, focus returns). */
export function FilterSheet({ count, summary, open, onOpenChange, children }: FilterSheetProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      // jsdom has no showModal; the open attribute is the same for its accessibility tree.
      if (typeof el.showModal === 'function') el.showModal();
      else el.setAttribute('open', '');
    } else if (!open && el.open) {
      if (typeof el.close === 'function') el.close();
      else el.removeAttribute('open');
      button.current?.focus();
    }
  }, [open]);

  return (
    <>
      <div className="filter-bar">
        <button ref={button} type="button" className="filter-bar-button" aria-haspopup="dialog" aria-expanded={open} onClick={() => onOpenChange(true)}>
          Speakers ({count})
        </button>
        <span className="filter-bar-summary">{summary}</span>
      </div>
      <dialog
        ref={dialog}
        className="filter-sheet"
        aria-labelledby={titleId}
        onClose={() => onOpenChange(false)}
        onClick={(e) => {
          // A tap on the backdrop (the dialog box itself, outside its content) closes the sheet.
          if (e.target === dialog.current) onOpenChange(false);
        }}
      >
        <div className="filter-sheet-content">
          <div className="filter-sheet-head">
            <h2 id={titleId}>Speakers</h2>
            <button type="button" className="filter-sheet-done" onClick={() => onOpenChange(false)}>
              Done
            </button>
          </div>
          {open && children}
        </div>
      </dialog>
    </>
  );
}
