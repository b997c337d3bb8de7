// Previous/next page links of the paged speaker lists (the speakers table and a speaker's quotations).
import { Link } from 'react-router-dom';

/** Props of SpeakerPager: the current page (1-based), how many there are, and each page's link. */
export interface SpeakerPagerProps {
  label: string;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}

/** "Previous page · Page n of m · Next page", with rel links that the n/p shortcuts follow. */
export function SpeakerPager({ label, page, pageCount, hrefFor }: SpeakerPagerProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="qr-pager" aria-label={label}>
      {page > 1 ? (
        <Link rel="prev" to={hrefFor(page - 1)}>
          Previous page
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link rel="next" to={hrefFor(page + 1)}>
          Next page
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
