// The noun-phrase readers the sieves share: which token is a name word, a pronoun, a cue verb
// used as a verb, and the noun phrase ending at a token or standing as the subject of a verb.
// No parser: phrases are read off the token sentences with the word tables (tables/), every
// window a named limit (tables/limits.ts). Pure functions of the tokens.
import type { Token } from './tokenize.ts';
import { CUE_VERBS } from './tables/cue-verbs.ts';
import { ADDRESSING, CORE_VERBS, DOCUMENT_NOUNS, GO_ON, RETORT_VERBS, SPEECH_NOUNS, INDEFINITE_SOURCES, LY_NOUNS, MODIFYING_PARTICIPLES, NOUN_LIKE, PARTICLE_CUES, POSSESSIVE_WORDS, PREPOSITIONS } from './tables/frame-words.ts';
import { MAX_APPOSITIVE_BEFORE_VERB, MAX_APPOSITIVE_HOPS, MAX_APPOSITIVE_TOKENS, MAX_DESCRIPTION_WORDS, MAX_INVERTED_SUBJECT_TOKENS, MAX_PARENTHESIS_TOKENS, MAX_WORDS_BETWEEN_SUBJECT_AND_VERB } from './tables/limits.ts';
import { NAME_GLUE_ONLY, NAME_PARTICLES } from './tables/name-particles.ts';
import { OBJECT_PRONOUNS, SPEAKER_PRONOUNS } from './tables/pronouns.ts';
import { TITLES } from './tables/titles.ts';
import { BETWEEN_SUBJECT_AND_VERB, COMMON_VERBS, DETERMINERS, NOT_NAME_WORDS, OPENING_PREPOSITIONS, SUBORDINATE_OPENERS, NP_PREPOSITIONS, NP_STOPPERS, NUMBER_WORDS, ORGANISATION_WORDS, TIME_PHRASES, AGO_PHRASE_WORDS, TIME_WORDS } from './tables/words.ts';
import type { Span } from './types.ts';

/** Kind of words the mention is. */
export type MentionType = 'pronoun' | 'name' | 'description' | 'relative';

/** A noun phrase as token indexes into one sentence. */
export interface NP {
  first: number; // token index of the first word
  last: number; // token index of the last word
  type: MentionType;
  antecedent?: NP;
}

/** A word token (not punctuation or a quotation). */
export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
/** A punctuation token that is one of chars. */
export const isPunct = (t: Token | undefined, chars: string): boolean => t !== undefined && t.kind === 'punct' && chars.includes(t.text);
/** A subject pronoun ("he", "she", "who"); a lone lower-case "i" is not "I". */
export const isPronoun = (t: Token | undefined): boolean => isWord(t) && SPEAKER_PRONOUNS.has(t.key) && (t.key !== 'i' || t.text === 'I');
/** A lower-case cue verb form. */
export const isCue = (t: Token | undefined): boolean => isWord(t) && !t.cap && CUE_VERBS.has(t.key);


/**
 * Is the cue word at i used as a verb? "claims", "state", "remarks", "calls" are also nouns:
 * after a determiner, a possessive, a preposition or an adjective ("Republican claims",
 * "mental state") they are not a frame.
 */
