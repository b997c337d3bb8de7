// Where the reading view's previous/next links point: bundled articles live at /articles/<slug>,
// the reader's own at /mine/<id>. One reading view serves both; the route provides the rule.
import { createContext, useContext } from 'react';

/** The address of an article (or one of the reader's own) by its slug or id. */
export type ArticleHref = (slug: string) => string;

/** Bundled articles' addresses. */
export const bundledArticleHref: ArticleHref = (slug) => `/articles/${encodeURIComponent(slug)}`;

/** Provided by the /mine/:id route; the default is the bundled articles' rule. */
export const ArticleHrefContext = createContext<ArticleHref>(bundledArticleHref);

/** The address rule of the nearest provider. */
export function useArticleHref(): ArticleHref {
  return useContext(ArticleHrefContext);
}
