// Stage 8, calibrate (the last one): turn what the sieve and the resolver know about a quotation
// into a confidence that means what it says: of quotations stated at 0.8, about 80 % are found and
// attributed right. The mapping is a small decision tree fitted on PolNeAR train and stored as a
// table (tables/calibration.ts, written by `npm run quotes:calibrate`): each row is a group of train
// quotations with the same feature values, its share right, and the feature its subgroups split on.
import { CALIBRATION, type CalibrationTable } from './tables/calibration.ts';
import { NAMING_CUES, SAY_CUES } from './tables/cue-classes.ts';
import { WORDS_TOP_BAND } from './tables/limits.ts';
import type { QuoteKind } from './types.ts';

// (A regex with \p is a module constant: esbuild, as tsx and the worker bundle run it (target node20),
// turns a \p escape outside a class into a `new RegExp` evaluated at every use: one per call.)
const LETTER_FIRST = /^\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

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
  // (The first word: the trimmed cue up to its first white space, without splitting it all.)
  const trimmed = cue.trim();
  const space = /\s/.exec(trimmed);
  const first = (space ? trimmed.slice(0, space.index) : trimmed).toLowerCase();
  if (!first) return 'none';
  if (SAY_CUES.has(first)) return 'say';
  if (NAMING_CUES.has(first)) return 'naming';
  if (first === 'according') return 'according';
  return LETTER_FIRST.test(first) ? 'verb' : 'punct';
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
    words: wordsBand(f.words),
    gap: gapBand(f.gap),
    others: othersBand(f.sameSpeaker),
  };
}

// one or two words are often scare quotes, long ones real speech
const wordsBand = (words: number): string => (words <= 2 ? '1-2' : words <= 5 ? '3-5' : words < WORDS_TOP_BAND ? `6-${WORDS_TOP_BAND - 1}` : `${WORDS_TOP_BAND}+`);
// a frame right at the quotation is surer than one across a clause
const gapBand = (gap: number): string => (gap < 0 ? 'none' : gap <= 12 ? '0-12' : gap <= 60 ? '13-60' : '61+');
// a speaker the article quotes again and again is rarely a misreading
const othersBand = (same: number): string => (same === 0 ? '0' : same <= 2 ? '1-2' : '3+');

// Any white space, for characters past ASCII.
const SPACE = /\s/u;
// Characters past ASCII that are neither white space nor a letter or digit, common inside quoted words: ‘ ’ “ ” – — ….
const IN_WORD_MARKS: ReadonlySet<number> = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026]);

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
    // Every white space separates words, also a form feed or a thin space (U+2009), where \S+ would not match.
    if (c === 32 || (c >= 9 && c <= 13) || c === 160 || (c > 127 && SPACE.test(text[i]!))) { i++; continue; }
    // A plain ASCII word is read with char codes; anything else as before, with \S+.
    if ((c < 128 && c !== 11 && c !== 12) || IN_WORD_MARKS.has(c)) {
      let j = i;
      let wordChar = false;
      let d = c;
      // (Curly quotes, apostrophes, dashes and the ellipsis, neither space nor letter, stay in the word
      // here: "don’t" would otherwise go to the regex.)
      while ((d < 128 && d !== 32 && (d < 9 || d > 13)) || IN_WORD_MARKS.has(d)) {
        if (!wordChar && d < 128) wordChar = (d >= 48 && d <= 57) || (d >= 65 && d <= 90) || (d >= 97 && d <= 122);
        if (++j >= end) break;
        d = text.charCodeAt(j);
      }
      if (j >= end || d < 128) {
        if (wordChar) n++;
        i = j;
        continue;
      }
    }
    re.lastIndex = i;
    const m = re.exec(text)!;
    const word = m[0].length > end - i ? m[0].slice(0, end - i) : m[0];
    if (WORD_CHAR.test(word)) n++;
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
  const tree = treeOf(table);
  // A sieve train barely sees keeps its own measured precision (its row says so): a coarser group of
  // other patterns says nothing about it.
  const prior = tree.priors.get(f.sieve);
  const p = prior ? prior[1] : walk(f, tree);
  const factor = f.mention === 'pronoun' && f.step !== 'none' ? (table[PRONOUN_RESOLUTION]?.[1] ?? 1) : 1;
  return Math.round(p * factor * 100) / 100;
}

type Row = CalibrationTable[string];

// A table's groups as a tree, so that walking it per quotation builds no key strings: each group's
// children by the value of its split feature. Built once per table (the fitted table is constant).
interface Group {
  key: string;
  row: Row;
  children: Map<string, Group>;
}

interface Tree {
  root: Group | undefined;
  /** The sieve-prior rows by sieve name. */
  priors: Map<string, Row>;
  table: CalibrationTable;
}

const TREES = new WeakMap<CalibrationTable, Tree>();

function treeOf(table: CalibrationTable): Tree {
  let tree = TREES.get(table);
  if (tree) return tree;
  const priors = new Map<string, Row>();
  // Children by parent key: a key is its parent's key, '|', the split feature, '=', the value.
  const byParent = new Map<string, Map<string, string>>();
  for (const key of Object.keys(table)) {
    if (key.startsWith(SIEVE_PRIOR)) priors.set(key.slice(SIEVE_PRIOR.length), table[key]!);
    const cut = key.lastIndexOf('|');
    const eq = key.indexOf('=', cut);
    if (cut < 0 || eq < 0) continue;
    const parent = key.slice(0, cut);
    const split = table[parent]?.[2];
    if (split === undefined || key.slice(cut + 1, eq) !== split) continue;
    const kids = byParent.get(parent) ?? new Map<string, string>();
    kids.set(key.slice(eq + 1), key);
    byParent.set(parent, kids);
  }
  const build = (key: string, row: Row): Group => {
    const children = new Map<string, Group>();
    for (const [value, child] of byParent.get(key) ?? []) children.set(value, build(child, table[child]!));
    return { key, row, children };
  };
  const root = table['*'];
  tree = { root: root ? build('*', root) : undefined, priors, table };
  TREES.set(table, tree);
  return tree;
}

/** One feature's categorical value, as featureValues gives it (only the features a walk splits on are computed). */
function featureValue(f: CalibrationFeatures, name: string): string {
  switch (name) {
    case 'sieve': return f.sieve;
    case 'step': return f.step;
    case 'certainty': return String(f.certainty);
    case 'kind': return f.kind;
    case 'mention': return f.mention;
    case 'cue': return cueClass(f.cue);
    case 'words': return wordsBand(f.words);
    case 'gap': return gapBand(f.gap);
    case 'others': return othersBand(f.sameSpeaker);
    default: return '';
  }
}

function walk(f: CalibrationFeatures, tree: Tree): number {
  let group = tree.root;
  if (!group) return 0.5;
  for (;;) {
    const split: string | undefined = group.row[2];
    if (!split) return group.row[1];
    const value = featureValue(f, split);
    // (A value that the tree's index could not place, e.g. one holding '|', is looked up by its key.)
    let next = group.children.get(value);
    if (!next) {
      const key: string = `${group.key}|${split}=${value}`;
      const row: Row | undefined = tree.table[key];
      if (!row) return group.row[1];
      next = { key, row, children: new Map<string, Group>() };
    }
    group = next;
  }
}
