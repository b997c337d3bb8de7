// The box under an article: what is known about where it comes from, said plainly: the source or
// "source not stated", the article's date or, for a scraped page, the page's date marked as such
// (never as the article's), the original link, and the licence.
import type { ArticleChunk } from '../contract/article-data.ts';
import { formatDate, truncate } from '../lib/format.ts';
import { safeHttpUrl } from '../lib/safe-url.ts';
import { captureKind } from './provenance-meta.tsx';

type ProvenanceFields = Pick<ArticleChunk, 'source' | 'date' | 'pageDate' | 'format' | 'url' | 'license' | 'changed'>;

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
