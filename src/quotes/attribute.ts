// Stage 5, attribute: for every candidate, find the words its attribution rests on (the
// mention: "he", "Obama", "a spokesman for the hospital") and the cue ("said"), with a
// sieve of rules run in order of reliability (PATTERNS.md §7). No parser: frames are read
// off the token sentences with the word tables.
import type { Sentence, Token, TokenizedText } from './tokenize.ts';
import { CUE_VERBS, WEAK_CUES } from './tables/cue-verbs.ts';
import { SPEAKER_PRONOUNS } from './tables/pronouns.ts';
import { NEWS_OUTLETS } from './tables/news-outlets.ts';
import { TITLES } from './tables/titles.ts';
import { BETWEEN_SUBJECT_AND_VERB, COMMON_VERBS, DEMONYM, DETERMINERS, NOT_NAME_WORDS, NP_PREPOSITIONS, NP_STOPPERS, ORGANISATION_WORDS, PLACE_WORDS, TIME_WORDS } from './tables/words.ts';
import type { Span } from './types.ts';

/** Which sieve rule attributed a quotation; the reason text and confidence follow from it. */
export type Rule =
  | 'trailing' // “…,” Obama said / “…,” said Obama
  | 'according-to' // according to X
  | 'label' // transcript: “WALLACE: …”
  | 'intro' // Obama said: “…” / Obama said, “…”
  | 'embedded' // Obama called it “…” / Obama said that … “…”
  | 'later' // “…” for Clinton, said Brad Bannon
  | 'colon' // Obama on Twitter: “…”
  | 'continuation' // an earlier quotation of the paragraph had this speaker
  | 'previous-paragraph' // the previous paragraph's quotation or frame continues
  | 'earlier-sentence' // an earlier sentence of the paragraph has the frame
  | 'subject' // the sentence's subject, no cue verb
  | 'none';

/** Kind of words the mention is. */
export type MentionType = 'pronoun' | 'name' | 'description' | 'relative';

/** What the attribution stage found for one candidate. */
export interface Attribution {
  rule: Rule;
  mention: Span | null;
  mentionType: MentionType | null;
  /** For relative pronouns ("…, who said"): the noun phrase "who" stands for. */
  antecedent: Span | null;
  cue: Span | null;
  /** Inherited from this earlier candidate (continuation rules), else -1. */
  from: number;
  /** The quote is embedded in reported speech (partial) rather than a whole quoted sentence. */
  partial: boolean;
  confidence: number;
}

/** The tokenized text with one attribution per candidate. */
export interface AttributedText extends TokenizedText {
  attributions: Attribution[];
}

interface NP {
  first: number; // token index of the first word
  last: number; // token index of the last word
  type: MentionType;
  antecedent?: NP;
}

// Confidence of each rule: its precision in the PATTERNS.md prototype, rounded down.
const CONFIDENCE: Record<Rule, number> = {
  trailing: 0.95, label: 0.9, 'according-to': 0.9, intro: 0.9, embedded: 0.8, later: 0.6, colon: 0.7, continuation: 0.85,
  'previous-paragraph': 0.65, 'earlier-sentence': 0.6, subject: 0.5, none: 0,
};

const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'la', 'le', 'da', 'di', 'del', 'bin', 'al', 'el', 'ibn', 'mc', 'st.']);

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const isPunct = (t: Token | undefined, chars: string): boolean => t !== undefined && t.kind === 'punct' && chars.includes(t.text);
/** A subject pronoun ("he", "she", "who"); a lone lower-case "i" is not "I". */
export const isPronoun = (t: Token | undefined): boolean => isWord(t) && SPEAKER_PRONOUNS.has(t.key) && (t.key !== 'i' || t.text === 'I');
const isCue = (t: Token | undefined): boolean => isWord(t) && !t.cap && CUE_VERBS.has(t.key);

// Prepositions: a noun phrase right after one is an object, not a subject ("marching through the streets chanted").
const PREPOSITIONS = new Set(['through', 'in', 'on', 'at', 'by', 'with', 'from', 'to', 'into', 'for', 'of', 'about', 'under', 'over', 'against', 'among', 'during', 'toward', 'towards', 'across', 'behind', 'near', 'outside', 'around', 'beyond']);
const POSSESSIVE_WORDS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * Is the cue word at i used as a verb? "claims", "state", "remarks", "calls" are also nouns:
 * after a determiner, a possessive, a preposition or an adjective ("Republican claims",
 * "mental state") they are not a frame.
 */
