// The line above an article's title (and of a list row): the source, or what is known instead
// ("Scraped page; source not stated"), and the article's date or, for a scraped page, the page's date
// marked as such, never as the article's. Its own module: the home page (first-page JS) needs only this.
import type { ReactNode } from 'react';
import type { ArticleChunk } from '../contract/article-data.ts';
import { formatDate } from '../lib/format.ts';

type MetaFields = Pick<ArticleChunk, 'source' | 'date' | 'pageDate' | 'format'>;

/** "Scraped page", "Saved web page", or null for an article with front matter. */
export function captureKind(format: MetaFields['format']): string | null {
  return format === 'scraped-page' ? 'Scraped page' : format === 'html' ? 'Saved web page' : null;
}

/** The line above the title (or of a list row): source (or what is known instead), date or page date, then `extra` and `children`. */
export function ProvenanceMeta({ article, extra, children }: { article: MetaFields; extra: string[]; children?: ReactNode }) {
  const kind = captureKind(article.format);
  return (
    <p className="meta">
      {article.source ? <span>{article.source}</span> : kind ? <span>{kind}; source not stated</span> : null}
      {article.date ? (
        <time dateTime={article.date}>{formatDate(article.date)}</time>
      ) : article.pageDate ? (
        <span>
          page dated <time dateTime={article.pageDate}>{formatDate(article.pageDate)}</time>
        </span>
      ) : null}
      {extra.map((e) => (
        <span key={e}>{e}</span>
      ))}
      {children}
    </p>
  );
}
