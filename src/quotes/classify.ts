// Stage 6, classify: tell speech from quote marks that are not speech — scare quotes nobody
// said, titles of works, nicknames, words being mentioned. Uses the span's shape and whether
// the attribution stage found a real frame for it.
import type { AttributedText } from './attribute.ts';
import type { AttributedBy } from './sieves/sieve.ts';
import { BYLINE_WORDS, NAMED_THING, NOT_SPEECH_TEXT, PROGRAMME_CUES, TERM_CUES, TITLE_CUES, TITLE_MINOR } from './tables/classify-words.ts';
import { MAX_INHERITED_PHRASE_WORDS, MAX_TERM_WORDS } from './tables/limits.ts';
import { isNounish, isPunct, looksLikeVerbAfter } from './noun-phrases.ts';

// (A regex with \p is a module constant: esbuild, as tsx and the worker bundle run it (target node20),
// turns a \p escape outside a class into a `new RegExp` evaluated at every use: one per call.)
const FIRST_LETTER_CAPITAL = /^\P{L}*\p{Lu}/u;

/** Why a candidate is or is not a quotation. */
export type Verdict = 'speech' | 'scare-quote' | 'title' | 'nickname';

/** The attributed text with a verdict per candidate. */
export interface ClassifiedText extends AttributedText {
  verdicts: Verdict[];
}

/** Sieves for quoted words inside reported speech: their short quotations are speech. */
const EMBEDDED: ReadonlySet<AttributedBy> = new Set<AttributedBy>(['embedded-frame', 'reported-frame']);
// Sieves that rest on a cue next to the quotation: strong enough to keep even a one-word quote.
const FRAMED: ReadonlySet<AttributedBy> = new Set<AttributedBy>(['trailing-frame', 'next-line-frame', 'intro-frame', 'according-to', 'in-the-words-of', 'transcript-label']);

// The characters a quotation's last words may trail (/[\s.,;:!?…'’]+$/u), and white space.
const TRAILING = /[\s.,;:!?…'’]/u;
const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// TRAILING.test(text[i]), ASCII by char code: white space, . , ; : ! ? and the apostrophe.
const isTrailing = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 39;
  return TRAILING.test(text[i]!);
};
const isSpace = (c: number, text: string, i: number): boolean => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]!));

// /^[\p{Lu}\d]/u.test(word) for the word starting at i, ASCII first characters decided by their
// code (\d is ASCII digits only): the shape tests read it for every word of every candidate.
const UPPER_OR_DIGIT = /^[\p{Lu}\d]/u;
function capOrDigitAt(raw: string, i: number): boolean {
  const c = raw.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // (One code point: two units at most; the word holds no white space, so no space is read.)
  return UPPER_OR_DIGIT.test(raw.slice(i, i + 2));
}

/** What the shape tests read of a quotation's first words (see shapeOf). */
interface Shape {
  /** How many of the first 12 words hold a letter or digit. */
  n: number;
  /** Every such word starts with a capital or a digit. */
  capitals: boolean;
  /** Every such word does, or is a minor title word (TITLE_MINOR) after the first. */
  titleCase: boolean;
}

/**
 * The shape of the first 12 white-space separated words of raw (trimmed), its trailing punctuation
 * and white space removed, that hold a letter or digit (raw.replace(/[\s.,;:!?…'’]+$/u, '').trim()
 * .split(/\s+/, 12).filter(has a letter or digit)), read in one pass; a word becomes a string only
 * where a test needs it (a lower-case word while the span may still be title case).
 */
function shapeOf(raw: string): Shape {
  let end = raw.length;
  while (end > 0 && isTrailing(raw, end - 1)) end--;
  let n = 0;
  let capitals = true;
  let titleCase = true;
  let i = 0;
  while (i < end && isSpace(raw.charCodeAt(i), raw, i)) i++;
  for (let k = 0; i < end && k < 12; k++) {
    let j = i;
    let wordChar = false;
    while (j < end) {
      const c = raw.charCodeAt(j);
      if (isSpace(c, raw, j)) break;
      if (!wordChar) wordChar = c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : false;
      j++;
    }
    if (wordChar || WORD_CHAR.test(raw.slice(i, j))) {
      const cap = capOrDigitAt(raw, i);
      if (!cap) {
        capitals = false;
        if (titleCase && (n === 0 || !TITLE_MINOR.has(raw.slice(i, j).toLowerCase()))) titleCase = false;
      }
      n++;
    }
    i = j;
    while (i < end && isSpace(raw.charCodeAt(i), raw, i)) i++;
  }
  return { n, capitals, titleCase };
}

