// Stage 8, calibrate (the last one): turn what the sieve and the resolver know about a quotation
// into a confidence that means what it says: of quotations stated at 0.8, about 80 % are found and
// attributed right. The mapping is a small decision tree fitted on PolNeAR train and stored as a
// table (tables/calibration.ts, written by `npm run quotes:calibrate`): each row is a group of train
// quotations with the same feature values, its share right, and the feature its subgroups split on.
import { CALIBRATION, type CalibrationTable } from './tables/calibration.ts';
import { NAMING_CUES, SAY_CUES } from './tables/cue-classes.ts';
import { WORDS_TOP_BAND } from './tables/limits.ts';
import type { QuoteKind } from './types.ts';

/** What the calibration looks at for one quotation. */
export interface CalibrationFeatures {
  /** The sieve (attribution rule) that attributed it. */
  sieve: string;
  /** The resolver step that named the speaker, or 'none' when no speaker was resolved. */
  step: string;
  /** How sure the resolver step is of its pick (0–1; e.g. a pronoun of the right gender or not). */
  certainty: number;
  kind: QuoteKind;
  /** What the mention is: pronoun, name, description, relative, or none. */
  mention: string;
  /** Words inside the quotation marks. */
  words: number;
  /** The cue as written ("said", "according to", ":"), or '' when there is none. */
  cue: string;
  /** Characters between the mention and the quotation (-1: no mention). */
  gap: number;
  /** Other quotations of the article attributed to the same speaker. */
  sameSpeaker: number;
}

/** The cue's class: say-type, naming, "according to", another verb, punctuation, or none. */
export function cueClass(cue: string): string {
  const first = cue.trim().split(/\s+/)[0]!.toLowerCase();
  if (!first) return 'none';
  if (SAY_CUES.has(first)) return 'say';
  if (NAMING_CUES.has(first)) return 'naming';
  if (first === 'according') return 'according';
  return /^\p{L}/u.test(first) ? 'verb' : 'punct';
}

/** The features as the table's categorical values (lengths and distances in bands). */
export function featureValues(f: CalibrationFeatures): Record<string, string> {
  return {
    sieve: f.sieve,
    step: f.step,
    certainty: String(f.certainty),
    kind: f.kind,
    mention: f.mention,
    cue: cueClass(f.cue),
    // one or two words are often scare quotes, long ones real speech
    words: f.words <= 2 ? '1-2' : f.words <= 5 ? '3-5' : f.words < WORDS_TOP_BAND ? `6-${WORDS_TOP_BAND - 1}` : `${WORDS_TOP_BAND}+`,
    // a frame right at the quotation is surer than one across a clause
    gap: f.gap < 0 ? 'none' : f.gap <= 12 ? '0-12' : f.gap <= 60 ? '13-60' : '61+',
    // a speaker the article quotes again and again is rarely a misreading
    others: f.sameSpeaker === 0 ? '0' : f.sameSpeaker <= 2 ? '1-2' : '3+',
  };
}

/**
 * The words inside text[start, end) that hold a letter or digit, counted up to WORDS_TOP_BAND
 * (the top band needs no exact count: a long quotation is not split on white space whole).
 */
export function countQuotedWords(text: string, start: number, end: number): number {
  let n = 0;
  const re = /\S+/gy;
  re.lastIndex = start;
  for (let i = start; i < end && n < WORDS_TOP_BAND; ) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) { i++; continue; }
    re.lastIndex = i;
    const m = re.exec(text)!;
    const word = m[0].length > end - i ? m[0].slice(0, end - i) : m[0];
    if (/[\p{L}\p{N}]/u.test(word)) n++;
    i += word.length;
  }
  return n;
}

/** Rows keyed so (plus a sieve's name) hold the confidence of a sieve too rare in train for the tree. */
export const SIEVE_PRIOR = 'sieve-prior|';

/** The table row holding the factor for speakers resolved from a pronoun (not a tree group). */
export const PRONOUN_RESOLUTION = 'pronoun-resolution';

/**
 * The calibrated confidence (0–1, two decimals): walk the tree from the root to the deepest matching
 * group; a speaker resolved from a pronoun is then discounted by how often such a resolution names
 * the right person (the train verdict credits the pronoun, the reader sees the name).
 */
export function calibrate(f: CalibrationFeatures, table: CalibrationTable = CALIBRATION): number {
  // A sieve train barely sees keeps its own measured precision (its row says so): a coarser group of
  // other patterns says nothing about it.
  const prior = table[`${SIEVE_PRIOR}${f.sieve}`];
  const p = prior ? prior[1] : walk(f, table);
  const factor = f.mention === 'pronoun' && f.step !== 'none' ? (table[PRONOUN_RESOLUTION]?.[1] ?? 1) : 1;
  return Math.round(p * factor * 100) / 100;
}

function walk(f: CalibrationFeatures, table: CalibrationTable): number {
  const values = featureValues(f);
  let key = '*';
  let row: CalibrationTable[string] | undefined = table[key];
  if (!row) return 0.5;
  for (;;) {
    const split: string | undefined = row[2];
    if (!split) return row[1];
    const child: string = `${key}|${split}=${values[split] ?? ''}`;
    const next: CalibrationTable[string] | undefined = table[child];
    if (!next) return row[1];
    key = child;
    row = next;
  }
}
