// What the home page's "Filter by speaker" form does with a typed name: load the speakers list if
// it is not loaded yet, then add the one speaker the name fits or offer the choices (and the list
// of choices). A chunk of its own, loaded when the form is first submitted (first-page JavaScript budget).
import type { SpeakerSummary } from '../contract/article-data.ts';
import type { DataClient } from '../lib/data-client.ts';
import { plural } from '../lib/format.ts';
import { pickSpeaker } from '../lib/name-match.ts';

/** The picker's answer, and the speakers list when it was loaded for it. */
export interface TypedPick {
  list: SpeakerSummary[] | null;
  picked: { add: SpeakerSummary } | { choices: SpeakerSummary[]; message: string };
}

/** Picks the speaker `typed` names from `loaded` (or the list fetched now), offering at most `max` choices. */
export async function pickTypedSpeaker(client: DataClient, loaded: SpeakerSummary[] | null, typed: string, max: number): Promise<TypedPick> {
  const name = typed.trim();
  if (!name) return { list: loaded, picked: { choices: [], message: 'Type a speaker’s name.' } };
  // Enter before the list finished loading still works.
  const list = loaded ?? (await client.loadSpeakers().catch(() => null));
  if (!list) return { list: null, picked: { choices: [], message: 'The list of speakers could not be loaded.' } };
  return { list, picked: pickSpeaker(list, name, max) };
}

/** The speakers a typed name fits, each a button that adds it to the filter. */
export function PickerChoices({ choices, onPick }: { choices: SpeakerSummary[]; onPick: (speaker: SpeakerSummary) => void }) {
  return (
    <ul className="picker-choices" aria-label="Matching speakers">
      {choices.map((c) => (
        <li key={c.id}>
          <button type="button" onClick={() => onPick(c)}>
            {c.name} <span className="picker-count">({plural(c.quoteCount, 'quotation')})</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
