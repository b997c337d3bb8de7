// Lookups by words that come from users (search terms, front-matter keys, file extensions, URL
// parts): a plain object answers "constructor" or "__proto__" from its prototype, so these read
// only the object's own properties.

/** `record[key]` when `key` is the record's own property, else undefined (never an inherited one). */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** An empty record with no prototype: any key, "__proto__" included, is an ordinary own property. */
export function bareRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
