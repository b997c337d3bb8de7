// The "Reading settings" panel's contents: its radio groups, the changes they make, and closing on
// Escape or a click outside. A chunk of its own, loaded when the panel first opens: the first page
// carries only the button (and the settings' storage, applied before paint).
import { useEffect, useState, type RefObject } from 'react';
import { applySettings, loadSettings, saveSettings, SETTING_VALUES, type ReadingSettings } from '../lib/reading-settings.ts';

const LEGENDS: Record<keyof ReadingSettings, string> = {
  theme: 'Theme',
  fontSize: 'Text size',
  lineWidth: 'Line width',
  font: 'Typeface',
  spacing: 'Line spacing',
  tags: 'Speaker tags',
};

// What each choice is called in the panel.
const LABELS: { [K in keyof ReadingSettings]: Record<ReadingSettings[K], string> } = {
  theme: { system: 'System', light: 'Light', dark: 'Dark', sepia: 'Sepia' },
  fontSize: { s: 'Small', m: 'Medium', l: 'Large', xl: 'Extra large' },
  lineWidth: { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' },
  font: { serif: 'Serif', sans: 'Sans serif' },
  spacing: { tight: 'Tight', normal: 'Normal', loose: 'Loose' },
  tags: { changes: 'Where the speaker changes', off: 'Off' },
};

/** The panel and its button, as the fields see them. */
export interface SettingsPanel {
  /** Prefix of the radio groups' names (unique per panel). */
  name: string;
  panel: RefObject<HTMLElement | null>;
  button: RefObject<HTMLElement | null>;
  close: () => void;
}

/** One fieldset of radios per setting; a change applies at once and is remembered. */
export function ReadingSettingsFields({ name, panel, button, close }: SettingsPanel) {
  // Read when the panel opens, so a change made in another tab shows here.
  const [settings, setSettings] = useState<ReadingSettings>(() => loadSettings());
  const update = <K extends keyof ReadingSettings>(key: K, value: ReadingSettings[K]) => {
    const next = { ...settings, [key]: value };
    setSettings(next);
    applySettings(next);
    saveSettings(next);
  };

  // Mounted only while the panel is open.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        close();
        button.current?.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!panel.current?.contains(t) && !button.current?.contains(t)) close();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [close, panel, button]);

  return (Object.keys(SETTING_VALUES) as (keyof ReadingSettings)[]).map((key) => (
    <fieldset key={key}>
      <legend>{LEGENDS[key]}</legend>
      <div className="segmented">
        {SETTING_VALUES[key].map((value: ReadingSettings[typeof key]) => (
          <label key={value}>
            <input type="radio" name={`${name}-${key}`} value={value} checked={settings[key] === value} onChange={() => update(key, value)} />
            <span>{(LABELS[key] as Record<string, string>)[value]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  ));
}
