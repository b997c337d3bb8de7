// Renders text with the query's matches wrapped in <mark>. Plain React text nodes only, so
// article content can never become markup.
import { Fragment } from 'react';
import { highlight } from '../lib/search-client.ts';

/** `text` with each phrase occurrence and every word in `terms` marked (adjacent marks merge). */
export function SearchHighlight({
  text,
  terms,
  phrases = [],
}: {
  text: string;
  terms: readonly string[];
  phrases?: readonly (readonly string[])[];
}) {
  if (terms.length === 0 && phrases.length === 0) return <>{text}</>;
  return (
    <>
      {highlight(text, terms, phrases).map((segment, i) =>
        segment.mark ? <mark key={i}>{segment.text}</mark> : <Fragment key={i}>{segment.text}</Fragment>,
      )}
    </>
  );
}
