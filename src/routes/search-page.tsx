// PLACEHOLDER from the scaffold (owned by the app-extra work): the Search route, loaded lazily.
import type { RouteObject } from 'react-router-dom';

function SearchPlaceholder() {
  return <h1>Search</h1>;
}

/** Route properties merged into the router's lazy Search route. */
export const searchRoute: Pick<RouteObject, 'Component' | 'loader'> = {
  Component: SearchPlaceholder,
};
