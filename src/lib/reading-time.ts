// Estimated reading time, as Reader View and Instapaper show it.

/** Words a minute of an adult reading news text in English (the usual figure reading apps use). */
export const WORDS_PER_MINUTE = 230;

/** Words in a text: runs of letters or digits, so dashes and quote marks do not count. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
}

/** `3 min read`; never less than one minute for a text with words. */
export function readingTime(text: string): { minutes: number; label: string } {
  const words = wordCount(text);
  const minutes = words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
  return { minutes, label: `${minutes} min read` };
}
