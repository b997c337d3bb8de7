// PLACEHOLDER from the scaffold (owned by the app-extra work): the Speaker route, loaded lazily.
import type { RouteObject } from 'react-router-dom';

function SpeakerPlaceholder() {
  return <h1>Speaker</h1>;
}

/** Route properties merged into the router's lazy Speaker route. */
export const speakerRoute: Pick<RouteObject, 'Component' | 'loader'> = {
  Component: SpeakerPlaceholder,
};
