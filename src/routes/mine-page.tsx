// /mine/:id: one of the reader's own articles (IndexedDB) in the very same reading view as the
// bundled ones (article-page.tsx), with previous/next among the reader's articles. Loads the
// database code, and the engine's worker when the stored analysis is from an older engine.
import { data, type LoaderFunctionArgs } from 'react-router-dom';
import type { ArticleChunk } from '../contract/article-data.ts';
import { ArticleHrefContext, type ArticleHref } from '../lib/article-href.ts';
import { loadCurrent } from '../mine/add-articles.ts';
import { neighboursOf, type MineArticle } from '../mine/store.ts';
import { articleRoute } from './article-page.tsx';

const mineHref: ArticleHref = (id) => `/mine/${encodeURIComponent(id)}`;

/** A stored article in the reading view's shape; neighbours in the home page's order (newest first). */
export function mineChunk(record: MineArticle, prev: MineArticle | undefined, next: MineArticle | undefined): ArticleChunk {
  const link = (a: MineArticle | undefined) => (a ? { slug: a.id, title: a.title } : null);
  return {
    slug: record.id,
    title: record.title,
    date: record.date,
    pageDate: record.pageDate ?? null,
    format: record.format,
    source: record.source,
    url: record.url,
    byline: record.byline,
    license: null,
    changed: false,
    text: record.text,
    paragraphs: record.paragraphs,
    quotes: record.quotes,
    titleQuotes: record.titleQuotes,
    speakers: record.speakers,
    // Before every bundled article: "next article quoting X" then starts at the corpus's first.
    position: -1,
    prev: link(prev),
    next: link(next),
  };
}

async function mineLoader({ params }: LoaderFunctionArgs): Promise<ArticleChunk> {
  const id = params.id ?? '';
  const record = /^[0-9a-f]{1,64}$/.test(id) ? await loadCurrent(id) : undefined;
  if (!record) throw data('None of your articles has this address (it may have been deleted, or added in another browser).', { status: 404 });
  const { prev, next } = await neighboursOf(record.id);
  return mineChunk(record, prev, next);
}

function MinePage() {
  const Reading = articleRoute.Component;
  return (
    <ArticleHrefContext.Provider value={mineHref}>
      <p className="mine-note">Your article: kept in this browser only.</p>
      <Reading />
    </ArticleHrefContext.Provider>
  );
}

/** Route properties of the lazy `/mine/:id` route. */
export const mineRoute = {
  loader: mineLoader,
  Component: MinePage,
  // The filter and the hash change the view, not the data.
  shouldRevalidate: ({ currentParams, nextParams, defaultShouldRevalidate }: { currentParams: { id?: string }; nextParams: { id?: string }; defaultShouldRevalidate: boolean }) =>
    currentParams.id !== nextParams.id && defaultShouldRevalidate,
};
