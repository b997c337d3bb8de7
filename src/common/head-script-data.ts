// The data attributes the build writes on the head script's tag and the head script reads (decision 089).

/**
 * `dataset` keys of the head script's tag, lists space-separated: the entry module, the modules Vite
 * preloads with it, the route preload script (decision 087) for pages that were not prerendered for
 * this address, and, on a prerendered page, its route's own modules and the data files its loaders read.
 */
export const HEAD_SCRIPT_DATA = { entry: 'entry', modules: 'modules', preload: 'preload', routeModules: 'routeModules', fetch: 'fetch' } as const;

/** The HTML attribute of a HEAD_SCRIPT_DATA key (`routeModules` -> `data-route-modules`). */
export function headScriptAttribute(key: (typeof HEAD_SCRIPT_DATA)[keyof typeof HEAD_SCRIPT_DATA]): string {
  return `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** The longest the head script waits for the first paint before it starts the app's scripts anyway, in ms. */
export const FIRST_PAINT_WAIT_MS = 1500;
