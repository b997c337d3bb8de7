// Applying corrections to the engine's answer for one article: pure, returns new quotations and
// the corrections that could not be applied (each with the reason, for the reader or the build).
import { countSpeakers } from '../quotes/count-speakers.ts';
import { speakerId } from '../common/slug.ts';
import type { Quote, Speaker, SpeakerCount } from '../quotes/types.ts';
import { locateAnchor } from './anchor.ts';
import type { AppliedCorrection, CorrectedBy, Correction, ShownQuote } from './correction.ts';

/** Why a correction did not apply. */
export type UnappliedReason =
  /** The quotation's words are no longer in the article. */
  | 'text-not-found'
  /** The engine now finds a quotation that overlaps the words without matching them. */
  | 'overlaps-other-quotation'
  /** A `speaker` or `add` correction without a speaker. */
  | 'speaker-missing'
  /** The engine now gives the quotation the corrected speaker itself: nothing left to correct. */
  | 'engine-agrees';

/** A correction that could not be applied, and why. */
export interface UnappliedCorrection {
  correction: Correction;
  /** Its position in the list given to applyCorrections. */
  index: number;
  reason: UnappliedReason;
}

/** The corrected article. */
export interface CorrectedAnalysis {
  quotes: ShownQuote[];
  speakers: SpeakerCount[];
  unapplied: UnappliedCorrection[];
}

/** Reason words shown for a corrected quotation, by who corrected it. */
export const CORRECTED_REASON: Record<CorrectedBy, string> = {
  reader: 'Corrected by you.',
  editors: 'Corrected by the editors.',
};

/** The speaker a correction names, reusing the id of a speaker of the article with that name. */
function speakerFor(correction: Correction, quotes: readonly Quote[]): Speaker | null {
  const s = correction.speaker;
  if (!s) return null;
  const name = s.name.trim();
  if (s.id) return { id: s.id, name };
  const key = name.toLocaleLowerCase();
  const known = quotes.find((q) => q.speaker && q.speaker.name.toLocaleLowerCase() === key)?.speaker;
  return known ?? { id: speakerId(name), name };
}

/**
 * Applies `corrections` (in order: a later one on the same quotation wins) to an article's
 * quotations. Added quotations get ids `c1`, `c2`, … so the engine's `qN` links stay valid.
 */
export function applyCorrections(text: string, engineQuotes: readonly Quote[], corrections: readonly Correction[], by: CorrectedBy): CorrectedAnalysis {
  let quotes: ShownQuote[] = engineQuotes.map((q) => ({ ...q }));
  const unapplied: UnappliedCorrection[] = [];
  let added = 0;
  corrections.forEach((correction, index) => {
    const needsSpeaker = correction.action !== 'remove';
    if (needsSpeaker && correction.speaker === undefined) {
      unapplied.push({ correction, index, reason: 'speaker-missing' });
      return;
    }
    const match = locateAnchor(text, quotes, correction.quote);
    if (!match) {
      unapplied.push({ correction, index, reason: 'text-not-found' });
      return;
    }
    if (match.kind === 'overlap') {
      unapplied.push({ correction, index, reason: 'overlaps-other-quotation' });
      return;
    }
    const engineOf = (q: ShownQuote): AppliedCorrection['engine'] =>
      q.correction ? q.correction.engine : { speaker: q.speaker, confidence: q.confidence };
    if (correction.action === 'remove') {
      const drop = new Set(match.quotes);
      quotes = quotes.filter((_, i) => !drop.has(i));
      return;
    }
    const speaker = speakerFor(correction, engineQuotes);
    const mark = (engine: AppliedCorrection['engine']): AppliedCorrection => ({
      by,
      action: correction.action,
      engine,
      ...(correction.note ? { note: correction.note } : {}),
    });
    if (match.kind === 'none') {
      // A speaker correction on words the engine no longer marks keeps the reader's word: it is a quotation.
      added++;
      quotes.push({
        id: `c${added}`,
        start: match.span.start,
        end: match.span.end,
        kind: 'direct',
        speaker,
        mention: null,
        cue: null,
        confidence: 1,
        reason: CORRECTED_REASON[by],
        correction: mark(null),
      });
      quotes.sort((a, b) => a.start - b.start);
      return;
    }
    // A speaker correction the engine has caught up with is not shown as a correction: the reader
    // would read "the engine said X" of an answer the engine gives now.
    if (correction.action === 'speaker' && match.quotes.every((i) => !quotes[i]!.correction && quotes[i]!.speaker?.id === speaker?.id && speaker !== null)) {
      unapplied.push({ correction, index, reason: 'engine-agrees' });
      return;
    }
    for (const i of match.quotes) {
      const q = quotes[i]!;
      quotes[i] = { ...q, speaker, mention: null, confidence: 1, reason: CORRECTED_REASON[by], correction: mark(engineOf(q)) };
    }
  });
  return { quotes, speakers: countSpeakers(quotes), unapplied };
}
