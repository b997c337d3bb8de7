// Stage 7, resolve-speakers: turn each attribution's mention into a speaker: names are
// clustered into people ("President Barack Obama", "Obama", "Mr. Obama" are one), titles
// ("the President") go to whoever holds them in the article, pronouns to the nearest
// preceding person of the right gender, preferring people who speak or act in the text.
import type { ClassifiedText } from './classify.ts';
import { cueAt, isNameGlue, isNameWord, isPunct, isWord, looksLikeVerbAfter } from './noun-phrases.ts';
import { createMemo } from './memo.ts';
import { descriptionResolver } from './resolvers/description.ts';
import { nameResolver } from './resolvers/name.ts';
import { organisationResolver } from './resolvers/organisation.ts';
import { pronounResolver } from './resolvers/pronoun.ts';
import { relativeResolver } from './resolvers/relative.ts';
import type { Entity, NameMention, Resolution, Resolver, ResolverContext } from './resolvers/resolver.ts';
import { titleResolver } from './resolvers/title.ts';
import { vetSpeaker } from './resolvers/vet-speaker.ts';
import { transcriptLabelResolver } from './resolvers/transcript-label.ts';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './tables/first-names.ts';
import { MAX_APPOSITIVE_BEFORE_VERB, MAX_WORDS_BETWEEN_SUBJECT_AND_VERB, NEAR_SPELLING_LONG_LENGTH, NEAR_SPELLING_MIN_LENGTH } from './tables/limits.ts';
import { NAME_PARTICLES } from './tables/name-particles.ts';
import { CLAUSE_SUBJECT_PRONOUNS, SPEAKER_PRONOUNS, type Gender } from './tables/pronouns.ts';
import { GENDERED_NOUNS, TITLES } from './tables/titles.ts';
import { BETWEEN_SUBJECT_AND_VERB, CLAUSE_BREAKS, RELATIVE_WORDS, COMMON_VERBS, GROUP_NAME, NAME_LINKS, NP_STOPPERS, ORGANISATION_WORDS, PLACE_WORDS, TIME_WORDS } from './tables/words.ts';
import type { Token } from './tokenize.ts';
import type { MentionType } from './noun-phrases.ts';
import type { Attribution } from './sieves/sieve.ts';
import type { Span } from './types.ts';

// (A regex with \p is a module constant: esbuild, as tsx and the worker bundle run it (target node20),
// turns a \p escape outside a class into a `new RegExp` evaluated at every use: one per call.)
const COMBINING_MARKS = /\p{M}/gu;
const PLAIN_CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/** The classified text with entities and a resolution per candidate. */
export interface ResolvedText extends ClassifiedText {
  entities: Entity[];
  names: NameMention[];
  resolutions: Resolution[];
}

/** The resolver steps, in order: the first that applies names (or refuses to name) the speaker. */
export const RESOLVERS: readonly Resolver[] = [
  relativeResolver,
  pronounResolver,
  titleResolver,
  organisationResolver,
  nameResolver,
  transcriptLabelResolver,
  descriptionResolver,
];

// /['’]s?$/.test(w) without the regex (read for every word of every name run): the last
// character is an apostrophe, or an "s" after one.
function endsPossessive(w: string): boolean {
  const n = w.length;
  let c = w.charCodeAt(n - 1);
  if (c === 115) c = w.charCodeAt(n - 2);
  return c === 39 || c === 8217;
}

