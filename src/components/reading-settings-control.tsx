// The header's "Reading settings" control: theme, font size, line width, typeface, line spacing and speaker tags, remembered across visits.
// The panel's contents (choices, changes, closing) load when it first opens (first-page JavaScript budget).
import { Suspense, useCallback, useId, useRef, useState } from 'react';
import { lazyComponent } from '../lib/lazy-import.ts';

const ReadingSettingsFields = lazyComponent(() => import('./reading-settings-fields.tsx').then((m) => m.ReadingSettingsFields));

/** A disclosure button and panel of radio groups; changes apply at once. */
export function ReadingSettingsControl() {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  return (
    <div className="settings">
      <button ref={button} type="button" className="settings-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true">Aa</span>
        <span className="settings-label">Reading settings</span>
      </button>
      <div ref={panel} id={panelId} className="settings-panel" hidden={!open}>
        {open && (
          <Suspense fallback={<p role="status">Loading the settings…</p>}>
            <ReadingSettingsFields name={panelId} panel={panel} button={button} close={close} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