// The second words of TERM_CUES' two-word cues: "k2 k1" is joined only when k1 is one of them
// (token keys hold no space, so no other entry can equal the joined pair).
const TERM_CUE_SECOND_WORDS: ReadonlySet<string> = new Set([...TERM_CUES].map((c) => c.split(' ')).filter((w) => w.length === 2).map((w) => w[1]!));

// NOT_SPEECH_TEXT.some((re) => re.test(raw)) without a closure per candidate.
function notSpeechText(raw: string): boolean {
  for (const re of NOT_SPEECH_TEXT) if (re.test(raw)) return true;
  return false;
}

/**
 * Classifies every candidate. The thresholds come from counting, on PolNeAR train, how often
 * each (rule, length, case) bucket is an annotated quotation (see docs/decisions/011).
 */
export function classify(doc: AttributedText): ClassifiedText {
  const verdicts: Verdict[] = [];
  // The last candidate judged speech (kept as it goes, so the check below is not a scan back).
  let lastSpeech = -1;
  doc.candidates.forEach((q, i) => {
    const v = judge(q, i);
    if (v === 'speech') lastSpeech = i;
    verdicts.push(v);
  });
  // (Fields named, not spread: one hidden class for every article, as in segment.ts.)
  return {
    text: doc.text, masked: doc.masked, paragraphs: doc.paragraphs, candidates: doc.candidates, warnings: doc.warnings,
    sentences: doc.sentences, quoteAt: doc.quoteAt, paraFirstSentence: doc.paraFirstSentence, attributions: doc.attributions, verdicts,
  };

  /** Whether a candidate before the i-th in its paragraph is speech. */
  function speechBefore(i: number): boolean {
    return lastSpeech >= 0 && doc.candidates[lastSpeech]!.para === doc.candidates[i]!.para;
  }

  function judge(q: AttributedText['candidates'][number], i: number): Verdict {
    const attributed = doc.attributions[i]!;
    // Continuing only spans that are not speech ("… with “electric” Kool Aid and gumball “pills”")
    // continues nobody: judged as a span no frame attributes. (A title in between does not break a
    // speaker's run: "“…,” Carson said on “Meet the Press.” “But this is different.”")
    const a = attributed.sieve === 'paragraph-continuation' && attributed.from >= 0 && !speechBefore(i) ? { ...attributed, sieve: 'none' as const } : attributed;
    // Only the first words matter for the shape tests (≤ 9 words); long quotations are not split.
    const raw = doc.text.slice(q.start + q.openLen, Math.min(q.end - q.closeLen, q.start + q.openLen + 200)).trim();
    const { n, capitals, titleCase } = shapeOf(raw);
    if (n === 0 || notSpeechText(raw)) return 'scare-quote';
    // The last character, for the tests on how the span ends (/[.!?]$/ and the like, which a regex
    // reads by trying every position of the span).
    const last = raw[raw.length - 1];
    const endsQuestionOrBang = last === '!' || last === '?';
    const sentence = last === '.' || endsQuestionOrBang;
    if (a.sieve === 'transcript-label') return 'speech';
    const at0 = doc.quoteAt[i]!;
    // "“Met accused of whitewashing baby Jesus,” by Post's Kathianne Boniello": a capitalised,
    // comma-closed span followed by "by" and a name is a headline with its byline, the title of an
    // article (a lower-case one is a passive's words: the "ugliness of utterances," by Trump).
    const toks0 = doc.sentences[at0.sentence]?.tokens ?? [];
    const comma = isPunct(toks0[at0.token + 1], ',');
    const by = toks0[at0.token + (comma ? 2 : 1)];
    if ((last === ',' || ((last === "'" || last === '’') && raw[raw.length - 2] === ',') || comma) && FIRST_LETTER_CAPITAL.test(raw) && by?.kind === 'word' && BYLINE_WORDS.has(by.key) && toks0[at0.token + (comma ? 3 : 2)]?.cap) return 'title';
    // "the so-called “dark money”", "known as “super PACs”": a term being named, not words anybody
    // said (short, no sentence of its own), unless a frame in the sentence says who named it so
    // ("Trump dubbed him “Little Marco”": PolNeAR train credits those to the namer, 8 of 11).
    const k1 = toks0[at0.token - 1]?.key ?? '';
    const k2 = toks0[at0.token - 2]?.key ?? '';
    if (n <= MAX_TERM_WORDS && !endsQuestionOrBang && !/[.!?]\s/.test(raw) && ((TERM_CUE_SECOND_WORDS.has(k1) && TERM_CUES.has(`${k2} ${k1}`)) || (TERM_CUES.has(k1) && !FRAMED.has(a.sieve) && !EMBEDDED.has(a.sieve) && a.sieve !== 'later-frame'))) return 'nickname';
    // "Senate Passes Budget After Long Night Of Debate": every word capitalised, minor words too, is
    // headline prose, whatever its length, unless a frame right next to it makes it speech.
    if (n >= 3 && capitals && !FRAMED.has(a.sieve) && !sentence) return 'title';
    const at = doc.quoteAt[i]!;
    const toks = doc.sentences[at.sentence]?.tokens ?? [];
    const prev = toks[at.token - 1];
    // Rep. Robert C. “Bobby” Scott: a capitalised word between two parts of a name is a nickname.
    if (titleCase && n <= 2 && prev?.cap && prev.kind === 'word' && toks[at.token + 1]?.cap && toks[at.token + 1]?.kind === 'word') return 'nickname';
    // A title-case phrase of 3–6 words with no frame is a title even with the sentence's period inside.
    if (titleCase && sentence && n >= 3 && n <= 6 && !FRAMED.has(a.sieve) && !EMBEDDED.has(a.sieve) && !endsQuestionOrBang && !/[.!?]\s/.test(raw)) return 'title';
    // "MSNBC’s “Morning Joe”", "his 2002 book, “…”", "a club called “Open Books,”": a title, whatever
    // the frame, so it is checked before the frame may keep a short title-case span as speech.
    if (titleCase && n <= 6 && prev && (/['’]s?$/.test(prev.text) && prev.cap || TITLE_CUES.has(prev.key)
      || (prev.text === ',' && TITLE_CUES.has(toks[at.token - 2]?.key ?? '')))) return n === 1 ? 'nickname' : 'title';
    // "he said on “Meet the Press.”", "an appearance on “Morning Joe,”", "aired Monday on “New Day.”":
    // a title-case span after "on" that follows a word of speaking or broadcasting is a programme.
    if (titleCase && n <= 6 && prev?.kind === 'word' && prev.key === 'on'
      && [2, 3].some((k) => PROGRAMME_CUES.has(toks[at.token - k]?.key ?? ''))) return n === 1 ? 'nickname' : 'title';
    // "the “History” section": the span names the thing the next noun is.
    if (titleCase && !sentence && n <= 6 && NAMED_THING.has(toks[at.token + 1]?.key ?? '')) return n === 1 ? 'nickname' : 'title';
    if (titleCase && !sentence) {
      // Works and programmes ("Face the Nation", "Make Your Kid a Millionaire") are 3–6 title-case words.
      if (n >= 3 && n <= 6) return 'title';
      if (n === 2) return FRAMED.has(a.sieve) || EMBEDDED.has(a.sieve) ? 'speech' : 'title';
      if (n === 1) return a.sieve === 'none' || a.sieve === 'paragraph-continuation' ? 'nickname' : 'speech';
    }
    // "… there will be plenty of “moaning.”": a short phrase inside a later sentence that only
    // inherits the previous quotation's speaker is the writer's word (train: 15 of 15 not
    // annotated as speech). A list in one sentence ("waging “profane” and “sexist” attacks") keeps
    // its speaker, and so does a quotation that starts its sentence ("…,” he said. “Big time.”).
    if (a.sieve === 'paragraph-continuation' && n <= MAX_INHERITED_PHRASE_WORDS && at.token > 0 && a.from >= 0 && doc.quoteAt[a.from]!.sentence !== at.sentence) return 'scare-quote';
    // Short phrases nobody is said to have said are scare quotes ("the ''elites''").
    if (a.sieve === 'none' && n <= 4) return 'scare-quote';
    // A single word that only the sentence subject could have said is more often a scare quote
    // (train: dropping these gains 0.1 end-to-end; dropping 2-word ones too costs quotation recall).
    if (a.sieve === 'sentence-subject' && n === 1 && !sentence) return 'scare-quote';
    if (a.sieve === 'earlier-sentence' && n === 1) return 'scare-quote';
    // "the notorious ''carried interest'' loophole": a short guessed phrase that modifies the noun
    // right after it names a thing; nobody is said to have said it.
    const after = toks[at.token + 1];
    if (a.sieve === 'sentence-subject' && n <= 3 && !sentence && !(last === ',' || endsQuestionOrBang) && after !== undefined && !after.cap && isNounish(after) && !looksLikeVerbAfter(toks, at.token + 1)) return 'scare-quote';
    return 'speech';
  }
}
