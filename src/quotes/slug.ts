// The id of a speaker as the engine makes it: the shared speakerId (src/common/slug.ts),
// memoised, because an article repeats the same few names many times.
import { speakerId } from '../common/slug.ts';

// Ids of names already seen.
const ID_CACHE = new Map<string, string>();

/** The id of a speaker (the shared speakerId), memoised: stable across articles, unique for any script. */
export function slug(name: string): string {
  const cached = ID_CACHE.get(name);
  if (cached !== undefined) return cached;
  const id = speakerId(name);
  if (ID_CACHE.size > 10_000) ID_CACHE.clear(); // bounded: a long build never grows it without limit
  ID_CACHE.set(name, id);
  return id;
}