const stripPossessive = (w: string): string => (endsPossessive(w) ? w.replace(/['’]s?$/, '') : w);

/** A cue verb used as a verb at i, past an appositive between commas and adverbs or time words. */
function speechVerbAfter(toks: Token[], i: number): boolean {
  let k = i;
  if (isPunct(toks[k], ',')) {
    let c = k + 1;
    while (c < toks.length && c <= k + MAX_APPOSITIVE_BEFORE_VERB && !isPunct(toks[c], ',') && toks[c]!.kind === 'word') c++;
    if (!isPunct(toks[c], ',') || c === k + 1) return false;
    k = c + 1;
  }
  // ("on Tuesday told": a day may be capitalised; "told" is itself a between-word of "has told".)
  for (let guard = 0; guard < MAX_WORDS_BETWEEN_SUBJECT_AND_VERB && isWord(toks[k]) && !cueAt(toks, k) && (BETWEEN_SUBJECT_AND_VERB.has(toks[k]!.key) || TIME_WORDS.has(toks[k]!.key)); guard++) k++;
  return cueAt(toks, k);
}

/** Finds the names of the article and clusters them into entities. */
function collectNames(doc: ClassifiedText, mentionStarts: Set<number>): { entities: Entity[]; names: NameMention[]; holders: Map<string, { entity: number; at: number }[]> } {
  const entities: Entity[] = [];
  const names: NameMention[] = [];
  const holders = new Map<string, { entity: number; at: number }[]>();
  const lastSeen: number[] = [];
  const seenCount: number[] = [];
  const index: EntityIndex = { byWord: new Map(), byName: new Map(), byEnds: new Map(), byLastLoose: new Map() };
  doc.sentences.forEach((sent, si) => {
    const toks = sent.tokens;
    for (let i = 0; i < toks.length; i++) {
      if (!isNameWord(toks[i])) continue;
      let j = i;
      // A possessive ends a name: "Trump's Special Presidential Envoy Brett McGurk" is two names.
      for (;;) {
        while (j + 1 < toks.length && !endsPossessive(toks[j]!.text) && (isNameWord(toks[j + 1]) || (isNameGlue(toks[j + 1]) && isNameWord(toks[j + 2])))) j++;
        // "Church of Scientology", "University of California", "Department of Justice": an organisation
        // word keeps the "of" phrase that names which one (not "Mayor of London", a title).
        if (!(ORGANISATION_WORDS.has(toks[j]!.key) && toks[j + 1]?.key === 'of' && isNameWord(toks[j + 2]))) break;
        j += 2;
      }
      const run = toks.slice(i, j + 1);
      const titles: string[] = [];
      // Everything up to the last title is description: "Chicago Alderman Jason C. Ervin" → "Jason C. Ervin".
      let k = 0;
      // Organisations keep their words ("State Department" is not "Department" with a title).
      const orgRun = personStart(run, 0) > 0 ? false : ORGANISATION_WORDS.has(run[run.length - 1]!.key)
        || (someKey(run, 0, run.length, ORGANISATION_WORDS) && !someRoleTitle(run, 0, run.length - 1));
      for (let m = run.length - 2; m >= 0 && !orgRun; m--) {
        if (TITLES.has(run[m]!.key)) { k = m + 1; break; }
      }
      // "Refugee Council Enver Solomon", "Washington Chris Gregoire": place and organisation words
      // before a person's name describe the person; the name starts at the first name.
      const personAt = personStart(run, k);
      const described = personAt > k;
      k = personAt;
      for (let m = 0; m < k; m++) if (TITLES.has(run[m]!.key)) titles.push(run[m]!.key);
      // Initials and suffixes keep their dot ("C.", "Jr."): they are written so.
      // (Most words end in no period: no regex for them.)
      // (Both read in one loop over the run, without the two slices and maps.)
      const core: string[] = [];
      const lowerWords: string[] = [];
      for (let m = k; m < run.length; m++) {
        core.push(coreWord(run[m]!));
        lowerWords.push(run[m]!.key);
      }
      const coreName = core.join(' ');
      const possessiveEnd = endsPossessive(run[run.length - 1]!.text);
      const start = run[k]!.start;
      const end = run[run.length - 1]!.end;
      const next = toks[j + 1];
      // "Bill de Blasio": a first name that is also an organisation word ("bill") starts a person's name.
      let orgWord = false;
      for (let w = 0; w < lowerWords.length && !orgWord; w++) orgWord = ORGANISATION_WORDS.has(lowerWords[w]!) && !(w === 0 && lowerWords.length > 1 && isFirstName(run[k]!));
      const org = (core.length === 1 && GROUP_NAME.test(lowerWords[0]!)) || orgWord || (i > 0 && toks[i - 1]!.key === 'the' && titles.length === 0 && !described);
      // "the Trump campaign": a name used as a modifier is not the person acting.
      const modifier = next !== undefined && next.kind === 'word' && !next.cap && !looksLikeVerbAfter(toks, j + 1) && !possessiveEnd && /^[a-z]+$/.test(next.text) && !NAME_LINKS.has(next.key);
      let titleGender: Gender = 'u';
      for (const t of titles) if (TITLES.get(t)!.gender !== 'u') titleGender = TITLES.get(t)!.gender;
      const e = matchEntity(entities, core, coreName, lastSeen, org, index, titleGender, seenCount);
      let gender: Gender = 'u';
      for (const t of titles) gender = TITLES.get(t)!.gender !== 'u' ? TITLES.get(t)!.gender : gender;
      if (gender === 'u' && core.length >= 2) gender = firstNameGender(core[0]!);
      // A lone first name ("Gloria") tells the gender too, unless it is a known surname here.
      if (gender === 'u' && core.length === 1 && e < 0) gender = firstNameGender(core[0]!);
      const titled = titles.some((t) => TITLES.get(t)!.role !== '');
      const entity = e >= 0 ? e : entities.push({ canonical: coreName, words: core, gender, org, person: false }) - 1;
      const ent = entities[entity]!;
      if (e < 0) indexEntity(index, entity, core);
      if (coreName.length > ent.canonical.length && !org) {
        ent.canonical = coreName;
        ent.words = core;
        indexEntity(index, entity, core);
      }
      if (ent.gender === 'u') ent.gender = gender;
      // Places and acronyms ("PBS", "FBI") are not people.
      const place = lowerWords.every((w) => PLACE_WORDS.has(w)) || run.every((t) => /^[A-Z&.\u2024-]{2,6}$/.test(t.text.replace(/['’]s$/, '')));
      if (place) ent.org = true;
      if (place && lowerWords.every((w) => PLACE_WORDS.has(w))) ent.place = true;
      if (!org && !place && (titled || ent.gender !== 'u' || mentionStarts.has(start) || mentionStarts.has(run[0]!.start))) ent.person = true;
      // "Baslan Damang, a security official …, on Tuesday told …": the subject of a speech verb is a
      // person whom a later "he" or "she" may stand for (never a name inside the sentence: "Doug Miller of Milltech Marine, …, told").
      // Only a name opening its sentence ("… of The Globe and Mail dubbed" is not Mail speaking).
      if (!org && !place && !ent.person && i === 0 && speechVerbAfter(toks, j + 1)) ent.person = true;
      // A gendered noun right before the name ("spokeswoman Sujata Raisinghani", "actress …") tells the
      // gender, and that it is a person.
      const before = GENDERED_NOUNS.get(toks[i - 1]?.key ?? '');
      if (before && !org && toks[i - 1]!.kind === 'word' && !toks[i - 1]!.cap) {
        if (ent.gender === 'u') ent.gender = before;
        ent.person = true;
      }
      // An appositive such as ", a spokeswoman for …," tells the gender.
      if (ent.gender === 'u' && next?.text === ',') {
        for (let a = j + 2; a < Math.min(toks.length, j + 6); a++) {
          const g = GENDERED_NOUNS.get(toks[a]!.key);
          if (g) { ent.gender = g; break; }
        }
      }
      // "Kiara Perkins, a student, admitted she was …", "Smith said that he …": the subject's own
      // pronoun right after its verb tells the gender.
      if (ent.gender === 'u' && !org && !place) ent.gender = ownPronounGender(toks, j + 1);
      lastSeen[entity] = start;
      seenCount[entity] = (seenCount[entity] ?? 0) + 1;
      for (const t of titles) {
        const role = TITLES.get(t)!.role;
        if (!role) continue;
        const list = holders.get(role) ?? [];
        list.push({ entity, at: start });
        holders.set(role, list);
      }
      // "Comey's repeated claims": a possessive name modifies a noun; it is not the one acting.
      // "Crown Prince Mohammad bin Salman of Saudi Arabia accepted …": the subject acts past the
      // place or body named after "of"/"from".
      let verbAt = j + 1;
      if (isWord(toks[verbAt]) && (toks[verbAt]!.key === 'of' || toks[verbAt]!.key === 'from') && isNameWord(toks[verbAt + 1])) {
        verbAt++;
        while (isNameWord(toks[verbAt]) || (isNameGlue(toks[verbAt]) && isNameWord(toks[verbAt + 1]))) verbAt++;
      }
      // "Obama met Vladimir Putin on Monday": a name right after a verb is its object, even when a
      // word that may follow a subject ("on", "to") comes next.
      const prev = toks[i - 1];
      const object = isWord(prev) && !prev.cap && (COMMON_VERBS.has(prev.key) || /ed$/.test(prev.key)) && !NP_STOPPERS.has(prev.key) && !cueAt(toks, i - 1);
      const salient = !modifier && !object && (!possessiveEnd || mentionStarts.has(start) || mentionStarts.has(run[0]!.start)) && (mentionStarts.has(start) || mentionStarts.has(run[0]!.start) || looksLikeVerbAfter(toks, j + 1) || (verbAt > j + 1 && looksLikeVerbAfter(toks, verbAt)));
      // A capitalised word seen only where every word is capitalised (a sentence's start) may be no name.
      if (i > 0 && toks[i - 1]!.kind !== 'quote' && !isPunct(toks[i - 1], ':—–-(')) ent.midSentence = true;
      names.push({ start, end, entity, para: sent.para, sentence: si, salient: salient && !ent.org });
      i = j;
    }
  });
  return { entities, names, holders };
}

// A name word as a name keeps it: possessive removed; a final period too, except on an initial or
// a suffix ("C.", "Jr."), which are written so. (Most words end in no period: no regex for them.)
function coreWord(t: Token): string {
  const w = t.text;
  return stripPossessive(w.endsWith('.') ? w.replace(/\.$/, (m) => (w.length <= 2 || /^(?:Jr|Sr)\.$/.test(w) ? m : '')) : w);
}

// run[from, to) has a token whose key is in the set (run.slice(from, to).some(…) without the copy).
function someKey(run: Token[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let m = from; m < to; m++) if (set.has(run[m]!.key)) return true;
  return false;
}

// run[from, to) has a title with a role ("Senator", not "Republican").
function someRoleTitle(run: Token[], from: number, to: number): boolean {
  for (let m = from; m < to; m++) {
    const title = TITLES.get(run[m]!.key);
    if (title && title.role !== '') return true;
  }
  return false;
}

const bare = (t: Token): string => stripPossessive(t.key);
const isFirstName = (t: Token): boolean => {
  const w = bare(t);
  return (MALE_FIRST_NAMES.has(w) || FEMALE_FIRST_NAMES.has(w)) && !PLACE_WORDS.has(w);
};
const isDescriptorWord = (t: Token): boolean => ORGANISATION_WORDS.has(bare(t)) || PLACE_WORDS.has(bare(t)) || TITLES.has(t.key);

/**
 * Where a person's name starts inside a capitalised run, from index k: at the first name when one
 * stands after other words ("United Nations Nikki Haley" → 3), else after the last organisation
 * or place word when two or three name words follow it ("Refugee Council Enver Solomon"). A run
 * that ends with an organisation word ("Doris Day Animal Foundation") is an organisation: k.
 */
export function personStart(run: Token[], k: number): number {
  const n = run.length;
  if (n - k < 3 || ORGANISATION_WORDS.has(bare(run[n - 1]!))) return k;
  for (let m = n - 2; m > k; m--) {
    if (!isFirstName(run[m]!)) continue;
    // "Mary Ann Smith": a first name before the first name belongs to the name too.
    let s = m;
    while (s - 1 >= k && isFirstName(run[s - 1]!) && !isDescriptorWord(run[s - 1]!)) s--;
    // Only words that describe make a descriptor ("Billie Jean King", "Cornell William Brooks" are
    // one name): an organisation, a place, a title, or a possessive ("Breitbart's Joel Pollak").
    return run.slice(k, s).some((t) => isDescriptorWord(t) || endsPossessive(t.text)) ? s : k;
  }
  for (let m = n - 3; m >= k; m--) {
    if (!isDescriptorWord(run[m]!) || TITLES.has(run[m]!.key) || isFirstName(run[m]!)) continue;
    const rest = run.slice(m + 1);
    // (A name starts with a capital: "Church of Scientology" is no church describing "of Scientology".)
    if (rest.length >= 2 && rest.length <= 3 && rest[0]!.cap && !rest.some(isDescriptorWord)) return m + 1;
    return k;
  }
  return k;
}

// Names compare without case or accents: "Erdogan's office" is Recep Tayyip Erdoğan's.
// Memoised: matchEntity folds every candidate's words for every mention (bounded, cleared when large).
const FOLDED = new Map<string, string>();
const fold = (w: string): string => {
  let f = FOLDED.get(w);
  if (f === undefined) {
    if (FOLDED.size > 20_000) FOLDED.clear();
    f = w.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
    FOLDED.set(w, f);
  }
  return f;
};

const startsWithFirstName = (words: string[]): boolean => {
  const w = fold(words[0] ?? '');
  return MALE_FIRST_NAMES.has(w) || FEMALE_FIRST_NAMES.has(w);
};

// The gender of "he"/"she" right after the verb that follows a name (past an appositive and "that").
function ownPronounGender(toks: Token[], i: number): Gender {
  let v = i;
  if (isPunct(toks[v], ',')) {
    let k = v + 1;
    while (k < toks.length && k < v + MAX_APPOSITIVE_BEFORE_VERB && !isPunct(toks[k], ',')) k++;
    if (!isPunct(toks[k], ',')) return 'u';
    v = k + 1;
  }
  const verb = toks[v];
  if (!isWord(verb) || verb.cap || !looksLikeVerbAfter(toks, v)) return 'u';
  let p = v + 1;
  if (isWord(toks[p]) && toks[p]!.key === 'that') p++;
  const pronoun = isWord(toks[p]) ? SPEAKER_PRONOUNS.get(toks[p]!.key) : undefined;
  return pronoun && !pronoun.plural && !pronoun.relative ? pronoun.gender : 'u';
}

function firstNameGender(first: string): Gender {
  // "François", "Agnès": the tables hold names without accents.
  const f = fold(first);
  if (MALE_FIRST_NAMES.has(f)) return 'm';
  if (FEMALE_FIRST_NAMES.has(f)) return 'f';
  return 'u';
}

/**
 * A short name ("Durbin", "De Blasio") whose words end a unique longer person's name in the same
 * article ("Dick Durbin", "Bill de Blasio"), named before or after it, takes that full name, so
 * the reader sees one speaker. Works on the entities collectNames has just built for this text.
 */
function completeSurnames(entities: Entity[]): void {
  const lower = (e: Entity): string[] => e.words.map(fold);
  // Longer names indexed by their last word keep this linear in the number of entities.
  const byLast = new Map<string, Entity[]>();
  for (const f of entities) {
    if (f.org || f.words.length < 2) continue;
    const last = fold(f.words[f.words.length - 1]!);
    const list = byLast.get(last) ?? [];
    list.push(f);
    byLast.set(last, list);
  }
  // Full names of people, for near spellings of a surname.
  // (Two or three plain capitalised words, no organisation, place or title word: "Lydia Buchtmann".)
  const fullNames = entities.filter((f) => !f.org && f.words.length >= 2 && f.words.length <= 3
    && f.words.every((w) => PLAIN_CAPITALISED.test(w) && !ORGANISATION_WORDS.has(fold(w)) && !PLACE_WORDS.has(fold(w)) && !TITLES.has(fold(w))));
  for (const e of entities) {
    const short = lower(e);
    // A surname, or a particle surname ("De Blasio"); "Hillary Clinton" is already a full name.
    if (!(short.length === 1 || (short.length === 2 && NAME_PARTICLES.has(short[0]!)))) continue;
    if (short.some((w) => ORGANISATION_WORDS.has(w) || PLACE_WORDS.has(w) || TITLES.has(w))) continue;
    const full = new Set<string>();
    let pick: Entity | undefined;
    for (const f of byLast.get(short[short.length - 1]!) ?? []) {
      if (f === e || f.org || f.words.length <= short.length) continue;
      const long = lower(f);
      // Only a person's full name: a first name first ("Dick Durbin"), or a short name known to be a
      // person; never a headline run such as "Black Lawmakers Rip Donald Trump".
      const personLike = MALE_FIRST_NAMES.has(long[0]!) || FEMALE_FIRST_NAMES.has(long[0]!)
        || (f.person && long.length <= 3 && !long.some((w) => ORGANISATION_WORDS.has(w) || PLACE_WORDS.has(w) || TITLES.has(w)));
      if (!personLike) continue;
      if (short.every((w, i) => long[long.length - short.length + i] === w)) {
        full.add(f.canonical);
        pick = f;
      }
    }
    // "Ms Bauchtman" for "Lydia Buchtmann", "Water" for "Kathryn Waters": a misspelt surname is the
    // one full name of the article whose surname is a near spelling of it (same first letter).
    if (!pick && short.length === 1 && !e.org && short[0]!.length >= NEAR_SPELLING_MIN_LENGTH) {
      const near = fullNames.filter((f) => f !== e && f.gender !== oppositeOf(e.gender) && nearSpelling(short[0]!, fold(f.words[f.words.length - 1]!)));
      if (near.length === 1) {
        pick = near[0];
        full.add(near[0]!.canonical);
      }
    }
    if (pick && full.size === 1) {
      e.canonical = pick.canonical;
      e.words = pick.words;
      if (e.gender === 'u') e.gender = pick.gender;
      e.person = e.person || pick.person;
      e.org = false;
    }
  }
}

const oppositeOf = (g: Gender): Gender | 'none' => (g === 'm' ? 'f' : g === 'f' ? 'm' : 'none');

/**
 * Two surnames that differ by a slip of the pen: the same first letter and an edit distance (with
 * transpositions) of at most 1, or 2 for names of NEAR_SPELLING_LONG_LENGTH letters or more.
 */
export function nearSpelling(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0]) return false;
  const max = Math.min(a.length, b.length) >= NEAR_SPELLING_LONG_LENGTH ? 2 : 1;
  if (Math.abs(a.length - b.length) > max) return false;
  // Optimal string alignment distance, rows of the dynamic programme.
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]! <= max;
}

/**
 * The entities a name may match, by what a match needs (matchEntity's tests), so that a name is
 * compared only with those and not with every entity sharing any of its words (a thousand
 * "… Smith"s). Entries are only added, under an entity's words each time they are set: a
 * look-up gives a superset of the matches, and matchEntity tests each candidate as before.
 */
interface EntityIndex {
  /** Every folded word an entity has had: a one-word name matches only entities holding it. */
  byWord: Map<string, Set<number>>;
  /** The folded canonical name: the same full name. */
  byName: Map<string, Set<number>>;
  /** First and last folded word, for names of two words or more ("Barack Obama" for "Barack H. Obama"). */
  byEnds: Map<string, Set<number>>;
  /** The last folded word, for one-word names and names opening with an initial ("Clinton", "J. Smith"). */
  byLastLoose: Map<string, Set<number>>;
}

// A first word that is an initial ("j." of "J. Smith"), folded.
const INITIAL = /^[a-z]\.?$/;

const addTo = (map: Map<string, Set<number>>, key: string, e: number): void => {
  const set = map.get(key);
  if (set) set.add(e);
  else map.set(key, new Set([e]));
};

function indexEntity(ix: EntityIndex, e: number, words: string[]): void {
  const folded = words.map(fold);
  for (const k of folded) addTo(ix.byWord, k, e);
  addTo(ix.byName, fold(words.join(' ')), e);
  const first = folded[0]!;
  const last = folded[folded.length - 1]!;
  if (folded.length >= 2) addTo(ix.byEnds, `${first} ${last}`, e);
  if (folded.length === 1 || INITIAL.test(first)) addTo(ix.byLastLoose, last, e);
}

// What matchEntity compares candidates by (one object per call instead of five named closures:
// tsx and the worker bundle keep function names, a defineProperty for every named closure made).
interface MatchQuery {
  entities: Entity[];
  core: string[];
  key: string;
  lastSeen: number[];
  org: boolean;
  gender: Gender;
  seenCount: number[];
}

// A person's name used as a modifier ("the Trump campaign") may have made an organisation of
// the same words: a person mention prefers the person.
function kindOf(m: MatchQuery, x: number): number {
  const ent = m.entities[x]!;
  return (ent.org === m.org ? 2 : 0) + (m.gender === 'u' || ent.gender === 'u' || ent.gender === m.gender ? 1 : 0);
}

// "Palin" is the Palin of "Sarah Palin", not of a headline run "Sarah Palin Unleashed";
// … and of "Donald Trump", a name opening with a first name, not of a headline "Debating Clinton".
function namedBy(m: MatchQuery, x: number): number {
  const words = m.entities[x]!.words;
  return (fold(words[words.length - 1]!) === m.key ? 2 : 0) + (startsWithFirstName(words) ? 1 : 0);
}

// "Mr. Trump" is not Ivanka Trump; a bare surname ("Sanders") is the bearer the article names
// most, not whoever was named last ("Jane Sanders" in a passing mention). A strict order.
function better(m: MatchQuery, x: number, y: number): boolean {
  const one = m.core.length === 1;
  return kindOf(m, x) !== kindOf(m, y) ? kindOf(m, x) > kindOf(m, y)
    : one && namedBy(m, x) !== namedBy(m, y) ? namedBy(m, x) > namedBy(m, y)
    : one && (m.seenCount[x] ?? 0) !== (m.seenCount[y] ?? 0) ? (m.seenCount[x] ?? 0) > (m.seenCount[y] ?? 0)
    // On a tie a bare surname is the person the article introduced first, its subject
    // ("Hillary Clinton's health", then "Bill Clinton" in passing).
    : one ? x < y
    : (m.lastSeen[x] ?? 0) > (m.lastSeen[y] ?? 0);
}

const addAll = (into: Set<number>, set: Set<number> | undefined): void => {
  if (set) for (const e of set) into.add(e);
};

/** The entity a name refers to: same full name, or a surname/first name of a known person. */
function matchEntity(entities: Entity[], core: string[], coreName: string, lastSeen: number[], org: boolean, index: EntityIndex, gender: Gender = 'u', seenCount: number[] = []): number {
  const key = fold(coreName);
  let best = -1;
  // Only entities that can pass a test below are candidates (EntityIndex): linear in the names.
  // (Which of several matches wins does not depend on their order: `better` is a strict order.)
  const candidates = new Set<number>();
  if (core.length === 1) addAll(candidates, index.byWord.get(key));
  else {
    addAll(candidates, index.byName.get(key));
    if (!org) {
      const last = fold(core[core.length - 1]!);
      addAll(candidates, index.byEnds.get(`${fold(core[0]!)} ${last}`));
      addAll(candidates, index.byLastLoose.get(last));
    }
  }
  const query: MatchQuery = { entities, core, key, lastSeen, org, gender, seenCount };
  for (const e of candidates) {
    const ent = entities[e]!;
    const words = foldedWords(ent);
    let hit = false;
    if (fold(ent.canonical) === key) hit = true;
    // "the Church" after "the Church of Scientology": the short form of an organisation's "of" name.
    else if (org && ent.org && core.length === 1 && words.length >= 3 && words[1] === 'of' && words[0] === key) hit = true;
    else if (!org && !ent.org && core.length === 1) hit = words.includes(fold(core[0]!));
    else if (!org && !ent.org && core.length >= 2 && words.length >= 1) {
      const last = fold(core[core.length - 1]!);
      const first = fold(core[0]!);
      // A surname used on its own several times before any full name may be either of two people
      // ("Clinton" before "Bill Clinton" and "Hillary Clinton"): completeSurnames joins it later if unique.
      hit = words[words.length - 1] === last && ((words.length === 1 && (seenCount[e] ?? 0) < 2) || words[0] === first || INITIAL.test(words[0]!));
    }
    if (hit && (best < 0 || better(query, e, best))) best = e;
  }
  return best;
}

// An entity's folded words, recomputed only when its words change (matchEntity reads them for every mention).
const FOLDED_WORDS = new WeakMap<string[], string[]>();
function foldedWords(ent: Entity): string[] {
  let f = FOLDED_WORDS.get(ent.words);
  if (!f) {
    f = ent.words.map(fold);
    FOLDED_WORDS.set(ent.words, f);
  }
  return f;
}

// { ...r } for a resolution that has no shown span yet, field by field (an object spread is slower).
const copyResolution = (r: Resolution): Resolution => ({ speaker: r.speaker, how: r.how, certainty: r.certainty, step: r.step });

// { ...a, mention, mentionType, antecedent } field by field, in the same order (an attribution has these eight fields only).
const withMention = (a: Attribution, mention: Span, mentionType: MentionType | null, antecedent: Span | null): Attribution & { mention: Span } => ({
  sieve: a.sieve, mention, mentionType, antecedent, cue: a.cue, from: a.from, partial: a.partial, confidence: a.confidence,
});

/** Resolves every candidate's mention to a speaker. */
export function resolveSpeakers(doc: ClassifiedText): ResolvedText {
  const mentionStarts = new Set<number>();
  for (const a of doc.attributions) if (a.mention && a.mentionType === 'name') mentionStarts.add(a.mention.start);
  const { entities, names, holders } = collectNames(doc, mentionStarts);
  completeSurnames(entities);
  const sentenceOf = (pos: number): number => {
    let lo = 0;
    let hi = doc.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const first = doc.sentences[mid]!.tokens[0];
      if (first && first.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // The resolver steps read only the mention, its type, the antecedent and the cue: quotations
  // that share them (a continuation inherits all four) share one resolution.
  // (An inherited attribution holds the very same span objects, so identity is the key.)
  const byMention = new Map<Span, { a: Attribution; r: Resolution }>();
  const resolutions = doc.candidates.map((_, i): Resolution => {
    const a = doc.attributions[i]!;
    if (!a.mention || !a.mentionType) return { speaker: null, how: '', certainty: 0, step: null };
    const known = byMention.get(a.mention);
    // (A copy field by field: the object spread was a tenth of this stage's time; no shown is set yet.)
    if (known && known.a.mentionType === a.mentionType && known.a.antecedent === a.antecedent && known.a.cue === a.cue) return copyResolution(known.r);
    const r = resolveOne(a, a.mention, a.mentionType, doc.candidates[i]!);
    byMention.set(a.mention, { a, r });
    return r;
  });
  resolutions.forEach((r, i) => {
    const a = doc.attributions[i]!;
    // A continuation shows what the quotation it continues shows.
    if (a.from >= 0) {
      const from = resolutions[a.from];
      if (from?.shown && r.speaker && from.speaker?.id === r.speaker.id && doc.attributions[a.from]!.mention === a.mention) r.shown = from.shown;
      return;
    }
    const shown = clauseMention(i, a, r);
    if (shown) r.shown = shown;
  });
  // (Fields named, not spread: one hidden class for every article, as in segment.ts.)
  return {
    text: doc.text, masked: doc.masked, paragraphs: doc.paragraphs, candidates: doc.candidates, warnings: doc.warnings,
    sentences: doc.sentences, quoteAt: doc.quoteAt, paraFirstSentence: doc.paraFirstSentence, attributions: doc.attributions,
    verdicts: doc.verdicts, entities, names, resolutions,
  };

  /**
   * "Stevens says, but she cautions that she sees “…”", "Trump tweaked his promise when he
   * announced his running mate, calling Pence “…”": a subject pronoun between the attribution's
   * mention and the quotation, in the quotation's sentence, that itself resolves to the same
   * person is the mention of the quotation's own clause: the words a reader sees outlined. The
   * speaker, the cue and the confidence stay those of the attribution.
   */
  function clauseMention(i: number, a: Attribution, r: Resolution): Span | undefined {
    if (!a.mention || !r.speaker || r.speaker.type !== 'person') return undefined;
    const quote = doc.candidates[i]!;
    const at = doc.quoteAt[i]!;
    const toks = doc.sentences[at.sentence]?.tokens;
    if (!toks || a.mention.end > quote.start) return undefined;
    // What a cue verb reports ("says he would …", "did say he found …") is no clause of its own
    // until a clause break (";", "but", "although", …) or a quotation ends it.
    // The first such subject after the mention: the clause the quotation's words belong to.
    let found = -1;
    let reporting = false;
    for (let k = 0; k < at.token && found < 0; k++) {
      const t = toks[k]!;
      if (t.start < a.mention.end) continue;
      // (A quotation introduced by "," or ":" ends the clause; a title after "told ABC's" does not.)
      if ((t.kind === 'quote' && isPunct(toks[k - 1], ',:')) || isPunct(t, ';') || (isWord(t) && CLAUSE_BREAKS.has(t.key))) reporting = false;
      else if (isWord(t) && CLAUSE_SUBJECT_PRONOUNS.has(t.key) && !reporting && looksLikeVerbAfter(toks, k + 1) && !(isWord(toks[k - 1]) && RELATIVE_WORDS.has(toks[k - 1]!.key))) found = k;
      else if (cueAt(toks, k)) reporting = true;
    }
    if (found < 0) return undefined;
    const span: Span = { start: toks[found]!.start, end: toks[found]!.end };
    // (Probing must not teach an entity a gender, as a real resolution does.)
    const genders = entities.map((e) => e.gender);
    const probe = resolveOne(withMention(a, span, 'pronoun', null), span, 'pronoun', quote);
    entities.forEach((e, x) => { e.gender = genders[x]!; });
    return probe.speaker?.id === r.speaker.id ? span : undefined;
  }

  function resolveOne(a: Attribution, mention: Span, mentionType: MentionType, quote: Span): Resolution {
    const target = mentionType === 'relative' && a.antecedent ? a.antecedent : mention;
    const ctx: ResolverContext = {
      doc, a: withMention(a, mention, a.mentionType, a.antecedent), entities, names, holders, sentenceOf, quote,
      words: doc.text.slice(mention.start, mention.end),
      target,
      targetWords: doc.text.slice(target.start, target.end),
      phrase: mentionType === 'relative' ? 'name-or-description' : mentionType,
      memo: createMemo(),
    };
    for (const r of RESOLVERS) {
      const found = r.apply(ctx);
      if (!found) continue;
      // (Fields copied by name: a spread of the vetted object was most of this function's own time.)
      const vetted = vetSpeaker(ctx, found, entities);
      return { speaker: vetted.speaker, how: vetted.how, certainty: vetted.certainty, step: r.name };
    }
    return { speaker: null, how: '', certainty: 0, step: null };
  }
}
