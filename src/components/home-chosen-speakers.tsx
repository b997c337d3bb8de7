// The home page's chosen speakers (chips with a remove link) and the notice for ids that are not in
// the corpus. Shown only with ?speaker= in the address, so it is a chunk of its own that the home
// loader starts fetching while it reads the speakers' files (first-page JavaScript budget).
import { Link } from 'react-router-dom';
import type { SpeakerDetail } from '../contract/article-data.ts';
import { truncate } from '../lib/format.ts';
import { searchString, withSpeakerFilter } from '../lib/speaker-param.ts';

/** The chips of the chosen speakers and a notice naming unknown ones, each with a link that removes it. */
export function HomeChosenSpeakers({ chosen, params }: { chosen: { id: string; detail: SpeakerDetail | null }[]; params: URLSearchParams }) {
  const without = (id: string) => {
    const rest = chosen.map((s) => s.id).filter((x) => x !== id);
    return `/${searchString(withSpeakerFilter(params, rest.length ? rest : null))}`;
  };
  const unknown = chosen.filter((s) => !s.detail);
  return (
    <>
      <ul className="chosen-speakers" aria-label="Chosen speakers">
        {chosen.filter((s) => s.detail).map((s) => (
          <li key={s.id}>
            <Link to={`/speakers/${encodeURIComponent(s.id)}`}>{s.detail!.name}</Link>
            <Link className="chip-remove" to={without(s.id)} aria-label={`Remove ${s.detail!.name} from the filter`}>
              ×
            </Link>
          </li>
        ))}
      </ul>
      {unknown.length > 0 && (
        <div className="notice" role="status">
          {unknown.map((s) => (
            <p key={s.id}>
              No speaker “{truncate(s.id, 60)}” in the corpus. <Link to={without(s.id)}>Remove it from the filter</Link>
            </p>
          ))}
        </div>
      )}
    </>
  );
}
