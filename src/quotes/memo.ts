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
  // -1: the first slot; an index into keys; -2: not held. (Inline, not a named closure: where
  // function names are kept, tsx and the worker bundle, each one made costs a defineProperty.)
  return <T>(key: string, compute: () => T): T => {
    const at = keys ? keys.indexOf(key) : -1;
    const held = key === firstKey ? -1 : at >= 0 ? at : -2;
    if (held === -1) return firstValue as T;
    if (held >= 0) return values![held] as T;
    const value = compute();
    // (Stored as a Map's set would, after compute: a key that compute itself asked for is overwritten.)
    const atAgain = keys ? keys.indexOf(key) : -1;
    const again = key === firstKey ? -1 : atAgain >= 0 ? atAgain : -2;
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
