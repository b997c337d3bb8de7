// Build-only: the service worker and web app manifest through vite-plugin-pwa (Workbox's
// generateSW). The app shell and the small index (manifest + first index page) are precached;
// article chunks, search shards and speaker files are cached as the reader opens them
// (stale-while-revalidate), so every page read once opens again offline. Registration is
// hand-written (src/lib/service-worker.ts): workbox-window would cost the first page 2 kB.
// Decision: docs/decisions/070-your-articles-in-the-browser.md.
import { VitePWA } from 'vite-plugin-pwa';

/** Cache that holds the data files read so far. */
export const DATA_CACHE = 'quote-reader-data';

/**
 * What the service worker precaches: the shell (every hashed script and style, the worker, icons)
 * and the small index. No pattern walks data/: glob's walk is worse than quadratic in a folder's
 * entries (25,000 files 0.5 s, 50,000 2.5 s, 100,000 20 s), and data/articles holds one file an
 * article, so a million-article build never got past its service worker (docs/scale.md).
 */
export const PRECACHE_PATTERNS: readonly string[] = ['*.{js,css,html,svg,png,webmanifest}', 'assets/**/*.{js,css,html,svg,png,webmanifest}', 'icons/**/*.{png,svg}', 'data/manifest.json', 'data/index/0.json', 'data/speakers.json'];

/** The PWA plugin configured for Quote Reader. */
export function pwaPlugin() {
  return VitePWA({
    // A new version waits until the reader chooses "Reload" (no silent swap).
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['favicon.svg', 'icons/*.png'],
    manifest: {
      name: 'Quote Reader',
      short_name: 'Quote Reader',
      description: 'Read the news and see at once who said what.',
      start_url: '.',
      scope: '.',
      display: 'standalone',
      background_color: '#fbfaf7',
      theme_color: '#1d1d1f',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: [...PRECACHE_PATTERNS],
      // ingest-report.json is for authors, not readers.
      globIgnores: ['ingest-report.json'],
      // Deep links (/articles/x, /mine/x) answer with the app; a missing data file stays a 404.
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/\/data\//],
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/data\/.+\.json$/.test(url.pathname),
          handler: 'StaleWhileRevalidate',
          options: {
            cacheName: DATA_CACHE,
            cacheableResponse: { statuses: [200] },
            expiration: { maxEntries: 5000, purgeOnQuotaError: true },
          },
        },
      ],
    },
  });
}
