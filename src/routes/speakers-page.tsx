// PLACEHOLDER from the scaffold (owned by the app-extra work): the Speakers route, loaded lazily.
import type { RouteObject } from 'react-router-dom';

function SpeakersPlaceholder() {
  return <h1>Speakers</h1>;
}

/** Route properties merged into the router's lazy Speakers route. */
export const speakersRoute: Pick<RouteObject, 'Component' | 'loader'> = {
  Component: SpeakersPlaceholder,
};
