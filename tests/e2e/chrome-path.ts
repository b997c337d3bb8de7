// Where the system Chromium is: $CHROME_PATH, else Debian's /usr/bin/chromium.

/** Path of the Chromium binary the browser tests drive. */
export function chromePath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}
