// PLACEHOLDER from the scaffold (owned by the app-extra work): the header's search box.

/** The search box shown in every page's header. */
export function SearchBox() {
  return null;
}
