// The document title follows the page, so tabs, history and screen readers name it.
import { useEffect } from 'react';

/** The site's name, appended to every page title. */
export const SITE_NAME = 'Quote Reader';

/** Sets `<title>` to `page — Quote Reader` (or the site name alone) while mounted. */
export function useDocumentTitle(page: string | null): void {
  useEffect(() => {
    document.title = page ? `${page} — ${SITE_NAME}` : SITE_NAME;
  }, [page]);
}
