// Whether the home page lists an article whose data file is missing: then the reader followed a
// real link into a site that is mid-deploy or damaged, and "there is no article at this address"
// would be wrong. Only asked after a 404, so it costs nothing on the normal path.
import type { DataClient } from './data-client.ts';

/** Index pages read at most to answer (the first pages are usually cached from the home page). */
export const LISTED_CHECK_MAX_PAGES = 20;

/** True when `slug` appears in the home page's index (its first LISTED_CHECK_MAX_PAGES pages). */
export async function isListedArticle(client: DataClient, slug: string, signal?: AbortSignal): Promise<boolean> {
  try {
    const manifest = await client.loadManifest(signal);
    const pages = Math.min(manifest.pageCount, LISTED_CHECK_MAX_PAGES);
    for (let page = 0; page < pages; page++) {
      const index = await client.loadIndexPage(page, signal);
      if (index.articles.some((a) => a.slug === slug)) return true;
    }
  } catch {
    // Without the index we cannot tell: the plain "not found" stays.
  }
  return false;
}

/** What the reading view says when a listed article's data file is missing. */
export function listedButMissingMessage(slug: string): string {
  return `This article is listed on the site, but its data (data/articles/${slug}.json) could not be loaded. The site may be in the middle of an update: reload the page in a minute. If it persists, the site needs to be rebuilt.`;
}
