// WCAG AA contrast of every theme's colour pairs, read from src/styles/base.css itself, so a colour
// edit that breaks contrast fails here. Text pairs need 4.5:1; lines, borders and focus rings 3:1.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// jsdom gives import.meta.url an http scheme here, so resolve from the repository root (vitest's cwd).
const css = readFileSync(resolve(process.cwd(), 'src/styles/base.css'), 'utf8');

/** The custom properties declared in the first block whose selector is exactly `selector`. */
function themeVars(selector: string): Record<string, string> {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`no ${selector} block in base.css`);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  return Object.fromEntries([...body.matchAll(/--([a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const light = themeVars(':root');
const themes = {
  light,
  dark: { ...light, ...themeVars(":root[data-theme='dark']") },
  sepia: { ...light, ...themeVars(":root[data-theme='sepia']") },
};

const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
/** color-mix(in srgb, a p%, b). */
const mix = (a: string, b: string, p: number) => {
  const [x, y] = [rgb(a), rgb(b)];
  return '#' + x.map((v, i) => Math.round((v * p + y[i]! * (100 - p)) / 100).toString(16).padStart(2, '0')).join('');
};
const lum = (h: string) => {
  const [r, g, b] = rgb(h).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
/** WCAG 2 contrast ratio. */
const contrast = (a: string, b: string) => {
  const [hi, lo] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe.each(Object.entries(themes))('%s theme contrast', (_name, v) => {
  const tint = parseFloat(v.tint!);
  const text: [string, string, string][] = [
    ['text on page', v.fg!, v.bg!],
    ['muted on page', v.muted!, v.bg!],
    ['link on page', v.link!, v.bg!],
    ['muted on panels', v.muted!, v.surface!],
    ['link on panels', v.link!, v.surface!],
    ['text on attribution box', v.fg!, v['accent-bg']!],
    ['link on attribution box', v.link!, v['accent-bg']!],
    ['text on notices', v.fg!, v['notice-bg']!],
    ['link on notices', v.link!, v['notice-bg']!],
    ['tooltip', v.bg!, v.fg!],
  ];
  for (let i = 0; i < 7; i++) {
    const c = v[`speaker-${i}`]!;
    text.push([`text on speaker ${i} highlight`, v.fg!, mix(c, v.bg!, tint)]);
    text.push([`initials on speaker ${i} tag`, v.fg!, mix(c, v.bg!, 34)]);
  }
  it.each(text)('%s ≥ 4.5:1', (_label, fg, bg) => expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5));

  const graphics: [string, string, string][] = [
    ['focus ring', v.focus!, v.bg!],
    ['control borders', v.border!, v.bg!],
    ['unattributed underline', v.unattributed!, v.bg!],
  ];
  for (let i = 0; i < 7; i++) graphics.push([`speaker ${i} underline`, v[`speaker-${i}`]!, v.bg!]);
  it.each(graphics)('%s ≥ 3:1', (_label, fg, bg) => expect(contrast(fg, bg)).toBeGreaterThanOrEqual(3));
});
