// The search box's element id, which `/` focuses (shared by the box and the shortcut keys).

/** The id of the header's search input. */
export const SEARCH_BOX_ID = 'site-search';
