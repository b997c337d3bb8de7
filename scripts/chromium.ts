// The system Chromium that the browser tests and the benchmarks drive, and the flags the team's
// guide fixes for it (without the networking flags it keeps dialling hosts this machine cannot reach).

/** Path of the Chromium binary: $CHROME_PATH, else Debian's /usr/bin/chromium. */
export function chromePath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

/** Flags every headless Chromium of the project gets. */
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
