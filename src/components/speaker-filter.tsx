// The reading view's speaker filter: one checkbox per speaker (colour swatch, name linking to the
// speaker's page, count, and "Only" to show that speaker alone in one click), Unattributed, All/None
// and "only their paragraphs". State lives in the URL.
import { Link } from 'react-router-dom';
import { SPEAKER_TYPE_LABELS, type SpeakerType } from '../common/speaker-type.ts';
import { plural } from '../lib/format.ts';
import { UNATTRIBUTED } from '../lib/speaker-param.ts';

/** One row of the filter. */
export interface FilterSpeaker {
  /** Speaker id, or UNATTRIBUTED. */
  key: string;
  name: string;
  count: number;
  /** Colour slot, or null for unattributed quotations. */
  slot: number | null;
  /** Line pattern for speakers past the seventh, whose hue repeats (0 = plain). */
  pattern?: number;
  initials: string;
  /** Person, organisation, group or role; 'unknown' (or absent) shows no type. */
  type?: SpeakerType | 'unknown';
}

interface SpeakerFilterProps {
  speakers: FilterSpeaker[];
  /** Chosen keys; null when no filter is set (every speaker counts as chosen). */
  chosen: ReadonlySet<string> | null;
  onlyParagraphs: boolean;
  onChange(chosen: string[] | null): void;
  onOnlyParagraphs(on: boolean): void;
}

/** The "Speakers" group of checkboxes. */
export function SpeakerFilter({ speakers, chosen, onlyParagraphs, onChange, onOnlyParagraphs }: SpeakerFilterProps) {
  const isChosen = (key: string) => chosen === null || chosen.has(key);
  const chosenCount = speakers.filter((s) => isChosen(s.key)).length;

  function toggle(key: string, on: boolean) {
    const next = speakers.map((s) => s.key).filter((k) => (k === key ? on : isChosen(k)));
    // Everyone chosen is the same as no filter: keep the URL clean.
    onChange(next.length === speakers.length ? null : next);
  }

  return (
    <fieldset className="speaker-filter">
      <legend>
        Speakers <span className="filter-summary">{chosen === null ? 'all' : `${chosenCount} of ${speakers.length}`}</span>
      </legend>
      <ul className="speaker-list">
        {speakers.map((s) => (
          <li key={s.key} className="speaker-row">
            <label className="speaker-option">
              <input type="checkbox" checked={isChosen(s.key)} onChange={(e) => toggle(s.key, e.currentTarget.checked)} />
              <span className="swatch" data-slot={s.slot ?? 'none'} data-pattern={s.pattern || undefined} aria-hidden="true">
                {s.initials}
              </span>
              {s.key === UNATTRIBUTED ? (
                <span className="speaker-name">Unattributed</span>
              ) : (
                <Link className="speaker-name" to={`/speakers/${encodeURIComponent(s.key)}`}>
                  {s.name}
                </Link>
              )}
              {s.type && s.type !== 'unknown' && <span className="speaker-type">{SPEAKER_TYPE_LABELS[s.type].one}</span>}
              <span className="count">
                {s.count}
                <span className="sr-only"> {s.count === 1 ? 'quotation' : 'quotations'}</span>
              </span>
            </label>
            <button
              type="button"
              className="only-button"
              onClick={() => onChange([s.key])}
              aria-pressed={chosen !== null && chosen.size === 1 && chosen.has(s.key)}
            >
              Only<span className="sr-only"> {s.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="filter-tools">
        <button type="button" onClick={() => onChange(null)} disabled={chosen === null}>
          All
        </button>
        <button type="button" onClick={() => onChange([])} disabled={chosen !== null && chosen.size === 0}>
          None
        </button>
        <label className="only-option">
          <input type="checkbox" checked={onlyParagraphs} onChange={(e) => onOnlyParagraphs(e.currentTarget.checked)} />
          only their paragraphs
        </label>
      </div>
      <p className="sr-only" aria-live="polite">
        {chosen === null ? 'All speakers highlighted.' : `${plural(chosenCount, 'speaker')} highlighted.`}
      </p>
    </fieldset>
  );
}
