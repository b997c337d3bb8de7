// The correction part of the quote details: what the engine said when a correction applies, and
// "Correct speaker" (a combobox of the article's speakers or a new name), "Not a quotation" and
// "Undo correction". The change is saved in the browser and shows at once everywhere.
import { useState } from 'react';
import type { ArticleChunk } from '../contract/article-data.ts';
import type { AppliedCorrection, ShownQuote } from '../corrections/correction.ts';
import { deleteCorrection, saveCorrection, type StoredCorrection } from '../lib/corrections-db.ts';
import { correctionOf } from '../lib/use-corrections.ts';
import { chosenSpeaker, SpeakerChoice } from './speaker-choice.tsx';
import '../styles/corrections.css';

/** "Corrected by you — the engine said Jamal Khashoggi (81 %)". */
export function correctionNote(c: AppliedCorrection): string {
  const who = c.by === 'reader' ? 'you' : 'the editors';
  if (c.action === 'add' && c.engine === null) return `Marked as a quotation by ${who} — the engine had missed it`;
  const engine = c.engine ? `${c.engine.speaker?.name ?? 'nobody (unattributed)'} (${Math.round(c.engine.confidence * 100)} %)` : 'nothing';
  return `Corrected by ${who} — the engine said ${engine}`;
}

/** Props of the correction panel. */
export interface CorrectionPanelProps {
  quote: ShownQuote;
  article: ArticleChunk;
  /** `slug` for a bundled article, `mine:<id>` for the reader's own. */
  articleKey: string;
  corrections: readonly StoredCorrection[];
  /** After a change: a message for the page's status line and, when it can be undone there, the key. */
  onChanged(message: string, undoKey?: string): void;
}

/** The correction actions of one quotation. */
export function CorrectionPanel({ quote, article, articleKey, corrections, onChanged }: CorrectionPanelProps) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(quote.speaker?.name ?? '');
  const [nobody, setNobody] = useState(false);
  const [error, setError] = useState('');
  const text = article.text.slice(quote.start, quote.end);
  const mine = correctionOf(quote, article.text, corrections);
  const engine = quote.correction ? quote.correction.engine : { speaker: quote.speaker, confidence: quote.confidence };
  const base = {
    article: articleKey,
    title: article.title,
    quote: { text, start: quote.start, end: quote.end },
    quoteId: quote.id,
    shown: quote.speaker ? { id: quote.speaker.id, name: quote.speaker.name } : null,
    engine: engine ? { speaker: engine.speaker?.name ?? null, confidence: engine.confidence } : null,
  };

  async function run(action: () => Promise<void>) {
    setError('');
    try {
      await action();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  const save = () => run(async () => {
    const chosen = chosenSpeaker(name, nobody, article.speakers);
    if ('error' in chosen) {
      setError(chosen.error);
      return;
    }
    await saveCorrection({ ...base, action: 'speaker', speaker: chosen.speaker });
    setEditing(false);
    onChanged(`Saved: the quotation is now ${chosen.speaker ? `by ${chosen.speaker.name}` : 'unattributed'}.`);
  });

  const remove = () => run(async () => {
    const stored = await saveCorrection({ ...base, action: 'remove' });
    onChanged('Marked as not a quotation.', stored.key);
  });

  const undo = () => run(async () => {
    if (!mine) return;
    await deleteCorrection(mine.key);
    onChanged('Correction undone: the engine’s answer is back.');
  });

  return (
    <section className="correction-panel" aria-label="Correct this attribution">
      {quote.correction && <p className="correction-note" data-by={quote.correction.by}>{correctionNote(quote.correction)}</p>}
      {editing ? (
        <form className="correction-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <SpeakerChoice speakers={article.speakers.map((s) => s.name)} value={name} onChange={setName} nobody={nobody} onNobody={setNobody} />
          <div className="popover-actions">
            <button type="submit">Save</button>
            <button type="button" onClick={() => { setEditing(false); setError(''); }}>Cancel</button>
          </div>
        </form>
      ) : (
        <div className="popover-actions">
          <button type="button" onClick={() => setEditing(true)}>Correct speaker</button>
          <button type="button" onClick={() => void remove()}>Not a quotation</button>
          {mine && <button type="button" onClick={() => void undo()}>Undo correction</button>}
        </div>
      )}
      {error && <p className="field-error" role="alert">{error}</p>}
    </section>
  );
}