function cueAt(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (!t || !isCue(t)) return false;
  const prev = toks[i - 1];
  if (!prev || !isWord(prev)) return true;
  if ((DETERMINERS.has(prev.key) && prev.key !== 'that') || POSSESSIVE_WORDS.has(prev.key)) return false;
  if (/['’]s?$/.test(prev.text) && !isPronoun(prev)) return false; // "Trump’s claims"
  if (CORE_VERBS.has(t.key)) return true;
  const base = !/(s|ed|ing)$/.test(t.key) || NOUN_LIKE.has(t.key);
  if (!base) return true;
  // A noun-like form needs a subject-like word before it: a pronoun, a name, an adverb, a modal.
  if (isPronoun(prev) || BETWEEN_SUBJECT_AND_VERB.has(prev.key) || prev.key === 'to') return true;
  if (prev.cap) return isNameWord(prev) && !(TITLES.has(prev.key) && TITLES.get(prev.key)!.role === '');
  return /s$/.test(prev.key) && !/ss$/.test(prev.key) && !PREPOSITIONS.has(prev.key) && NOUN_LIKE.has(t.key) === false;
}
// Verbs that are (almost) never nouns in news prose.
const CORE_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'wrote', 'writes', 'tweeted', 'asked', 'asks', 'stated', 'explained', 'argued', 'insisted', 'warned', 'declared', 'acknowledged', 'noted', 'called', 'described', 'continued', 'replied', 'responded', 'recalled', 'conceded', 'suggested', 'urged', 'added', 'predicted', 'announced', 'admitted', 'claimed', 'contended', 'emphasized', 'remarked', 'quipped', 'joked']);
// -s forms that are usually plural nouns ("his remarks", "the claims").
const NOUN_LIKE = new Set(['claims', 'states', 'reports', 'notes', 'calls', 'remarks', 'comments', 'tweets', 'posts', 'promises', 'warnings', 'answers', 'reads', 'demands', 'threats', 'hopes', 'plans', 'quotes', 'cites', 'attacks', 'praises', 'labels', 'brands', 'terms', 'votes', 'responds', 'replies', 'mentions', 'offers', 'stresses', 'wants', 'thinks', 'feels', 'counters', 'denies', 'defends', 'observes']);
/** A capitalised word that can be part of a name ("Obama", "Mr.", "C."), not "But" or "The". */
export function isNameWord(t: Token | undefined): boolean {
  if (!isWord(t) || !t.cap) return false;
  if (TITLES.has(t.key)) return true;
  if (/^\p{Lu}\.$/u.test(t.text)) return true; // an initial, even "A." or "I." ("Wayne A. I. Frederick")
  if (/^[A-Z]{5,}$/.test(t.text)) return false; // datelines ("JACKSON, Miss. —"), shouting; acronyms are shorter
  return !NOT_NAME_WORDS.has(t.key);
}
/** Lower-case particles inside names ("de", "van"). */
export function isNameGlue(t: Token | undefined): boolean {
  return isWord(t) && !t.cap && PARTICLES.has(t.key);
}
// Nouns ending in -ly, so not adverbs.
const LY_NOUNS = new Set(['rally', 'tally', 'supply', 'reply', 'assembly', 'monopoly', 'belly', 'bully', 'jelly', 'anomaly', 'butterfly']);
/** A lower-case word that can end a descriptive noun phrase ("spokesman", "officials"). */
function isNounish(t: Token | undefined): boolean {
  if (!isWord(t) || t.cap) return false;
  // ("statement" and "interview" sit in the between-words table for "said in a statement", but are nouns.)
  if (CUE_VERBS.has(t.key) || NP_STOPPERS.has(t.key) || DETERMINERS.has(t.key) || (BETWEEN_SUBJECT_AND_VERB.has(t.key) && t.key !== 'statement' && t.key !== 'interview')) return false;
  if (SPEAKER_PRONOUNS.has(t.key) || NP_PREPOSITIONS.has(t.key)) return false;
  // adverbs: "personally", "reportedly" (but "family", "ally", "rally", "supply" are nouns)
  if (/ly$/.test(t.key) && !/ily$/.test(t.key) && t.key.length > 4 && !LY_NOUNS.has(t.key)) return false;
  return /^[\p{Ll}\d][\p{L}\d'’-]*$/u.test(t.text);
}

/** The noun phrase that ends at token j (a pronoun, a name, or "a spokesman for the hospital"). */
function npEndingAt(toks: Token[], j: number, lo: number): NP | null {
  const t = toks[j];
  if (j < lo || !t) return null;
  if (isPronoun(t)) {
    const info = SPEAKER_PRONOUNS.get(t.key)!;
    if (info.relative) {
      // ", who said": "who" stands for the noun phrase before the comma.
      let ante = isPunct(toks[j - 1], ',') ? npEndingAt(toks, j - 2, lo) : null;
      // "Andre Carson of Indiana, who": the person, not the place after "of".
      const prep = ante ? toks[ante.first - 1] : undefined;
      if (ante && isWord(prep) && (prep.key === 'of' || prep.key === 'from') && isNameWord(toks[ante.first - 2])) {
        ante = npEndingAt(toks, ante.first - 2, lo) ?? ante;
      }
      return ante ? { first: j, last: j, type: 'relative', antecedent: ante } : { first: j, last: j, type: 'relative' };
    }
    return { first: j, last: j, type: 'pronoun' };
  }
  if (isNameWord(t) || (isWord(t) && t.cap && t.key === 'house')) {
    let k = j;
    while (k - 1 >= lo && (isNameWord(toks[k - 1]) || (isNameGlue(toks[k - 1]) && isNameWord(toks[k - 2])))) k--;
    // "Republican", "Former", "GOP" alone are modifiers, not somebody's name.
    if (toks.slice(k, j + 1).every((x) => TITLES.get(x.key)?.role === '')) return null;
    // "The White House", "the Clinton campaign": keep a determiner out of the name itself.
    const np: NP = { first: k, last: j, type: 'name' };
    return extendWithPreposition(toks, np, lo);
  }
  // "the report said", "the statement read": a cue-verb form after a determiner is a noun.
  const nounAfterDet = isWord(t) && !t.cap && CUE_VERBS.has(t.key) && isWord(toks[j - 1]) && DETERMINERS.has(toks[j - 1]!.key);
  if (isNounish(t) || nounAfterDet) {
    let k = j;
    let steps = 0;
    while (k - 1 >= lo && steps < 6) {
      const prev = toks[k - 1]!;
      if (isWord(prev) && DETERMINERS.has(prev.key)) { k--; break; }
      // "the report's authors": a possessive noun belongs to the phrase even when it is also a cue word.
      if (isWord(prev) && (isNounish(prev) || (!prev.cap && /['’]s$/.test(prev.text)) || (prev.cap && !NOT_NAME_WORDS.has(prev.key)))) { k--; steps++; continue; }
      if (isPunct(prev, '-')) { k--; continue; }
      break;
    }
    const head = toks[k]!;
    const hasDet = DETERMINERS.has(head.key);
    const possessive = /['’]s?$/.test(toks[k]!.text) && toks[k]!.cap;
    const plural = /s$/.test(t.key) && !/ss$/.test(t.key);
    if (!hasDet && !possessive && !plural && k === j) return null;
    if (!hasDet && !possessive && !plural && !toks.slice(k, j).some((x) => x.cap)) return null;
    return extendWithPreposition(toks, { first: k, last: j, type: 'description' }, lo);
  }
  return null;
}

/** "a spokesman for [the hospital]": grow a noun phrase back over one preposition. */
function extendWithPreposition(toks: Token[], np: NP, lo: number): NP {
  const prep = toks[np.first - 1];
  if (!isWord(prep) || !NP_PREPOSITIONS.has(prep.key) || np.first - 2 < lo) return np;
  const head = toks[np.first - 2];
  if (!isNounish(head)) return np;
  const outer = npEndingAt(toks, np.first - 2, lo);
  if (!outer || outer.type !== 'description') return np;
  return { first: outer.first, last: np.last, type: 'description' };
}

/** The subject of the verb at v: skip adverbs, a parenthesis and an appositive between them. */
function subjectBefore(toks: Token[], v: number, lo: number): NP | null {
  let j = v - 1;
  let guard = 0;
  // "Donald Trump on Thursday told": a day or time word between subject and verb is skipped too.
  while (j >= lo && guard++ < 6 && isWord(toks[j]) && (BETWEEN_SUBJECT_AND_VERB.has(toks[j]!.key) || TIME_WORDS.has(toks[j]!.key)) && !isPronoun(toks[j])) j--;
  if (isPunct(toks[j], ')')) {
    let k = j - 1;
    while (k >= lo && k > j - 12 && !isPunct(toks[k], '(')) k--;
    if (isPunct(toks[k], '(')) j = k - 1;
  }
  if (isPunct(toks[j], ',')) {
    // "Hugh Hill, a doctor at the clinic, said" / "Obama, who …, said" / "Cynthia Thompson, curator
    // of exhibits at the University of Arkansas, Fayetteville, said": hop back over up to three commas
    // while the phrase found is the object of a preposition.
    let k = j - 1;
    for (let hop = 0; hop < 3; hop++) {
      while (k >= lo && k > j - 40 && !isPunct(toks[k], ',') && toks[k]!.kind !== 'quote') k--;
      if (k < lo || !isPunct(toks[k], ',')) break;
      // "Andre Carson of Indiana, who is Muslim, referred": the relative pronoun is the subject.
      const rel = toks[k + 1];
      if (isWord(rel) && (rel.key === 'who' || rel.key === 'which') && k + 1 < j) return npEndingAt(toks, k + 1, lo);
      const np = npEndingAt(toks, k - 1, lo);
      // "A Republican Assemblywoman, Jill Tolles, commented" / "the institute's director, Dr. Anthony
      // Fauci, said": the name between the commas is the person the description before them describes.
      // (Not when the description is itself an appositive: "Vian, the editor of the newspaper, L'Osservatore Romano, said".)
      if (np && hop === 0 && !isPunct(toks[np.first - 1], ',') && !(isWord(toks[np.first - 1]) && PREPOSITIONS.has(toks[np.first - 1]!.key)) && (np.type === 'description' || toks.slice(np.first, np.last + 1).every((t) => TITLES.has(t.key)))) {
        const inner = npEndingAt(toks, j - 1, k + 1);
        if (inner && inner.type === 'name' && inner.first === k + 1) return inner;
      }
      const before = np ? toks[np.first - 1] : undefined;
      const governed = isWord(before) && (PREPOSITIONS.has(before.key) || before.key === 'the');
      if (np && np.type !== 'relative' && !governed) return np;
      // "Dr. Tristan Smith of University College London, a shipping researcher …, explained": the
      // person before "of/from" the institution is the subject, not the description after it.
      if (np && isWord(before) && (before.key === 'of' || before.key === 'from') && isNameWord(toks[np.first - 2]) && np.first - 2 >= lo) {
        const person = npEndingAt(toks, np.first - 2, lo);
        const start = person ? toks[person.first - 1] : undefined;
        if (person && person.type === 'name' && !ORGANISATION_WORDS.has(toks[person.last]!.key) && (start === undefined || person.first === lo || isPunct(start, ','))) return person;
      }
      k = (np ? np.first : k) - 1;
    }
    const inner = npEndingAt(toks, j - 1, lo);
    return inner && (inner.type === 'name' || inner.type === 'pronoun' || inner.type === 'description') ? inner : null;
  }
  const np = npEndingAt(toks, j, lo);
  // "Doug Collins of Georgia said", "Lucy Fischer of The Times told": the person before "of" or
  // "from" is the subject, not the place or the paper after it.
  if (np && np.type === 'name') {
    let p = np.first - 1;
    // "of The Globe and Mail": the organisation's name may hold "and" and "the".
    if (isWord(toks[p]) && (toks[p]!.key === 'and' || toks[p]!.text === '&') && isNameWord(toks[p - 1])) {
      p--;
      while (p > lo && isNameWord(toks[p - 1]) && !(isWord(toks[p - 1]) && toks[p - 1]!.key === 'the')) p--;
      p--;
    }
    if (isWord(toks[p]) && toks[p]!.key === 'the') p--;
    const prep = toks[p];
    if (isWord(prep) && (prep.key === 'of' || prep.key === 'from') && isNameWord(toks[p - 1]) && p - 1 >= lo) {
      const outer = npEndingAt(toks, p - 1, lo);
      // "The U.S. Department of Agriculture notes": an organisation keeps its "of" phrase.
      if (outer && outer.type === 'name' && ORGANISATION_WORDS.has(toks[outer.last]!.key)) return { first: outer.first, last: np.last, type: 'name' };
      if (outer && outer.type === 'name' && !TITLES.has(toks[outer.last]!.key)) return outer;
    }
  }
  return np;
}

/** The inverted subject after a verb: "said [Chicago Alderman Jason C. Ervin] on Tuesday". */
function subjectAfter(toks: Token[], i: number): NP | null {
  const t = toks[i];
  if (!isWord(t)) return null;
  if (isPronoun(t)) return SPEAKER_PRONOUNS.get(t.key)!.relative ? null : { first: i, last: i, type: 'pronoun' };
  if (TIME_WORDS.has(t.key) || (NP_STOPPERS.has(t.key) && !DETERMINERS.has(t.key))) return null;
  let k = i;
  let sawName = false;
  let sawNoun = false;
  while (k < toks.length && k < i + 14) {
    const x = toks[k]!;
    if (!isWord(x)) {
      if (isPunct(x, '-') || (isPunct(x, '.') && false)) { k++; continue; }
      break;
    }
    if (k > i && (NP_STOPPERS.has(x.key) || TIME_WORDS.has(x.key)) && !x.cap) break;
    if (CUE_VERBS.has(x.key) && !x.cap && k > i) break;
    if (isNameWord(x)) sawName = true;
    else if (isNounish(x)) sawNoun = true;
    else if (!(DETERMINERS.has(x.key) || NP_PREPOSITIONS.has(x.key) || isNameGlue(x) || x.cap)) break;
    k++;
  }
  let last = k - 1;
  while (last >= i && isWord(toks[last]) && (NP_PREPOSITIONS.has(toks[last]!.key) || DETERMINERS.has(toks[last]!.key))) last--;
  if (last < i || (!sawName && !sawNoun)) return null;
  const type: MentionType = DETERMINERS.has(t.key) || !t.cap ? 'description' : 'name';
  return { first: i, last, type };
}

// Verbs whose object is the one spoken to ("told the Guardian").
const ADDRESSING = new Set(['tell', 'tells', 'told', 'telling']);

/** Nearest sentence subject: the first pronoun or name (or description) followed by a verb-like word. */
function sentenceSubject(toks: Token[], hi: number): NP | null {
  let firstAny: NP | null = null;
  for (let i = 0; i < hi; i++) {
    const t = toks[i]!;
    if (t.kind === 'quote') continue;
    if (isPronoun(t) && !SPEAKER_PRONOUNS.get(t.key)!.relative) {
      const np: NP = { first: i, last: i, type: 'pronoun' };
      if (looksLikeVerbAfter(toks, i + 1)) return np;
      firstAny ??= np;
      continue;
    }
    // "Casting a wide net, …", "Speaking to reporters, …": a sentence-initial participle is not a name.
    if (i === 0 && /ing$/.test(t.key) && t.key.length > 5 && isWord(toks[1]) && !toks[1]!.cap) continue;
    if (isNameWord(t) && !isNameWord(toks[i + 1]) && !isNameGlue(toks[i + 1])) {
      const np = npEndingAt(toks, i, 0);
      if (!np) continue;
      const before = toks[np.first - 1];
      if (isWord(before) && PREPOSITIONS.has(before.key)) continue; // "In Salem, …": not a subject
      // "Officials tell BBC News …": whoever is told is the addressee, never the subject.
      if (isWord(before) && ADDRESSING.has(before.key)) continue;
      if (looksLikeVerbAfter(toks, i + 1)) return np;
      firstAny ??= np;
    }
  }
  return firstAny;
}

/** The word after position i (past an appositive) looks like a verb: the phrase before is a subject. */
export function looksLikeVerbAfter(toks: Token[], i: number): boolean {
  let j = i;
  if (isPunct(toks[j], ',')) {
    // skip an appositive (", a spokesman for …,"), but not a new clause (", Trump went …")
    const first = toks[j + 1];
    if (!isWord(first) || (first.cap && !DETERMINERS.has(first.key) && !TITLES.has(first.key))) return false;
    let k = j + 1;
    while (k < toks.length && k < j + 20 && !isPunct(toks[k], ',')) k++;
    if (isPunct(toks[k], ',')) j = k + 1;
    else return false;
  }
  const t = toks[j];
  if (!isWord(t) || t.cap) return false;
  if (CUE_VERBS.has(t.key) || BETWEEN_SUBJECT_AND_VERB.has(t.key)) return true;
  return COMMON_VERBS.has(t.key) || (/(ed|es)$/.test(t.key) && !NP_STOPPERS.has(t.key));
}

function span(toks: Token[], np: NP): Span {
  return { start: toks[np.first]!.start, end: toks[np.last]!.end };
}

interface Found {
  np: NP;
  cue: Token | null;
  cueEnd?: Token;
}

/** Rule 1: the frame right after the quotation: “…,” Obama said / “…,” said Obama. */
function trailingFrame(toks: Token[], p: number, innerEnd: string): Found | null {
  let i = p + 1;
  // A partial quote inside a clause ("the ad “…” suggests that") has no frame of its own after it:
  // a real trailing frame follows a quote that ends with , ? ! or a dash, or stands at the sentence start.
  const closesClause = /[,?!—–…-]['’]?$/.test(innerEnd) || isPunct(toks[i], ',—–-―') || p === 0 || toks[p - 1]?.kind === 'quote' || isPunct(toks[p - 1], ':');
  // "“…” ― Sonya Herridge": a dash and a name closing the line, no verb.
  if (isPunct(toks[i], '―—–-') && isNameWord(toks[i + 1])) {
    const np = subjectAfter(toks, i + 1);
    const after = np ? toks[np.last + 1] : undefined;
    if (np && (!after || isPunct(after, '.,') || after.kind === 'quote')) return { np, cue: toks[i]! };
  }
  if (!closesClause) return null;
  while (isPunct(toks[i], ',—–-―')) i++;
  const t = toks[i];
  if (!isWord(t)) return null;
  if (cueAt(toks, i) && !t.key.endsWith('ing')) {
    const np = subjectAfter(toks, i + 1);
    if (np) return { np: appositiveChainEnd(toks, np) ?? np, cue: t };
    // "said Tuesday Obama" is rare; "said Tuesday." has no subject here.
    return null;
  }
  // “…,” Blige sings to Clinton: after a quote closed by a comma, a name or pronoun and any verb frame it.
  if (/,['’]?$/.test(innerEnd) && (isPronoun(t) || isNameWord(t))) {
    const np = isPronoun(t) ? npEndingAt(toks, i, i) : null;
    let j = i;
    while (!np && j + 1 < toks.length && (isNameWord(toks[j + 1]) || isNameGlue(toks[j + 1]))) j++;
    const verb = toks[(np ? i : j) + 1];
    const verbLike = verb !== undefined && isWord(verb) && !verb.cap && (looksLikeVerbAfter(toks, (np ? i : j) + 1) || (/(s|ed)$/.test(verb.key) && !NP_STOPPERS.has(verb.key)));
    if (verb && verbLike && !CUE_VERBS.has(verb.key) && !SPEAKER_PRONOUNS.get(t.key)?.relative) {
      const subject = np ?? npEndingAt(toks, j, i);
      if (subject && subject.first === i) return { np: subject, cue: verb };
    }
  }
  for (let v = i + 1; v < toks.length && v < i + 28; v++) {
    const x = toks[v]!;
    if (x.kind === 'quote' || isPunct(x, '.?!;:')) break;
    if (!cueAt(toks, v)) continue;
    if (WEAK_CUES.has(x.key) && x.key !== 'put') continue;
    const np = subjectBefore(toks, v, i);
    if (!np) break;
    const between = toks.slice(i, np.first);
    if (between.every((b) => isWord(b) && !CUE_VERBS.has(b.key) && (b.cap || !NP_STOPPERS.has(b.key)))) return { np, cue: x };
    break;
  }
  // “…,” an angry Hollande retaliated / “…,” Howard Dean, the former governor, proclaimed: after a
  // comma-closed quote, the first verb-like word whose subject starts right after the quote frames it.
  if (/,['’]?$/.test(innerEnd)) {
    for (let v = i + 1; v < toks.length && v < i + 25; v++) {
      const x = toks[v]!;
      if (x.kind === 'quote' || isPunct(x, '.?!;:')) break;
      if (!isWord(x) || x.cap || NP_STOPPERS.has(x.key) || DETERMINERS.has(x.key)) continue;
      if (!(COMMON_VERBS.has(x.key) || /(ed|[^s]s)$/.test(x.key))) continue;
      const np = subjectBefore(toks, v, i);
      if (np && np.first === i && np.last < v) return { np, cue: x };
      if (np) break;
    }
  }
  return null;
}

/**
 * "said University of California, San Diego's chancellor, Pradeep Khosla.": an inverted subject
 * followed by comma-separated parts, the last a name ending the sentence right after a part that
 * ends in a title, is that name. (A title is required: "said Jane Doe, of Springfield, Illinois" ends in a place.)
 */
function appositiveChainEnd(toks: Token[], np: NP): NP | null {
  let k = np.last + 1;
  let prevLast = toks[np.last];
  // At most one part between ("…, a committee member for X, a group who elected its president, Karen Lewis" is not her).
  for (let hop = 0; hop < 2; hop++) {
    if (!isPunct(toks[k], ',')) return null;
    let m = k + 1;
    while (m < toks.length && isWord(toks[m])) m++;
    const end = toks[m];
    if (m === k + 1) return null;
    if (end === undefined || isPunct(end, '.!?')) {
      const name = subjectAfter(toks, k + 1);
      if (name && name.type === 'name' && name.last === m - 1 && isWord(prevLast) && TITLES.has(prevLast.key)) return name;
      return null;
    }
    if (!isPunct(end, ',')) return null;
    prevLast = toks[m - 1];
    k = m;
  }
  return null;
}

/** Whether a noun phrase names a news outlet ("the BBC", "NBC News"), which reports rather than speaks. */
function isNewsOutlet(toks: Token[], np: NP): boolean {
  const words = toks.slice(np.first, np.last + 1).filter(isWord).map((t) => t.key);
  if (words[0] === 'the') words.shift();
  return NEWS_OUTLETS.has(words.join(' '));
}

// Documents that have an author named after "by"/"from" ("a statement released by …").
const DOCUMENT_NOUNS = new Set(['statement', 'report', 'letter', 'release', 'memo', 'document', 'filing', 'transcript', 'tweet', 'post', 'email', 'complaint', 'ruling', 'study', 'survey']);

/** Rule 3: "according to X" anywhere in the sentence. */
function accordingTo(toks: Token[]): Found | null {
  for (let i = 0; i + 2 < toks.length; i++) {
    if (isWord(toks[i]) && toks[i]!.key === 'according' && isWord(toks[i + 1]) && toks[i + 1]!.key === 'to') {
      const np = subjectAfter(toks, i + 2);
      // "according to a statement released by Erdogan's office": the document's author is the source.
      const by = np ? toks[np.last + 1] : undefined;
      if (np && isWord(by) && (by.key === 'by' || by.key === 'from') && toks.slice(np.first, np.last + 1).some((t) => DOCUMENT_NOUNS.has(t.key))) {
        const author = subjectAfter(toks, np.last + 2);
        if (author && author.type === 'name') return { np: author, cue: toks[i]!, cueEnd: toks[i + 1]! };
      }
      if (np) return { np, cue: toks[i]!, cueEnd: toks[i + 1]! };
    }
  }
  return null;
}

// Nouns of speech whose possessor is a source ("his claim", "Trump’s remarks").
const SPEECH_NOUNS = new Set(['claim', 'claims', 'remark', 'remarks', 'statement', 'statements', 'comment', 'comments', 'words', 'warning', 'promise', 'pledge', 'argument', 'assertion', 'suggestion', 'tweet', 'tweets', 'testimony', 'assessment', 'description', 'prediction', 'vow', 'boast', 'insistence', 'contention', 'charge', 'accusation', 'complaint', 'response', 'reply', 'answer', 'speech', 'message', 'letter', 'post']);
// Indefinite pronouns: "anybody who complains" does not make "who" a source.
const INDEFINITES = new Set(['anybody', 'anyone', 'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'those', 'people', 'one', 'all', 'many', 'few', 'some', 'others']);

/** Rules 4 and 6: the nearest cue verb before the quotation in its sentence, and its subject. */
function frameBefore(toks: Token[], p: number): (Found & { participle: boolean }) | null {
  let weak: (Found & { participle: boolean }) | null = null;
  // Used only when no verb frames the quote: the possessor of a speech noun.
  let possessed: (Found & { participle: boolean }) | null = null;
  // "Bercow commented — which the BBC noted as unusual — “…”": an outlet's verb yields to a named person's.
  let outlet: (Found & { participle: boolean }) | null = null;
  for (let v = p - 1; v >= 0; v--) {
    const x = toks[v]!;
    // "Trump’s claim that there have been “…”", "his remarks about “…”": the possessor is the source.
    if (!possessed && isWord(x) && SPEECH_NOUNS.has(x.key) && !x.cap) {
      const owner = toks[v - 1];
      if (isWord(owner) && (POSSESSIVE_WORDS.has(owner.key) || (owner.cap && /['’]s?$/.test(owner.text) && isNameWord(owner)))) {
        const np = POSSESSIVE_WORDS.has(owner.key) ? { first: v - 1, last: v - 1, type: 'pronoun' as const } : npEndingAt(toks, v - 1, 0);
        if (np) possessed = { np, cue: x, participle: false };
      }
    }
    if (!cueAt(toks, v)) continue;
    const prev = toks[v - 1];
    if (isWord(prev) && prev.key === 'to' && !isCue(toks[v - 2])) continue; // "refused to say" is not the frame
    // "anybody who complains …": a relative clause on an indefinite pronoun is not the frame.
    if (isWord(prev) && (prev.key === 'who' || prev.key === 'which') && !isPunct(toks[v - 2], ',') && (!isWord(toks[v - 2]) || INDEFINITES.has(toks[v - 2]!.key))) continue;
    const participle = x.key.endsWith('ing');
    let np: NP | null = null;
    if (!participle) {
      np = subjectBefore(toks, v, 0);
      // "marching through the streets chanted": an object of a preposition is not the subject.
      if (np && np.type === 'description' && isWord(toks[np.first - 1]) && PREPOSITIONS.has(toks[np.first - 1]!.key)) {
        np = sentenceSubject(toks, np.first);
      }
      // "Said Obama, “…”" / "…, said the spokesman: “…”"
      if (!np && (v === 0 || toks[v - 1]!.kind !== 'word')) {
        const after = subjectAfter(toks, v + 1);
        if (after && (isPunct(toks[after.last + 1], ',:') || toks[after.last + 1]?.kind === 'quote')) np = after;
      }
    }
    // "footage of Trump saying, “…”": a participle right after a name belongs to that name.
    if (!np && participle && (isNameWord(toks[v - 1]) || isPronoun(toks[v - 1]))) {
      np = npEndingAt(toks, v - 1, 0);
      // "at his golf club outside Washington, D.C. saying": a place after a preposition does not say.
      // ("footage of Trump saying" keeps Trump: only a place in apposition, after a comma, is dropped.)
      const b = np ? np.first - 1 : -1;
      const place = isPunct(toks[b], ',') && isNameWord(toks[b - 1]) ? npEndingAt(toks, b - 1, 0) : null;
      if (place && isWord(toks[place.first - 1]) && PREPOSITIONS.has(toks[place.first - 1]!.key)) np = null;
    }
    if (!np) {
      np = sentenceSubject(toks, v);
    }
    if (!np) return outlet ?? weak ?? possessed;
    const found = { np, cue: x, participle };
    if (!outlet && isNewsOutlet(toks, np)) {
      outlet = found;
      continue;
    }
    if (outlet && (np.type !== 'name' || isNewsOutlet(toks, np))) return outlet;
    // "Demonstrators said they want “…”": a weak verb inside reported speech yields to the speech verb.
    if (WEAK_CUES.has(x.key)) {
      weak ??= found;
      continue;
    }
    // "She said she recalls the colleague being “confused”": the outer speech verb's subject is the source.
    const outer = outerSpeechVerb(toks, v);
    if (outer >= 0 && !participle) {
      const np2 = subjectBefore(toks, outer, 0);
      if (np2 && np2.type !== 'relative') return { np: np2, cue: toks[outer]!, participle: false };
    }
    return found;
  }
  return outlet ?? weak ?? possessed;
}

// Reporting verbs whose clause complement holds the inner frame ("X said (that) Y called it …").
const OUTER_SPEECH = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'argued', 'argues', 'claimed', 'claims', 'insisted', 'noted', 'explained', 'stated', 'warned', 'acknowledged', 'suggested', 'recalled', 'tweeted']);

/** An earlier say-type verb in the same clause chain before v (no ; or , and / , but between), or -1. */
function outerSpeechVerb(toks: Token[], v: number): number {
  for (let u = v - 1; u >= 0 && u > v - 20; u--) {
    const t = toks[u]!;
    if (t.kind === 'quote' || isPunct(t, ';:(')) return -1;
    if (isWord(t) && (t.key === 'and' || t.key === 'but' || t.key === 'while' || t.key === 'when') ) return -1;
    if (OUTER_SPEECH.has(t.key) && cueAt(toks, u)) return u;
  }
  return -1;
}

/** Rule 5: a cue later in the sentence: “…” for Clinton, said Brad Bannon. */
function frameLater(toks: Token[], p: number): Found | null {
  for (let v = p + 1; v < toks.length; v++) {
    const x = toks[v]!;
    if (x.kind === 'quote') return null;
    if (!cueAt(toks, v) || WEAK_CUES.has(x.key) || x.key.endsWith('ing')) continue;
    const before = subjectBefore(toks, v, p + 1);
    if (before) return { np: before, cue: x };
    // Inverted only after a comma: "…, said Brad Bannon" (not "criticized Obama", a verb and its object).
    const after = isPunct(toks[v - 1], ',') ? subjectAfter(toks, v + 1) : null;
    if (after) return { np: after, cue: x };
    return null;
  }
  return null;
}

function makeAttribution(rule: Rule, toks: Token[], f: Found | null, partial: boolean): Attribution {
  if (!f) return { rule: 'none', mention: null, mentionType: null, antecedent: null, cue: null, from: -1, partial, confidence: 0 };
  const cueSpan = f.cue ? { start: f.cue.start, end: (f.cueEnd ?? f.cue).end } : null;
  return {
    rule,
    mention: span(toks, f.np),
    mentionType: f.np.type,
    antecedent: f.np.antecedent ? span(toks, f.np.antecedent) : null,
    cue: cueSpan,
    from: -1,
    partial,
    confidence: CONFIDENCE[rule],
  };
}

function inherit(rule: Rule, from: number, a: Attribution, partial: boolean): Attribution {
  return { ...a, rule, from, partial, confidence: Math.min(a.confidence, CONFIDENCE[rule]) };
}

/** Runs the sieve over every candidate, in text order (continuations need earlier results). */
export function attribute(doc: TokenizedText): AttributedText {
  const { sentences, quoteAt, candidates } = doc;
  const attributions: Attribution[] = [];
  for (let c = 0; c < candidates.length; c++) {
    const at = quoteAt[c]!;
    const sent = sentences[at.sentence];
    if (!sent) {
      attributions.push(makeAttribution('none', [], null, false));
      continue;
    }
    attributions.push(attributeOne(doc, c, sent, at.sentence, at.token, attributions));
  }
  return { ...doc, attributions };
}

function attributeOne(doc: TokenizedText, c: number, sent: Sentence, si: number, p: number, done: Attribution[]): Attribution {
  const toks = sent.tokens;
  const q = doc.candidates[c]!;
  const inner = doc.text.slice(q.start + q.openLen, q.end - q.closeLen).trimStart();
  const before = toks.slice(0, p).filter((t) => t.kind !== 'quote');
  const lastBefore = toks[p - 1];
  const introPunct = !lastBefore || isPunct(lastBefore, ':,') || lastBefore.kind === 'quote';
  const partial = !(/^[\p{Lu}\d[(…]|^\.\.\./u.test(inner) && introPunct);
  void before;

  // Transcripts: "WALLACE: Let’s start…" names its speaker inside the quotation.
  const label = /^([A-Z][A-Z.'’ -]{1,30}[A-Z]):\s/.exec(inner);
  if (label) {
    const at = q.start + q.openLen + (doc.text.slice(q.start + q.openLen).length - doc.text.slice(q.start + q.openLen).trimStart().length);
    return { rule: 'label', mention: { start: at, end: at + label[1]!.length }, mentionType: 'name', antecedent: null, cue: null, from: -1, partial: false, confidence: CONFIDENCE.label };
  }
  const trailing = trailingFrame(toks, p, inner.trimEnd());
  if (trailing && !(toks[p]!.final && false)) {
    const acc = accordingTo(toks);
    if (acc && acc.np.first > p) {
      const person = isNewsOutlet(toks, acc.np) ? frameBefore(toks, p) : null;
      if (person && person.np.type === 'name' && !isNewsOutlet(toks, person.np)) return makeAttribution('embedded', toks, person, partial);
      return makeAttribution('according-to', toks, acc, partial);
    }
    return makeAttribution('trailing', toks, trailing, partial);
  }
  const acc = accordingTo(toks);
  if (acc) {
    // "According to the BBC, a spokesman for … said; “…”": the outlet reports, the person speaks.
    const person = isNewsOutlet(toks, acc.np) ? frameBefore(toks, p) : null;
    if (person && (person.np.type === 'name' || person.np.type === 'description') && !isNewsOutlet(toks, person.np)) {
      return makeAttribution(introPunct && !partial ? 'intro' : 'embedded', toks, person, partial);
    }
    return makeAttribution('according-to', toks, acc, partial);
  }
  const prevQuote = c > 0 && doc.candidates[c - 1]!.para === q.para ? c - 1 : -1;
  const fb = frameBefore(toks, p);
  if (fb) {
    // A split quotation: “…,” he said, “…” — the frame between belongs to both parts.
    const rule: Rule = introPunct && !partial ? 'intro' : 'embedded';
    return makeAttribution(rule, toks, fb, partial);
  }
  const later = frameLater(toks, p);
  if (later) return makeAttribution('later', toks, later, partial);
  if (isPunct(lastBefore, ':')) {
    const subj = sentenceSubject(toks, p);
    if (subj) return makeAttribution('colon', toks, { np: subj, cue: lastBefore! }, partial);
  }
  if (prevQuote >= 0 && done[prevQuote]!.rule !== 'none') {
    // A partial quote in a sentence with its own named subject ("Reid has gone after Trump as a
    // “con artist”") belongs to that subject, not to the previous quotation's speaker.
    if (partial && !sameSentenceAsPrevious(doc, c, prevQuote)) {
      const subj = sentenceSubject(toks, p);
      if (subj && subj.type === 'name') return makeAttribution('subject', toks, { np: subj, cue: null }, partial);
    }
    return inherit('continuation', prevQuote, done[prevQuote]!, partial);
  }
  const firstOfPara = si === doc.paraFirstSentence[q.para] && p === 0;
  if (prevQuote < 0) {
    // an earlier sentence of this paragraph may hold the frame: "She says … ¶ “It is their life…”"
    for (let s = si - 1; s >= doc.paraFirstSentence[q.para]! && s >= si - 3; s--) {
      const ts = doc.sentences[s]!.tokens;
      for (let v = ts.length - 1; v >= 0; v--) {
        if (!cueAt(ts, v) || WEAK_CUES.has(ts[v]!.key)) continue;
        const np = subjectBefore(ts, v, 0) ?? sentenceSubject(ts, v);
        if (np) return makeAttribution('earlier-sentence', ts, { np, cue: ts[v]! }, partial);
        break;
      }
      // "Senator John Cornyn issued a statement regarding … ¶ “Like many Texans, I am …”": a whole
      // quoted sentence right after a sentence whose subject is a named person.
      if (s === si - 1 && !partial && p === 0) {
        const subj = sentenceSubject(ts, ts.length);
        if (subj && subj.type === 'name' && looksLikeVerbAfter(ts, subj.last + 1)) {
          return makeAttribution('earlier-sentence', ts, { np: subj, cue: null }, partial);
        }
      }
    }
  }
  if (firstOfPara && q.para > 0) {
    const prev = previousParagraph(doc, q.para, done, partial);
    if (prev) return prev;
  }
  const subj = sentenceSubject(toks, p);
  if (subj && speakerLike(toks, subj)) return makeAttribution('subject', toks, { np: subj, cue: null }, partial);
  // No nearest-name fallback: it was right 29 % of the time (PATTERNS.md §7, rule 10) and dropping it
  // scored better on train; an unknown speaker is better for a reader than a wrong one.
  return makeAttribution('none', [], null, partial);
}

/**
 * The guessed subject of a sentence with no cue verb may speak only if it is person- or
 * organisation-like: a pronoun, a description, or a name that acts (not "The Syrian refugee
 * team", where "Syrian" modifies).
 */
function speakerLike(toks: Token[], np: NP): boolean {
  if (np.type === 'pronoun' || np.type === 'relative') return true;
  if (np.type === 'name') {
    const words = toks.slice(np.first, np.last + 1).filter(isWord);
    const last = words[words.length - 1];
    if (last && words.every((t) => PLACE_WORDS.has(t.key)) && DEMONYM.test(last.key)) return false;
    return true;
  }
  return true;
}

function sameSentenceAsPrevious(doc: TokenizedText, c: number, prev: number): boolean {
  return doc.quoteAt[c]!.sentence === doc.quoteAt[prev]!.sentence;
}

/** Rule 9: a paragraph opening with a quote and no cue continues the previous paragraph. */
function previousParagraph(doc: TokenizedText, para: number, done: Attribution[], partial: boolean): Attribution | null {
  const first = doc.paraFirstSentence[para - 1]!;
  const last = doc.paraFirstSentence[para]! - 1;
  if (last < first) return null;
  const lastToks = doc.sentences[last]!.tokens;
  // The previous paragraph's last quotation, if the paragraph ends with it (or just after it).
  let lastQuoteIdx = -1;
  for (let i = lastToks.length - 1; i >= 0; i--) {
    if (lastToks[i]!.kind === 'quote') { lastQuoteIdx = i; break; }
  }
  const endsWithColon = isPunct(lastToks[lastToks.length - 1], ':');
  if (lastQuoteIdx >= 0 && !endsWithColon) {
    const qi = lastToks[lastQuoteIdx]!.quote;
    const a = done[qi];
    if (a && a.rule !== 'none') return inherit('previous-paragraph', qi, a, partial);
  }
  // Otherwise the subject of that paragraph's last cue verb (or of the colon's sentence).
  for (let s = last; s >= first; s--) {
    const ts = doc.sentences[s]!.tokens;
    for (let v = ts.length - 1; v >= 0; v--) {
      if (ts[v]!.kind === 'quote') {
        const a = done[ts[v]!.quote];
        if (a && a.rule !== 'none') return inherit('previous-paragraph', ts[v]!.quote, a, partial);
        continue;
      }
      if (!cueAt(ts, v)) continue;
      const np = subjectBefore(ts, v, 0) ?? sentenceSubject(ts, v);
      if (np) {
        const att = makeAttribution('previous-paragraph', ts, { np, cue: ts[v]! }, partial);
        return att;
      }
    }
    if (s === last && endsWithColon) {
      const subj = sentenceSubject(ts, ts.length);
      if (subj) return makeAttribution('previous-paragraph', ts, { np: subj, cue: null }, partial);
    }
    break; // only the last sentence of the previous paragraph
  }
  return null;
}