export function cueAt(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (t && !t.cap && GO_ON.has(t.key)) return goesOn(toks, i);
  if (t && !t.cap && RETORT_VERBS.has(t.key) && !CUE_VERBS.has(t.key)) return backAsRetort(toks, i);
  if (!t || !isCue(t)) return false;
  const particle = PARTICLE_CUES.get(t.key);
  if (particle !== undefined && !(isWord(toks[i + 1]) && toks[i + 1]!.key === particle)) return false;
  const prev = toks[i - 1];
  // "as a Homeland Security memo put it": "put it" is always the verb.
  if (t.key === 'put' && isWord(toks[i + 1]) && toks[i + 1]!.key === 'it') return true;
  if (!prev || !isWord(prev)) return true;
  // "“…,” one said": an indefinite pronoun opening the clause is the subject, not a determiner.
  if (INDEFINITE_SOURCES.has(prev.key) && !isWord(toks[i - 2])) return true;
  // ("a mother of three replied": a number word before a core speech verb ends its subject.)
  if (NUMBER_WORDS.has(prev.key) && CORE_VERBS.has(t.key)) return true;
  if ((DETERMINERS.has(prev.key) && prev.key !== 'that') || POSSESSIVE_WORDS.has(prev.key)) return false;
  if (/['’]s?$/.test(prev.text) && !isPronoun(prev)) return false; // "Trump’s claims"
  if (CORE_VERBS.has(t.key)) return true;
  const base = !/(s|ed|ing)$/.test(t.key) || NOUN_LIKE.has(t.key);
  if (!base) return true;
  // A noun-like form needs a subject-like word before it: a pronoun, a name, an adverb, a modal.
  if (isPronoun(prev) || BETWEEN_SUBJECT_AND_VERB.has(prev.key) || prev.key === 'to') return true;
  // "The ad claims “…”", "the memo states that": after "the + noun", right before a quotation, a
  // colon or "that", the form is the verb.
  const next = toks[i + 1];
  // (A base form agrees only with a plural noun: "the ads claim “…”", but "a blog post “…”" is a noun.)
  const framesNext = (next?.kind === 'quote' || isPunct(next, ':') || (isWord(next) && next.key === 'that')) && (/(s|ed)$/.test(t.key) || /[^s]s$/.test(prev.key));
  if (!prev.cap && isWord(toks[i - 2]) && DETERMINERS.has(toks[i - 2]!.key) && !isCue(prev) && framesNext) return true;
  // "The Home Office letter reads “…”": after a document noun, the same holds without the determiner.
  if (!prev.cap && DOCUMENT_NOUNS.has(prev.key) && framesNext) return true;
  if (prev.cap) return isNameWord(prev) && !(TITLES.has(prev.key) && TITLES.get(prev.key)!.role === '');
  return /s$/.test(prev.key) && !/ss$/.test(prev.key) && !PREPOSITIONS.has(prev.key) && NOUN_LIKE.has(t.key) === false;
}
/** "Trump went on about “…”", "“…?” Trump went on, as if …": "go on" used for talking on. */
function goesOn(toks: Token[], i: number): boolean {
  const on = toks[i + 1];
  if (!isWord(on) || on.key !== 'on') return false;
  const after = toks[i + 2];
  return after === undefined || after.kind === 'quote' || isPunct(after, ',.;:') || (isWord(after) && after.key === 'about');
}

/** "shot back, “…”", "fired back:", "“…,” Trump hit back.": "back" closing the clause or opening the quotation. */
function backAsRetort(toks: Token[], i: number): boolean {
  const back = toks[i + 1];
  if (!isWord(back) || back.key !== 'back') return false;
  const after = toks[i + 2];
  return after === undefined || after.kind === 'quote' || isPunct(after, ',.;:') || (isWord(after) && (after.key === 'at' || after.key === 'that'));
}

/** A capitalised word that can be part of a name ("Obama", "Mr.", "C."), not "But" or "The". */
export function isNameWord(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  // "Suleiman al-Amr", "Abdel Fattah el-Sisi": a particle joined to a capitalised surname.
  if (!t.cap) return PARTICLE_JOINED.test(t.text);
  if (TITLES.has(t.key)) return true;
  if (isInitial(t.text)) return true; // an initial, even "A." or "I." ("Wayne A. I. Frederick")
  if (isShouted(t.text)) return false; // datelines ("JACKSON, Miss. —"), shouting; acronyms are shorter
  return !NOT_NAME_WORDS.has(t.key);
}

// /^\p{Lu}\.$/u.test(w) with an ASCII first letter decided by its code (isNameWord reads every capitalised word).
const INITIAL = /^\p{Lu}\.$/u;
function isInitial(w: string): boolean {
  const n = w.length;
  if (n < 2 || n > 3 || w.charCodeAt(n - 1) !== 46) return false;
  const c = w.charCodeAt(0);
  if (n === 2 && c < 128) return c >= 65 && c <= 90;
  return INITIAL.test(w);
}

// /^[A-Z]{5,}$/.test(w) by char codes.
function isShouted(w: string): boolean {
  if (w.length < 5) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}
const PARTICLE_JOINED = new RegExp(`^(?:${[...NAME_PARTICLES].join('|')})-\\p{Lu}\\p{Ll}`, 'u');
/** Lower-case particles inside names ("de", "van"). */
export function isNameGlue(t: Token | undefined): boolean {
  return isWord(t) && !t.cap && (NAME_PARTICLES.has(t.key) || NAME_GLUE_ONLY.has(t.key));
}
/** A lower-case word that can end a descriptive noun phrase ("spokesman", "officials"). */
export function isNounish(t: Token | undefined): boolean {
  if (!isWord(t) || t.cap) return false;
  // ("statement" and "interview" sit in the between-words table for "said in a statement", but are nouns.)
  if (CUE_VERBS.has(t.key) || NP_STOPPERS.has(t.key) || DETERMINERS.has(t.key) || (BETWEEN_SUBJECT_AND_VERB.has(t.key) && t.key !== 'statement' && t.key !== 'interview')) return false;
  if (SPEAKER_PRONOUNS.has(t.key) || NP_PREPOSITIONS.has(t.key)) return false;
  // adverbs: "personally", "reportedly" (but "family", "ally", "rally", "supply" are nouns)
  if (isLyAdverb(t)) return false;
  return nounShaped(t.text);
}

// /^[\p{Ll}\d][\p{L}\d'’-]*$/u.test(w), plain ASCII words decided by char codes (the regex for any other).
const NOUN_SHAPE = /^[\p{Ll}\d][\p{L}\d'’-]*$/u;
function nounShaped(w: string): boolean {
  const c0 = w.charCodeAt(0);
  if (!(c0 >= 97 && c0 <= 122) && !(c0 >= 48 && c0 <= 57)) return c0 >= 128 && NOUN_SHAPE.test(w);
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45) continue;
    return c >= 128 && NOUN_SHAPE.test(w);
  }
  return w.length > 0;
}

/** The noun phrase that ends at token j (a pronoun, a name, or "a spokesman for the hospital"). */
export function npEndingAt(toks: Token[], j: number, lo: number): NP | null {
  const t = toks[j];
  if (j < lo || !t) return null;
  if (isPronoun(t)) {
    const info = SPEAKER_PRONOUNS.get(t.key)!;
    if (info.relative) {
      // ", who said": "who" stands for the noun phrase before the comma.
      // ("Thomas Gray, 24, who": an age between commas stands for nobody; the name before it does.)
      const aged = isPunct(toks[j - 1], ',') && isWord(toks[j - 2]) && /^\d{1,3}$/.test(toks[j - 2]!.text) && isPunct(toks[j - 3], ',');
      let ante = isPunct(toks[j - 1], ',') ? npEndingAt(toks, aged ? j - 4 : j - 2, lo) : null;
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
    // "Republican", "Former", "GOP" alone are modifiers, not somebody's name; but after a
    // determiner ("one senior Democrat", "a Republican") the party word is a person.
    if (toks.slice(k, j + 1).every((x) => TITLES.get(x.key)?.role === '')) return partyMember(toks, k, j, lo);
    // "The White House", "the Clinton campaign": keep a determiner out of the name itself.
    const np: NP = { first: k, last: j, type: 'name' };
    return extendWithPreposition(toks, np, lo);
  }
  // "“…,” one said": an indefinite pronoun right before a cue verb is the source.
  if (isWord(t) && !t.cap && INDEFINITE_SOURCES.has(t.key) && isCue(toks[j + 1]) && (j === lo || !isWord(toks[j - 1]))) return { first: j, last: j, type: 'description' };
  // "the report said", "the statement read": a cue-verb form after a determiner is a noun.
  const nounAfterDet = isWord(t) && !t.cap && CUE_VERBS.has(t.key) && isWord(toks[j - 1]) && DETERMINERS.has(toks[j - 1]!.key);
  if (isNounish(t) || nounAfterDet) {
    let k = j;
    let steps = 0;
    while (k - 1 >= lo && steps < MAX_DESCRIPTION_WORDS) {
      const prev = toks[k - 1]!;
      if (isWord(prev) && DETERMINERS.has(prev.key)) {
        k--;
        // "the two lawmakers": a number after "the" is no determiner of its own.
        if (NUMBER_WORDS.has(prev.key) && k - 1 >= lo && isWord(toks[k - 1]) && toks[k - 1]!.key === 'the') k--;
        break;
      }
      // "the report's authors": a possessive noun belongs to the phrase even when it is also a cue word.
      // "a Twitter spokesman": a company's name modifies the description even where it is never a speaker's name.
      if (isWord(prev) && (isNounish(prev) || (!prev.cap && /['’]s$/.test(prev.text)) || (prev.cap && (!NOT_NAME_WORDS.has(prev.key) || ORGANISATION_WORDS.has(prev.key))))) { k--; steps++; continue; }
      if (isPunct(prev, '-')) { k--; continue; }
      break;
    }
    const head = toks[k]!;
    // "21 percent said “…”", "40% of voters said": a number opens a described group like a determiner.
    const hasDet = DETERMINERS.has(head.key) || (k < j && /^\d[\d,.]*%?$/.test(head.text));
    const possessive = /['’]s?$/.test(toks[k]!.text) && toks[k]!.cap;
    const plural = /s$/.test(t.key) && !/ss$/.test(t.key);
    if (!hasDet && !possessive && !plural && k === j) return null;
    if (!hasDet && !possessive && !plural && !toks.slice(k, j).some((x) => x.cap)) return null;
    return extendWithPreposition(toks, { first: k, last: j, type: 'description' }, lo);
  }
  return null;
}

/**
 * "one senior Democrat", "a Republican", "another GOP strategist"'s party word: a person when a
 * determiner (and at most a few lower-case modifiers) comes before it; else null.
 */
function partyMember(toks: Token[], k: number, j: number, lo: number): NP | null {
  let d = k - 1;
  let steps = 0;
  while (d >= lo && steps < MAX_DESCRIPTION_WORDS && isNounish(toks[d]) && !DETERMINERS.has(toks[d]!.key)) { d--; steps++; }
  const det = toks[d];
  if (d < lo || !isWord(det) || det.cap || !DETERMINERS.has(det.key) || det.key === 'the') return null;
  return { first: d, last: j, type: 'description' };
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
/** "infamously", "pointedly": a lower-case -ly word (not -ily: "family", "daily"; not a noun of LY_NOUNS). */
const isLyAdverb = (t: Token): boolean => !t.cap && /ly$/.test(t.key) && !/ily$/.test(t.key) && t.key.length > 4 && !LY_NOUNS.has(t.key);

export function subjectBefore(toks: Token[], v: number, lo: number): NP | null {
  let j = v - 1;
  let guard = 0;
  // "Donald Trump on Thursday told": a day or time word between subject and verb is skipped too.
  while (j >= lo && guard++ < MAX_WORDS_BETWEEN_SUBJECT_AND_VERB && isWord(toks[j]) && (BETWEEN_SUBJECT_AND_VERB.has(toks[j]!.key) || TIME_WORDS.has(toks[j]!.key) || isLyAdverb(toks[j]!)) && !isPronoun(toks[j])) j--;
  // "Trump at the time said", "the department less than two weeks ago said": a time phrase is no subject.
  const timeStart = timePhraseStart(toks, j, lo);
  if (timeStart > lo) {
    j = timeStart - 1;
    while (j >= lo && guard++ < MAX_WORDS_BETWEEN_SUBJECT_AND_VERB && isWord(toks[j]) && BETWEEN_SUBJECT_AND_VERB.has(toks[j]!.key) && !isPronoun(toks[j])) j--;
  }
  // "the statement read", "the interview also said": a skip that stops at a determiner skipped the
  // head noun itself ("statement" is a between-word only in "said in a statement").
  if (j < v - 1 && isWord(toks[j]) && DETERMINERS.has(toks[j]!.key) && isNounish(toks[j + 1])) j++;
  if (isPunct(toks[j], ')')) {
    let k = j - 1;
    while (k >= lo && k > j - MAX_PARENTHESIS_TOKENS && !isPunct(toks[k], '(')) k--;
    if (isPunct(toks[k], '(')) j = k - 1;
  }
  if (isPunct(toks[j], ',')) {
    // "Hugh Hill, a doctor at the clinic, said" / "Obama, who …, said" / "Cynthia Thompson, curator
    // of exhibits at the University of Arkansas, Fayetteville, said": hop back over up to three commas
    // while the phrase found is the object of a preposition.
    let k = j - 1;
    for (let hop = 0; hop < MAX_APPOSITIVE_HOPS; hop++) {
      while (k >= lo && k > j - MAX_APPOSITIVE_TOKENS && !isPunct(toks[k], ',') && toks[k]!.kind !== 'quote') k--;
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
  const np = documentSeenBy(toks, npEndingAt(toks, j, lo) ?? countedOf(toks, j, lo), lo);
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

/** "the 34-year-old mother of three replied": a description ending in "of" and a number. */
function countedOf(toks: Token[], j: number, lo: number): NP | null {
  const n = toks[j];
  if (!isWord(n) || !(/^\d+$/.test(n.text) || (DETERMINERS.has(n.key) && NUMBER_WORDS.has(n.key))) || !isWord(toks[j - 1]) || toks[j - 1]!.key !== 'of') return null;
  const outer = npEndingAt(toks, j - 2, lo);
  return outer && outer.type === 'description' ? { first: outer.first, last: j, type: 'description' } : null;
}

/**
 * "A leaked internal letter seen by Sky News says": the phrase after "seen/obtained … by" only
 * modifies; the subject is the noun phrase before the participle, the document.
 */
function documentSeenBy(toks: Token[], np: NP | null, lo: number): NP | null {
  if (!np || np.type !== 'name') return np;
  const by = toks[np.first - 1];
  const participle = toks[np.first - 2];
  if (!isWord(by) || by.key !== 'by' || !isWord(participle) || !MODIFYING_PARTICIPLES.has(participle.key)) return np;
  const head = npEndingAt(toks, np.first - 3, lo);
  return head && head.type === 'description' ? { first: head.first, last: np.last, type: 'description' } : np;
}

/** The inverted subject after a verb: "said [Chicago Alderman Jason C. Ervin] on Tuesday". */
export function subjectAfter(toks: Token[], i: number): NP | null {
  const t = toks[i];
  if (!isWord(t)) return null;
  if (isPronoun(t)) return SPEAKER_PRONOUNS.get(t.key)!.relative ? null : { first: i, last: i, type: 'pronoun' };
  // "… told me, “…”": whom it was said to.
  if (OBJECT_PRONOUNS.has(t.key)) return null;
  if (TIME_WORDS.has(t.key) || (NP_STOPPERS.has(t.key) && !DETERMINERS.has(t.key))) return null;
  // "…,” said another.": an indefinite pronoun standing alone is the source.
  if (INDEFINITE_SOURCES.has(t.key) && !isWord(toks[i + 1])) return { first: i, last: i, type: 'description' };
  let k = i;
  let sawName = false;
  let sawNoun = false;
  while (k < toks.length && k < i + MAX_INVERTED_SUBJECT_TOKENS) {
    const x = toks[k]!;
    if (!isWord(x)) {
      if (isPunct(x, '-') || (isPunct(x, '.') && false)) { k++; continue; }
      break;
    }
    if (k > i && (NP_STOPPERS.has(x.key) || TIME_WORDS.has(x.key)) && !x.cap) break;
    // ("according to the report": a cue word right after a determiner is a noun.)
    if (CUE_VERBS.has(x.key) && !x.cap && k > i && !(isWord(toks[k - 1]) && DETERMINERS.has(toks[k - 1]!.key))) break;
    if (isNameWord(x)) sawName = true;
    else if (CUE_VERBS.has(x.key) && !x.cap) sawNoun = true;
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


/**
 * Nearest sentence subject: the first pronoun or name (or description) followed by a verb-like
 * word. With `descriptions`, a description opening the sentence and followed by a verb counts too
 * ("The former candidate continued, saying, …").
 */
export function sentenceSubject(toks: Token[], hi: number, descriptions = false): NP | null {
  // "Asked whether Clinton would hold a press conference, he laughed and said": an opening
  // subordinate clause has its own subject; the sentence's is the first one after the clause's comma.
  const main = mainClauseStart(toks, hi);
  if (main > 0) {
    const np = subjectFrom(toks, main, hi, false);
    if (np && np.first === main) return np;
  }
  const opened = afterOpeningPhrase(toks, hi);
  if (opened) return opened;
  return subjectFrom(toks, 0, hi, descriptions);
}

/**
 * "In a Fox interview later that day, Trump went further", "In the hours after the attack in San
 * Bernardino, Calif., a familiar voice celebrated": after an opening prepositional phrase
 * (tables/words.ts OPENING_PREPOSITIONS) the subject is the first noun phrase after one of its
 * commas that a verb follows, not a name inside the phrase.
 */
function afterOpeningPhrase(toks: Token[], hi: number): NP | null {
  const first = toks[0];
  if (!isWord(first) || !OPENING_PREPOSITIONS.has(first.key)) return null;
  for (let i = 1; i < hi - 1; i++) {
    const t = toks[i]!;
    if (t.kind === 'quote' || isPunct(t, ';:')) return null;
    if (!isPunct(t, ',')) continue;
    const start = i + 1;
    const np = subjectFrom(toks, start, hi, false) ?? null;
    if (np && np.first === start && looksLikeVerbAfter(toks, np.last + 1)) return np;
    const desc = descriptionAt(toks, start, hi);
    if (desc) return desc;
  }
  return null;
}

/** A description opening at `start` ("a familiar voice") that a verb follows. */
function descriptionAt(toks: Token[], start: number, hi: number): NP | null {
  const first = toks[start];
  if (!isWord(first) || !DETERMINERS.has(first.key) || POSSESSIVE_WORDS.has(first.key)) return null;
  for (let j = start + 1; j < hi && j <= start + MAX_DESCRIPTION_WORDS + 1; j++) {
    if (!isWord(toks[j])) return null;
    if (!looksLikeVerbAfter(toks, j + 1)) continue;
    const np = npEndingAt(toks, j, start);
    return np && np.first === start && np.type === 'description' ? np : null;
  }
  return null;
}

/** After an opening subordinate clause ("When …,", "Asked …,"; tables/words.ts), the index of the main clause's first word, else 0. */
function mainClauseStart(toks: Token[], hi: number): number {
  const first = toks[0];
  if (!isWord(first) || !SUBORDINATE_OPENERS.has(first.key)) return 0;
  for (let i = 1; i < hi; i++) {
    const t = toks[i]!;
    if (t.kind === 'quote' || isPunct(t, ';:')) return 0;
    if (isPunct(t, ',')) return i + 1 < hi ? i + 1 : 0;
  }
  return 0;
}

function subjectFrom(toks: Token[], lo: number, hi: number, descriptions: boolean): NP | null {
  let firstAny: NP | null = null;
  if (descriptions) {
    const opening = openingDescription(toks, hi);
    if (opening) return opening;
  }
  for (let i = lo; i < hi; i++) {
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
      // "Health checks showed …": a capitalised word before a plural noun and a verb modifies the noun.
      const noun = toks[i + 1];
      if (noun && isNounish(noun) && /[^s]s$/.test(noun.key) && !isCue(noun) && looksLikeVerbAfter(toks, i + 2)) {
        const desc = npEndingAt(toks, i + 1, 0);
        if (desc && desc.type === 'description') return desc;
      }
      const np = npEndingAt(toks, i, 0);
      if (!np) continue;
      // "treating Mrs. Clinton's remark as …": the possessor of a speech noun is no subject (the
      // noun is no verb). ("Ryan’s campaign shrugged" keeps the possessor: it overlaps the subject.)
      if (/['’]s?$/.test(t.text) && isWord(toks[i + 1]) && SPEECH_NOUNS.has(toks[i + 1]!.key)) continue;
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

/** "The former Republican presidential candidate continued": a description from the sentence's first word, followed by a verb. */
function openingDescription(toks: Token[], hi: number): NP | null {
  const first = toks[0];
  if (!isWord(first) || !DETERMINERS.has(first.key) || POSSESSIVE_WORDS.has(first.key)) return null;
  for (let j = 1; j < hi && j <= MAX_DESCRIPTION_WORDS + 1; j++) {
    if (!isWord(toks[j])) return null;
    if (!looksLikeVerbAfter(toks, j + 1)) continue;
    const np = npEndingAt(toks, j, 0);
    return np && np.first === 0 && np.type === 'description' ? np : null;
  }
  return null;
}

/** The word after position i (past an appositive) looks like a verb: the phrase before is a subject. */
export function looksLikeVerbAfter(toks: Token[], i: number): boolean {
  let j = i;
  if (isPunct(toks[j], ',')) {
    // skip an appositive (", a spokesman for …,"), but not a new clause (", Trump went …")
    const first = toks[j + 1];
    if (!isWord(first) || (first.cap && !DETERMINERS.has(first.key) && !TITLES.has(first.key) && !possessiveAppositive(toks, j + 1))) return false;
    let k = j + 1;
    while (k < toks.length && k < j + MAX_APPOSITIVE_BEFORE_VERB && !isPunct(toks[k], ',')) k++;
    if (isPunct(toks[k], ',')) j = k + 1;
    else return false;
  }
  const t = toks[j];
  if (!isWord(t) || t.cap) return false;
  if (CUE_VERBS.has(t.key) || BETWEEN_SUBJECT_AND_VERB.has(t.key)) return true;
  return COMMON_VERBS.has(t.key) || (/(ed|es)$/.test(t.key) && !NP_STOPPERS.has(t.key));
}

/**
 * ", New Jersey’s sitting governor,": an appositive may open with a capitalised possessor (a place,
 * an organisation) when a lower-case noun follows it; ", Trump went" (a new clause) has none.
 */
function possessiveAppositive(toks: Token[], i: number): boolean {
  let k = i;
  while (isNameWord(toks[k]) && !/['’]s?$/.test(toks[k]!.text) && k < i + MAX_APPOSITIVE_BEFORE_VERB) k++;
  const owner = toks[k];
  const next = toks[k + 1];
  return isWord(owner) && owner.cap && /['’]s$/.test(owner.text) && isWord(next) && !next.cap;
}

/** Where a time phrase (tables/words.ts TIME_PHRASES, "… ago") ending at token j starts, or -1. */
function timePhraseStart(toks: Token[], j: number, lo: number): number {
  const t = toks[j];
  if (!isWord(t)) return -1;
  if (t.key === 'ago') {
    let k = j - 1;
    while (k >= lo && isWord(toks[k]) && (AGO_PHRASE_WORDS.has(toks[k]!.key) || NUMBER_WORDS.has(toks[k]!.key) || /^\d+$/.test(toks[k]!.key))) k--;
    return k < j - 1 ? k + 1 : -1;
  }
  for (const phrase of TIME_PHRASES) {
    const first = j - phrase.length + 1;
    if (first < lo) continue;
    if (phrase.every((w, n) => isWord(toks[first + n]) && toks[first + n]!.key === w)) return first;
  }
  return -1;
}

/** The text offsets a noun phrase covers. */
export function span(toks: Token[], np: NP): Span {
  return { start: toks[np.first]!.start, end: toks[np.last]!.end };
}
