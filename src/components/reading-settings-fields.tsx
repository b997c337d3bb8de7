// The radio groups of the "Reading settings" panel. A chunk of its own, loaded when the panel first
// opens: the first page carries only the button (and the settings' storage, applied before paint).
import { SETTING_VALUES, type ReadingSettings } from '../lib/reading-settings.ts';

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

/** One fieldset of radios per setting; `update` applies and remembers a change. */
export function ReadingSettingsFields({ settings, name, update }: { settings: ReadingSettings; name: string; update: <K extends keyof ReadingSettings>(key: K, value: ReadingSettings[K]) => void }) {
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
