// Reading settings (theme, font size, line width, body face, line spacing, speaker tags): remembered in localStorage and applied as
// data attributes on <html>, which the CSS reads. main.tsx applies them before the first render,
// because the Content-Security-Policy forbids the usual inline <script> in index.html.

/** Colour theme; `system` follows prefers-color-scheme. */
export type Theme = 'system' | 'light' | 'dark' | 'sepia';
/** Body text size steps. */
export type FontSize = 's' | 'm' | 'l' | 'xl';
/** Measure of the article column. */
export type LineWidth = 'narrow' | 'medium' | 'wide';
/** Face of the article text (the interface stays sans). */
export type BodyFont = 'serif' | 'sans';
/** Line spacing of the article text. */
export type LineSpacing = 'tight' | 'normal' | 'loose';
/** Speaker tags beside quotations: where the speaker changes, or none. */
export type SpeakerTags = 'changes' | 'off';

/** Everything the reader can set. */
export interface ReadingSettings {
  theme: Theme;
  fontSize: FontSize;
  lineWidth: LineWidth;
  font: BodyFont;
  spacing: LineSpacing;
  tags: SpeakerTags;
}

/** Allowed values of each setting, in the settings panel's order (its labels are in reading-settings-fields.tsx, loaded with the panel). */
export const SETTING_VALUES = {
  theme: ['system', 'light', 'dark', 'sepia'],
  fontSize: ['s', 'm', 'l', 'xl'],
  lineWidth: ['narrow', 'medium', 'wide'],
  font: ['serif', 'sans'],
  spacing: ['tight', 'normal', 'loose'],
  tags: ['changes', 'off'],
} as const satisfies { [K in keyof ReadingSettings]: readonly ReadingSettings[K][] };

/** Defaults when nothing (or nothing valid) is stored. */
export const DEFAULT_SETTINGS: ReadingSettings = { theme: 'system', fontSize: 'm', lineWidth: 'medium', font: 'serif', spacing: 'normal', tags: 'changes' };

/** localStorage key. */
export const SETTINGS_KEY = 'quote-reader:settings';

function pick<K extends keyof ReadingSettings>(key: K, value: unknown): ReadingSettings[K] {
  const allowed: readonly string[] = SETTING_VALUES[key];
  return (typeof value === 'string' && allowed.includes(value) ? value : DEFAULT_SETTINGS[key]) as ReadingSettings[K];
}

/** Stored settings, each field validated; storage errors (private mode, junk JSON) give defaults. */
export function loadSettings(storage: Storage | undefined = globalThis.localStorage): ReadingSettings {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(SETTINGS_KEY) ?? 'null');
    const obj = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const keys = Object.keys(DEFAULT_SETTINGS) as (keyof ReadingSettings)[];
    return Object.fromEntries(keys.map((k) => [k, pick(k, obj[k])])) as unknown as ReadingSettings;
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Persists the settings; a full or disabled storage only loses persistence, not the change. */
export function saveSettings(settings: ReadingSettings, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Nothing to do: the settings still apply for this visit.
  }
}

/** Writes the settings onto <html> as data-theme, data-font-size, data-line-width, data-font, data-spacing, data-tags. */
export function applySettings(settings: ReadingSettings, root: HTMLElement = document.documentElement): void {
  // Each field's name is its data attribute's (dataset turns fontSize into data-font-size).
  Object.assign(root.dataset, settings);
}
