// Renders text with the query's matches wrapped in <mark>. Plain React text nodes only, so
// article content can never become markup.
import { Fragment } from 'react';
import { highlight } from '../lib/search-client.ts';

/** `text` with every word in `terms` marked (adjacent marked words share one <mark>). */
export function SearchHighlight({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  return (
    <>
      {highlight(text, terms).map((segment, i) =>
        segment.mark ? <mark key={i}>{segment.text}</mark> : <Fragment key={i}>{segment.text}</Fragment>,
      )}
    </>
  );
}
