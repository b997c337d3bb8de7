// Article metadata comes from scrapers and feeds: only plain web links may become hrefs.

/** The URL normalised when it is an absolute http(s) URL, otherwise null (javascript:, data:, junk). */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  // Parse without a base so relative or scheme-less strings are rejected, not resolved against us.
  if (!URL.canParse(trimmed)) return null;
  const url = new URL(trimmed);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
