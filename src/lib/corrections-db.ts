// The reader's corrections, kept in IndexedDB (through idb) in a database of their own: they apply
// to bundled articles and to the reader's own, and outlive both (deleting one of your articles or
// clearing its store leaves your corrections of the bundled corpus alone). Every tab sees a change
// at once: a BroadcastChannel tells the others, and React reads the store with useSyncExternalStore.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Correction } from '../corrections/correction.ts';
import { CORRECTIONS_CHANNEL, CORRECTIONS_DB_NAME, mayHaveCorrections } from './corrections-db-name.ts';
import { announceCorrectionsChanged } from './corrections-signal.ts';

/** A correction as stored: its key, and the quotation id it had when made (a hint for lists). */
export interface StoredCorrection extends Correction {
  /** article + anchor: a second correction of the same quotation replaces the first. */
  key: string;
  quoteId?: string;
  /** The speaker the page showed before this correction (null: unattributed; absent: no quotation there). */
  shown?: { id: string; name: string } | null;
  /** The article's title, for lists of quotations outside the article (speaker pages). */
  title?: string;
}

interface CorrectionsSchema extends DBSchema {
  corrections: { key: string; value: StoredCorrection; indexes: { article: string } };
}

const DB_NAME = CORRECTIONS_DB_NAME;
const DB_VERSION = 1;
const CHANNEL = CORRECTIONS_CHANNEL;

/** The key of a correction: one per quotation of an article. */
export function correctionKey(c: Pick<Correction, 'article' | 'quote'>): string {
  return `${c.article}\u0000${c.quote.start}\u0000${c.quote.text}`;
}

let db: Promise<IDBPDatabase<CorrectionsSchema>> | null = null;
function database(): Promise<IDBPDatabase<CorrectionsSchema>> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('This browser keeps no local data (IndexedDB is off), so corrections cannot be kept.'));
  db ??= openDB<CorrectionsSchema>(DB_NAME, DB_VERSION, {
    upgrade(d) {
      const store = d.createObjectStore('corrections', { keyPath: 'key' });
      store.createIndex('article', 'article');
    },
  });
  db.catch(() => {
    db = null;
  });
  return db;
}

/** Words for a failed write, saying what to do. */
function storageError(err: unknown): Error {
  const name = err instanceof DOMException ? err.name : '';
  if (name === 'QuotaExceededError') return new Error('Your browser’s storage for this site is full, so the correction was not saved. Free some space (delete some of your articles, or site data of other sites) and try again.');
  return err instanceof Error ? err : new Error(String(err));
}

let snapshot: readonly StoredCorrection[] | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

function notify(): void {
  for (const l of listeners) l();
}

/** Re-reads the store (after a change here or in another tab). */
async function reload(): Promise<void> {
  try {
    // Reading never creates the database: its absence is what tells the light pages to load
    // nothing of this store (corrections-db-name.ts).
    snapshot = db !== null || (await mayHaveCorrections()) ? await (await database()).getAll('corrections') : [];
  } catch {
    // Without IndexedDB there are simply no corrections to show; saving says why.
    snapshot = [];
  }
  notify();
}

channel?.addEventListener('message', () => void reload());

/** Every correction, or null until the first read finishes. */
export function getCorrectionsSnapshot(): readonly StoredCorrection[] | null {
  if (snapshot === null && loading === null) loading = reload();
  return snapshot;
}

/** Calls `listener` whenever the corrections change (here or in another tab). */
export function subscribeCorrections(listener: () => void): () => void {
  listeners.add(listener);
  getCorrectionsSnapshot();
  return () => listeners.delete(listener);
}

/** Every correction, read from the store (none, and no database created, when there is no store yet). */
export async function listCorrections(): Promise<StoredCorrection[]> {
  if (db === null && !(await mayHaveCorrections())) return [];
  const d = await database();
  return d.getAll('corrections');
}

/** Saves a correction (replacing an earlier one of the same quotation) and tells every tab. */
export async function saveCorrection(c: Omit<StoredCorrection, 'key'>): Promise<StoredCorrection> {
  const stored: StoredCorrection = { ...c, created: c.created ?? new Date().toISOString(), key: correctionKey(c) };
  try {
    const d = await database();
    // Re-correcting keeps what the page showed first, so counts move from the original speaker.
    const earlier = await d.get('corrections', stored.key);
    if (earlier) {
      if ('shown' in earlier) stored.shown = earlier.shown;
      else delete stored.shown;
    }
    await d.put('corrections', stored);
  } catch (err) {
    throw storageError(err);
  }
  await reload();
  channel?.postMessage('changed');
  announceCorrectionsChanged();
  return stored;
}

/** Removes a correction (Undo correction): the engine's answer shows again. */
export async function deleteCorrection(key: string): Promise<void> {
  const d = await database();
  await d.delete('corrections', key);
  await reload();
  channel?.postMessage('changed');
  announceCorrectionsChanged();
}

/** Closes the database and forgets the snapshot (tests start each case from an empty store). */
export async function resetCorrectionsForTests(): Promise<void> {
  if (db) (await db).close();
  db = null;
  snapshot = null;
  loading = null;
}
