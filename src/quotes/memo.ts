// The per-quotation memo the sieves and resolver steps share (what several of them read of one
// candidate or mention is computed once): a few keys at most, so the first value is held in the
// closure and further ones in two short arrays, instead of a Map (with its hash table) per quotation.

/** Computes once per key what several steps read; `compute` runs on the first ask for its key only. */
export type Memo = <T>(key: string, compute: () => T) => T;

/** A new, empty memo; it behaves as a Map holding each key's computed value. */
export function createMemo(): Memo {
  let firstKey: string | undefined;
  let firstValue: unknown;
  let keys: string[] | undefined;
  let values: unknown[] | undefined;
  // -1: the first slot; an index into keys; -2: not held.
  const find = (key: string): number => {
    if (key === firstKey) return -1;
    const i = keys ? keys.indexOf(key) : -1;
    return i >= 0 ? i : -2;
  };
  return <T>(key: string, compute: () => T): T => {
    const at = find(key);
    if (at === -1) return firstValue as T;
    if (at >= 0) return values![at] as T;
    const value = compute();
    // (Stored as a Map's set would, after compute: a key that compute itself asked for is overwritten.)
    const again = find(key);
    if (again === -1) firstValue = value;
    else if (again >= 0) values![again] = value;
    else if (firstKey === undefined) {
      firstKey = key;
      firstValue = value;
    } else {
      (keys ??= []).push(key);
      (values ??= []).push(value);
    }
    return value;
  };
}
