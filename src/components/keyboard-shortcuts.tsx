// PLACEHOLDER from the scaffold (owned by the app-extra work): global keyboard shortcuts and the `?` help.

/** Registers j/k/n/p/'/'/'?' shortcuts for the whole app; renders the shortcuts dialog. */
export function KeyboardShortcuts() {
  return null;
}
