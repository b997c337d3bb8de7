// Reading settings (theme, font size, line width): remembered in localStorage and applied as
// data attributes on <html>, which the CSS reads. main.tsx applies them before the first render,
// because the Content-Security-Policy forbids the usual inline <script> in index.html.

/** Colour theme; `system` follows prefers-color-scheme. */
export type Theme = 'system' | 'light' | 'dark' | 'sepia';
/** Body text size steps. */
export type FontSize = 's' | 'm' | 'l' | 'xl';
/** Measure of the article column. */
export type LineWidth = 'narrow' | 'medium' | 'wide';

/** Everything the reader can set. */
export interface ReadingSettings {
  theme: Theme;
  fontSize: FontSize;
  lineWidth: LineWidth;
}

/** Choices offered by the settings panel, in display order, with their labels. */
export const SETTING_OPTIONS = {
  theme: [['system', 'System'], ['light', 'Light'], ['dark', 'Dark'], ['sepia', 'Sepia']],
  fontSize: [['s', 'Small'], ['m', 'Medium'], ['l', 'Large'], ['xl', 'Extra large']],
  lineWidth: [['narrow', 'Narrow'], ['medium', 'Medium'], ['wide', 'Wide']],
} as const satisfies { [K in keyof ReadingSettings]: readonly (readonly [ReadingSettings[K], string])[] };

/** Defaults when nothing (or nothing valid) is stored. */
export const DEFAULT_SETTINGS: ReadingSettings = { theme: 'system', fontSize: 'm', lineWidth: 'medium' };

/** localStorage key. */
export const SETTINGS_KEY = 'quote-reader:settings';

function pick<K extends keyof ReadingSettings>(key: K, value: unknown): ReadingSettings[K] {
  const allowed = SETTING_OPTIONS[key].map(([v]) => v as string);
  return (typeof value === 'string' && allowed.includes(value) ? value : DEFAULT_SETTINGS[key]) as ReadingSettings[K];
}

/** Stored settings, each field validated; storage errors (private mode, junk JSON) give defaults. */
export function loadSettings(storage: Storage | undefined = globalThis.localStorage): ReadingSettings {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(SETTINGS_KEY) ?? 'null');
    const obj = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    return { theme: pick('theme', obj.theme), fontSize: pick('fontSize', obj.fontSize), lineWidth: pick('lineWidth', obj.lineWidth) };
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

/** Writes the settings onto <html> as data-theme, data-font-size and data-line-width. */
export function applySettings(settings: ReadingSettings, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = settings.theme;
  root.dataset.fontSize = settings.fontSize;
  root.dataset.lineWidth = settings.lineWidth;
}
