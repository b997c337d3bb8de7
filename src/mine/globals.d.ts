// Constants Vite defines at build time (vite.config.ts `define`).

/** Hash of the quote engine's sources (src/build/engine-version.ts): stored with each analysis. */
declare const __ENGINE_VERSION__: string;
