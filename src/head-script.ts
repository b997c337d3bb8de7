// The classic script at the top of <head> (the CSP forbids inline ones), run before the first paint
// (decision 089):
// - it applies the saved reading settings, so a dark-theme reader never sees a light frame;
// - it hides a prerendered page that was made for another address (a host's fallback or the service
//   worker may answer any address with the home page's HTML);
// - after the first paint it starts the app's scripts, which the build took out of the HTML: the
//   prerendered text and its styles get the connection to themselves, and the code follows.
import { PRERENDER_ATTRIBUTE, PRERENDER_STALE_CLASS, prerenderKey } from './common/prerender-key.ts';
import { FIRST_PAINT_WAIT_MS, HEAD_SCRIPT_DATA } from './common/head-script-data.ts';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from './lib/reading-settings.ts';

const html = document.documentElement;
// The stored settings as they are: the stylesheet reacts to the allowed values only, so a damaged
// value looks like the default, as loadSettings() (which the settings panel uses) would read it.
// Validating here would double this script for no visible difference.
try {
  const stored: unknown = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? 'null');
  for (const key of Object.keys(DEFAULT_SETTINGS)) {
    const value = (stored as Record<string, unknown> | null)?.[key];
    if (typeof value === 'string') html.dataset[key] = value;
  }
} catch {
  // No storage (private mode) or junk JSON: the defaults, which need no attribute.
}
const madeFor = html.getAttribute(PRERENDER_ATTRIBUTE);
const fresh = madeFor !== null && madeFor === prerenderKey(location.pathname, location.search);
if (madeFor !== null && !fresh) html.classList.add(PRERENDER_STALE_CLASS);

const data = (document.currentScript as HTMLScriptElement | null)?.dataset ?? {};
const list = (key: string) => (data[key] ?? '').split(' ').filter(Boolean);
const add = (tag: string, props: Record<string, unknown>) => document.head.append(Object.assign(document.createElement(tag), props));
const start = () => {
  const modules = list(HEAD_SCRIPT_DATA.modules);
  // A page prerendered for this address names its route's files; any other asks the route table.
  if (fresh) {
    modules.push(...list(HEAD_SCRIPT_DATA.routeModules));
    for (const href of list(HEAD_SCRIPT_DATA.fetch)) add('link', { rel: 'preload', as: 'fetch', type: 'application/json', crossOrigin: 'anonymous', href });
  } else if (data[HEAD_SCRIPT_DATA.preload]) add('script', { async: true, src: data[HEAD_SCRIPT_DATA.preload] });
  for (const href of modules) add('link', { rel: 'modulepreload', crossOrigin: 'anonymous', href });
  const entry = data[HEAD_SCRIPT_DATA.entry];
  if (entry) add('script', { type: 'module', crossOrigin: 'anonymous', src: entry });
};
// Once the first contentful paint is on screen (its entry is reported after the frame is shown); a
// hidden tab paints nothing, and a browser without paint timing gets the next frames instead.
let started = false;
const once = () => {
  if (started) return;
  started = true;
  start();
};
if (document.visibilityState === 'hidden') once();
else {
  try {
    new PerformanceObserver(once).observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing: the observer cannot be made; the timer below starts the scripts.
  }
  // Whatever happens, never later than this (a page that paints nothing contentful still starts).
  setTimeout(once, FIRST_PAINT_WAIT_MS);
}
