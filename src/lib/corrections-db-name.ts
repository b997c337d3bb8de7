// What light code may know about the corrections' store without loading it (idb, the views that
// apply corrections): the database's name and whether it exists. First-page code (the home page,
// the reading view) asks here and loads the store only when there is one.

/** The IndexedDB database the reader's corrections live in (src/lib/corrections-db.ts). */
export const CORRECTIONS_DB_NAME = 'quote-reader-corrections';

/** The BroadcastChannel on which a tab tells the others that the corrections changed. */
export const CORRECTIONS_CHANNEL = 'quote-reader-corrections';

/** False only when the browser can tell that no corrections database exists. */
export async function mayHaveCorrections(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  // Firefox before 126 and jsdom have no databases(): load the store and read it.
  if (typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((d) => d.name === CORRECTIONS_DB_NAME);
  } catch {
    return true;
  }
}
