// The name of the corrections' IndexedDB database, in a module of its own so first-page code can
// ask whether it exists without loading the store (idb) or the views that apply corrections.

/** The IndexedDB database the reader's corrections live in (src/lib/corrections-db.ts). */
export const CORRECTIONS_DB_NAME = 'quote-reader-corrections';
