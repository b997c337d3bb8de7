// The header's "Reading settings" control: theme, font size, line width, typeface, line spacing and speaker tags, remembered across visits.
// The choices themselves load when the panel first opens (first-page JavaScript budget).
import { Suspense, useEffect, useId, useRef, useState } from 'react';
import { lazyComponent } from '../lib/lazy-import.ts';
import { applySettings, loadSettings, saveSettings, type ReadingSettings } from '../lib/reading-settings.ts';

const ReadingSettingsFields = lazyComponent(() => import('./reading-settings-fields.tsx').then((m) => m.ReadingSettingsFields));

/** A disclosure button and panel of radio groups; changes apply at once. */
export function ReadingSettingsControl() {
  const [settings, setSettings] = useState<ReadingSettings>(() => loadSettings());
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  const update = <K extends keyof ReadingSettings>(key: K, value: ReadingSettings[K]) => {
    const next = { ...settings, [key]: value };
    setSettings(next);
    applySettings(next);
    saveSettings(next);
  };

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!panel.current?.contains(t) && !button.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="settings">
      <button ref={button} type="button" className="settings-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true">Aa</span>
        <span className="settings-label">Reading settings</span>
      </button>
      <div ref={panel} id={panelId} className="settings-panel" hidden={!open}>
        {open && (
          <Suspense fallback={<p role="status">Loading the settings…</p>}>
            <ReadingSettingsFields settings={settings} name={panelId} update={update} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
