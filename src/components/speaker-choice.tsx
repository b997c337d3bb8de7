// The Speaker field shared by "Correct speaker" (in the quote details, loaded when a quotation is
// first opened) and "Mark as quotation" (in the reading view itself), and what it means to save.
import { useId } from 'react';
import type { ArticleChunk } from '../contract/article-data.ts';
import type { CorrectionSpeaker } from '../corrections/correction.ts';

/** What the Speaker field says: the speaker to save (an article's speaker keeps its id), or what to fix. */
export function chosenSpeaker(name: string, nobody: boolean, speakers: ArticleChunk['speakers']): { speaker: CorrectionSpeaker | null } | { error: string } {
  if (nobody) return { speaker: null };
  const typed = name.trim();
  if (typed === '') return { error: 'Type a name, choose one of the article’s speakers, or tick “No identifiable speaker”.' };
  const known = speakers.find((s) => s.name.toLocaleLowerCase() === typed.toLocaleLowerCase());
  return { speaker: known ? { name: known.name, id: known.id } : { name: typed } };
}

/** Speaker choice shared by "Correct speaker" and "Mark as quotation". */
export function SpeakerChoice({ speakers, value, onChange, nobody, onNobody }: { speakers: readonly string[]; value: string; onChange(v: string): void; nobody: boolean; onNobody(v: boolean): void }) {
  const id = useId();
  return (
    <div className="speaker-choice">
      <label htmlFor={`${id}-speaker`}>Speaker</label>
      <input id={`${id}-speaker`} list={`${id}-speakers`} autoComplete="off" value={value} disabled={nobody} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-hint`} />
      <datalist id={`${id}-speakers`}>
        {speakers.map((s) => <option key={s} value={s} />)}
      </datalist>
      <span id={`${id}-hint`} className="hint">Choose one of the article’s speakers or type a new name.</span>
      <label className="check">
        <input type="checkbox" checked={nobody} onChange={(e) => onNobody(e.target.checked)} /> No identifiable speaker
      </label>
    </div>
  );
}
