// What is known about where an article comes from, said plainly: the source or "source not stated",
// the article's date or, for a scraped page, the page's date marked as such (never as the
// article's), the original link, and the licence.
import type { ReactNode } from 'react';
import type { ArticleChunk } from '../contract/article-data.ts';
import { formatDate, truncate } from '../lib/format.ts';
import { safeHttpUrl } from '../lib/safe-url.ts';

type ProvenanceFields = Pick<ArticleChunk, 'source' | 'date' | 'pageDate' | 'format' | 'url' | 'license' | 'changed'>;
type MetaFields = Pick<ArticleChunk, 'source' | 'date' | 'pageDate' | 'format'>;

/** "Scraped page", "Saved web page", or null for an article with front matter. */
export function captureKind(format: ProvenanceFields['format']): string | null {
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

/** The box under the article: source, original link, licence, changes. */
export function Provenance({ article }: { article: ProvenanceFields }) {
  const sourceUrl = safeHttpUrl(article.url);
  const licenseUrl = safeHttpUrl(article.license?.url);
  const kind = captureKind(article.format);
  return (
    <footer className="attribution">
      <h2 className="sr-only">Source and licence</h2>
      <p>
        Source: {article.source ?? (kind ? `not stated (${kind.toLowerCase()})` : 'not stated')}
        {sourceUrl ? (
          <>
            {', '}
            <a href={sourceUrl} rel="noopener noreferrer">
              original article
            </a>
          </>
        ) : article.url ? (
          <>, original address (not a web link): <span className="raw-url">{truncate(article.url, 200)}</span></>
        ) : null}
        .
      </p>
      <p>
        {article.date ? (
          <>Published {formatDate(article.date)}.</>
        ) : article.pageDate ? (
          <>The article’s own date is not stated; the page it was taken from was dated {formatDate(article.pageDate)}.</>
        ) : (
          <>Date not stated.</>
        )}
      </p>
      {article.license && (
        <p>
          Licence:{' '}
          {licenseUrl ? (
            <a href={licenseUrl} rel="license noopener noreferrer">
              {article.license.name}
            </a>
          ) : (
            article.license.name
          )}
          .{article.changed ? ' The text was changed from the original: markup, captions and page furniture were removed.' : ''}
        </p>
      )}
    </footer>
  );
}
