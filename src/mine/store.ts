// The reader's own articles in IndexedDB, through idb (1.4 kB gzipped; Dexie was 32.8 kB for the
// same use: docs/decisions/070-your-articles-in-the-browser.md). Loaded only by /add, /mine/*
// and, when the reader has articles, the home, search and speaker pages.
//
// Schema, versioned so later features add stores without touching the articles:
//   v1  `articles`  keyPath `id`, index `addedAt`: one MineArticle per added article.
// A later store (or index) is a new version with its own `if (oldVersion < n)` step below; the
// upgrade runs every step the reader's database has not reached yet, in order. The reader's
// corrections (issue 12) live in a database of their own (src/lib/corrections-db.ts), keyed by
// article slug, which for your articles is the id: deleting an article leaves them alone.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { MINE_COUNT_KEY } from '../lib/mine-hint.ts';
import type { Quote, SpeakerCount } from '../quotes/types.ts';

/** Database name and the schema version this code writes. */
export const DB_NAME = 'quote-reader';
export const DB_VERSION = 1;

/** One article the reader added, with the engine's analysis and the engine version that made it. */
export interface MineArticle {
  /** Random id (the address is /mine/<id>). */
  id: string;
  /** Milliseconds since the epoch; the list shows the newest first. */
  addedAt: number;
  title: string;
  date: string | null;
  /** Date printed on a scraped or saved page (the day it was captured), never the article's date. */
  pageDate?: string | null;
  source: string | null;
  url: string | null;
  byline: string | null;
  /** How it came in: the parser used, and the file's name when it was a file. */
  format: 'markdown' | 'scraped-page' | 'html';
  fileName: string | null;
  /** The body as the engine saw it: paragraphs joined by "\n\n". */
  text: string;
  paragraphs: { start: number; end: number }[];
  excerpt: string;
  quotes: Quote[];
  titleQuotes: Quote[];
  speakers: SpeakerCount[];
  /** __ENGINE_VERSION__ of the analysis; a different one means re-analyse. */
  engineVersion: string;
}

interface MineSchema extends DBSchema {
  articles: { key: string; value: MineArticle; indexes: { addedAt: number } };
}

/** Raised when the browser's storage quota for the site is full; nothing was written. */
export class StorageFullError extends Error {
  constructor(detail: string) {
    super(
      `Your browser's storage for Quote Reader is full${detail}, so the article was not saved. ` +
        'Delete some of your articles (on the home page) or free space in the browser, then add it again: the text is still here.',
    );
    this.name = 'StorageFullError';
  }
}

let opened: Promise<IDBPDatabase<MineSchema>> | null = null;

/** Opens (and creates or upgrades) the database once per page. */
function db(): Promise<IDBPDatabase<MineSchema>> {
  opened ??= openDB<MineSchema>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        const articles = database.createObjectStore('articles', { keyPath: 'id' });
        articles.createIndex('addedAt', 'addedAt');
      }
    },
    // Another tab opened a newer version: let it upgrade, and reopen on the next call.
    blocking() {
      void opened?.then((d) => d.close());
      opened = null;
    },
  });
  opened.catch(() => {
    opened = null;
  });
  return opened;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

async function quotaDetail(): Promise<string> {
  try {
    const { usage, quota } = await navigator.storage.estimate();
    if (usage !== undefined && quota !== undefined) return ` (${Math.round(usage / 1e6)} MB of ${Math.round(quota / 1e6)} MB used)`;
  } catch {
    // No estimate: the message still says what to do.
  }
  return '';
}

/** Every article, newest first. */
export async function listMine(): Promise<MineArticle[]> {
  const all = await (await db()).getAllFromIndex('articles', 'addedAt');
  return all.reverse();
}

/** The articles just newer (prev) and older (next) than `id` in the list's order, read by key only. */
export async function neighboursOf(id: string): Promise<{ prev: MineArticle | undefined; next: MineArticle | undefined }> {
  const database = await db();
  // Keys in addedAt order (oldest first) without reading any article's text.
  const ids = (await database.getAllKeysFromIndex('articles', 'addedAt')).reverse();
  const at = ids.indexOf(id);
  if (at === -1) return { prev: undefined, next: undefined };
  const [prev, next] = await Promise.all([at > 0 ? database.get('articles', ids[at - 1]!) : undefined, database.get('articles', ids[at + 1] ?? '')]);
  return { prev, next };
}

/** One article, or undefined when there is none with that id. */
export async function getMine(id: string): Promise<MineArticle | undefined> {
  return (await db()).get('articles', id);
}

/** Writes articles in one transaction (all or none); a full quota becomes a StorageFullError. */
export async function putMine(...articles: MineArticle[]): Promise<void> {
  let tx: IDBPTransaction<MineSchema, ['articles'], 'readwrite'> | undefined;
  try {
    tx = (await db()).transaction('articles', 'readwrite');
    const writes: Promise<unknown>[] = [];
    try {
      for (const a of articles) writes.push(tx.store.put(a));
    } catch (error) {
      // A put that throws at once (a quota check, an uncloneable value) leaves the transaction open
      // and it would commit the puts before it: abort, so a batch is saved whole or not at all.
      for (const w of [...writes, tx.done]) w.catch(() => undefined);
      tx.abort();
      throw error;
    }
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    // Chromium finds the quota full when the transaction commits: the transaction's error says so,
    // while a request may only have heard "AbortError".
    if (isQuotaError(error) || isQuotaError(tx?.error) || (error instanceof Error && isQuotaError((error as { cause?: unknown }).cause))) throw new StorageFullError(await quotaDetail());
    throw error;
  }
  noteCount();
}

/** Deletes one article and returns it, so the caller can offer to undo. */
export async function deleteMine(id: string): Promise<MineArticle | undefined> {
  const database = await db();
  const tx = database.transaction('articles', 'readwrite');
  const found = await tx.store.get(id);
  await tx.store.delete(id);
  await tx.done;
  noteCount();
  return found;
}

// The home page reads this hint before it loads IndexedDB code at all (first-page JS budget).
function noteCount(): void {
  void db()
    .then((d) => d.count('articles'))
    .then((n) => {
      try {
        localStorage.setItem(MINE_COUNT_KEY, String(n));
      } catch {
        // Private mode or no storage: the home page then looks in the database itself.
      }
    });
}

/** Whether the browser promised to keep the data; null when it cannot say (no Storage API). */
export async function isPersisted(): Promise<boolean | null> {
  try {
    return (await navigator.storage?.persisted?.()) ?? null;
  } catch {
    return null;
  }
}

/** Asks the browser to keep the data under storage pressure; resolves to whether it will (a refusal is not an error). */
export async function requestPersistence(): Promise<boolean> {
  try {
    if (await navigator.storage?.persisted?.()) return true;
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/** A fresh random id for a new article (URL-safe). */
export function newMineId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
