// Renders the app icon (public/favicon.svg) to the PNG sizes the web app manifest lists, with the
// system Chromium (no image library needed). Run after changing the SVG; the PNGs are committed:
//   npx tsx scripts/generate-icons.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, chromePath } from './chromium.ts';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'public/favicon.svg'), 'utf8');

/** name → size in pixels and the share of the canvas the icon fills (maskable icons keep a safe zone). */
const ICONS = [
  { name: 'icon-192.png', size: 192, fill: 1 },
  { name: 'icon-512.png', size: 512, fill: 1 },
  { name: 'icon-maskable-512.png', size: 512, fill: 0.8 },
  { name: 'apple-touch-icon-180.png', size: 180, fill: 1 },
];

const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS, headless: true });
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const inner = Math.round(icon.size * icon.fill);
    // The maskable variant sits on the icon's own background colour, so any mask shape looks whole.
    await page.setContent(
      `<html><body style="margin:0;display:grid;place-items:center;width:${icon.size}px;height:${icon.size}px;background:${icon.fill < 1 ? '#1d1d1f' : 'transparent'}">` +
        `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body></html>`,
    );
    writeFileSync(resolve(root, 'public/icons', icon.name), await page.screenshot({ omitBackground: icon.fill === 1, type: 'png' }));
    await page.close();
    console.log(`public/icons/${icon.name} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
