// Stage 7, resolve-speakers: turn each attribution's mention into a speaker: names are
// clustered into people ("President Barack Obama", "Obama", "Mr. Obama" are one), titles
// ("the President") go to whoever holds them in the article, pronouns to the nearest
// preceding person of the right gender, preferring people who speak or act in the text.
import { speakerId } from '../common/slug.ts';
import type { ClassifiedText } from './classify.ts';
import { isNameGlue, isNameWord, isPronoun, looksLikeVerbAfter } from './attribute.ts';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './tables/first-names.ts';
import { SPEAKER_PRONOUNS, type Gender } from './tables/pronouns.ts';
import { GENDERED_NOUNS, ROLE_NOUNS, TITLES } from './tables/titles.ts';
import { DEMONYM, ORGANISATION_WORDS, PLACE_WORDS } from './tables/words.ts';
import type { Token } from './tokenize.ts';
import type { Span, Speaker } from './types.ts';

/** A person or organisation named in the article. */
export interface Entity {
  canonical: string;
  words: string[];
  gender: Gender;
  org: boolean;
  /** Something marks it as a person: a title, a known first name, a gendered appositive, or it speaks. */
  person: boolean;
}

/** One place where an entity is named, outside quotations. */
export interface NameMention extends Span {
  entity: number;
  para: number;
  sentence: number;
  /** Acts as a subject (followed by a verb) or is the mention of an attribution. */
  salient: boolean;
}

/** The speaker of one candidate and how it was resolved. */
export interface Resolution {
  speaker: Speaker | null;
  /** How the mention became this speaker ("he → Barack Obama, named in the previous paragraph"). */
  how: string;
  /** 0–1: how sure the mention → speaker step is. */
  certainty: number;
}

/** The classified text with entities and a resolution per candidate. */
export interface ResolvedText extends ClassifiedText {
  entities: Entity[];
  names: NameMention[];
  resolutions: Resolution[];
}

// Ids of names already seen: an article repeats the same few names many times.
const ID_CACHE = new Map<string, string>();

/** The id of a speaker (the shared speakerId), memoised: stable across articles, unique for any script. */
export function slug(name: string): string {
  const cached = ID_CACHE.get(name);
  if (cached !== undefined) return cached;
  const id = speakerId(name);
  if (ID_CACHE.size > 10_000) ID_CACHE.clear(); // bounded: a long build never grows it without limit
  ID_CACHE.set(name, id);
  return id;
}

// Plural group names ("Democrats", "Americans") are never the "he" or "she" of a sentence.
const GROUP = /^(?:\p{L}+(?:icans|crats|ians|ists|ites)|voters|liberals|conservatives|progressives|muslims|christians|jews|latinos|hispanics|independents|evangelicals|millennials|catholics|blacks|whites|israelis|russians|chinese|germans|mexicans)$/u;

// Possessive determiners stand for the same person as their subject pronoun ("his claim" → he).
const POSSESSIVE_TO_SUBJECT: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it', my: 'i', our: 'we', your: 'you' };

const stripPossessive = (w: string): string => w.replace(/['’]s?$/, '');

/** Finds the names of the article and clusters them into entities. */
function collectNames(doc: ClassifiedText, mentionStarts: Set<number>): { entities: Entity[]; names: NameMention[]; holders: Map<string, { entity: number; at: number }[]> } {
  const entities: Entity[] = [];
  const names: NameMention[] = [];
  const holders = new Map<string, { entity: number; at: number }[]>();
  const lastSeen: number[] = [];
  const seenCount: number[] = [];
  const byWord = new Map<string, Set<number>>();
  const index = (e: number, words: string[]): void => {
    for (const w of words) {
      const k = fold(w);
      const set = byWord.get(k) ?? new Set<number>();
      set.add(e);
      byWord.set(k, set);
    }
  };
  doc.sentences.forEach((sent, si) => {
    const toks = sent.tokens;
    for (let i = 0; i < toks.length; i++) {
      if (!isNameWord(toks[i])) continue;
      let j = i;
      // A possessive ends a name: "Trump's Special Presidential Envoy Brett McGurk" is two names.
      while (j + 1 < toks.length && !/['’]s?$/.test(toks[j]!.text) && (isNameWord(toks[j + 1]) || (isNameGlue(toks[j + 1]) && isNameWord(toks[j + 2])))) j++;
      const run = toks.slice(i, j + 1);
      const titles: string[] = [];
      // Everything up to the last title is description: "Chicago Alderman Jason C. Ervin" → "Jason C. Ervin".
      let k = 0;
      // Organisations keep their words ("State Department" is not "Department" with a title).
      const orgRun = personStart(run, 0) > 0 ? false : ORGANISATION_WORDS.has(run[run.length - 1]!.key)
        || (run.some((t) => ORGANISATION_WORDS.has(t.key)) && !run.slice(0, -1).some((t) => TITLES.has(t.key) && TITLES.get(t.key)!.role !== ''));
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
      const core = run.slice(k).map((t) => stripPossessive(t.text.replace(/\.$/, (m) => (t.text.length <= 2 || /^(?:Jr|Sr)\.$/.test(t.text) ? m : ''))));
      const possessiveEnd = /['’]s?$/.test(run[run.length - 1]!.text);
      const start = run[k]!.start;
      const end = run[run.length - 1]!.end;
      const next = toks[j + 1];
      const lowerWords = run.slice(k).map((t) => t.key);
      // "Bill de Blasio": a first name that is also an organisation word ("bill") starts a person's name.
      const orgWord = (w: string, idx: number): boolean => ORGANISATION_WORDS.has(w) && !(idx === 0 && lowerWords.length > 1 && isFirstName(run[k]!));
      const org = (core.length === 1 && GROUP.test(lowerWords[0]!)) || lowerWords.some(orgWord) || (i > 0 && toks[i - 1]!.key === 'the' && titles.length === 0 && !described);
      // "the Trump campaign": a name used as a modifier is not the person acting.
      const modifier = next !== undefined && next.kind === 'word' && !next.cap && !looksLikeVerbAfter(toks, j + 1) && !possessiveEnd && /^[a-z]+$/.test(next.text) && !['and', 'or', 'who', 'of', 'in', 'on', 'at', 'for', 'to', 'with', 'from', 'as', 'by'].includes(next.key);
      let titleGender: Gender = 'u';
      for (const t of titles) if (TITLES.get(t)!.gender !== 'u') titleGender = TITLES.get(t)!.gender;
      const e = matchEntity(entities, core, lastSeen, org, byWord, titleGender, seenCount);
      let gender: Gender = 'u';
      for (const t of titles) gender = TITLES.get(t)!.gender !== 'u' ? TITLES.get(t)!.gender : gender;
      if (gender === 'u' && core.length >= 2) gender = firstNameGender(core[0]!);
      // A lone first name ("Gloria") tells the gender too, unless it is a known surname here.
      if (gender === 'u' && core.length === 1 && e < 0) gender = firstNameGender(core[0]!);
      const titled = titles.some((t) => TITLES.get(t)!.role !== '');
      const entity = e >= 0 ? e : entities.push({ canonical: core.join(' '), words: core, gender, org, person: false }) - 1;
      const ent = entities[entity]!;
      if (e < 0) index(entity, core);
      if (core.join(' ').length > ent.canonical.length && !org) {
        ent.canonical = core.join(' ');
        ent.words = core;
        index(entity, core);
      }
      if (ent.gender === 'u') ent.gender = gender;
      // Places and acronyms ("PBS", "FBI") are not people.
      const place = lowerWords.every((w) => PLACE_WORDS.has(w)) || run.every((t) => /^[A-Z&.\u2024-]{2,6}$/.test(t.text.replace(/['’]s$/, '')));
      if (place) ent.org = true;
      if (!org && !place && (titled || ent.gender !== 'u' || mentionStarts.has(start) || mentionStarts.has(run[0]!.start))) ent.person = true;
      // An appositive such as ", a spokeswoman for …," tells the gender.
      if (ent.gender === 'u' && next?.text === ',') {
        for (let a = j + 2; a < Math.min(toks.length, j + 6); a++) {
          const g = GENDERED_NOUNS.get(toks[a]!.key);
          if (g) { ent.gender = g; break; }
        }
      }
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
      const salient = !modifier && (!possessiveEnd || mentionStarts.has(start) || mentionStarts.has(run[0]!.start)) && (mentionStarts.has(start) || mentionStarts.has(run[0]!.start) || looksLikeVerbAfter(toks, j + 1));
      names.push({ start, end, entity, para: sent.para, sentence: si, salient: salient && !ent.org });
      i = j;
    }
  });
  return { entities, names, holders };
}

// Lower-case particles that start a surname ("de Blasio", "van Hollen").
const PARTICLE_WORDS: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'la', 'le', 'da', 'di', 'del', 'al', 'el', 'bin', 'ibn']);
const bare = (t: Token): string => t.key.replace(/['’]s?$/, '');
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
    return run.slice(k, s).some((t) => isDescriptorWord(t) || /['’]s?$/.test(t.text)) ? s : k;
  }
  for (let m = n - 3; m >= k; m--) {
    if (!isDescriptorWord(run[m]!) || TITLES.has(run[m]!.key) || isFirstName(run[m]!)) continue;
    const rest = run.slice(m + 1);
    if (rest.length >= 2 && rest.length <= 3 && !rest.some(isDescriptorWord)) return m + 1;
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
    f = w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    FOLDED.set(w, f);
  }
  return f;
};

const startsWithFirstName = (words: string[]): boolean => {
  const w = fold(words[0] ?? '');
  return MALE_FIRST_NAMES.has(w) || FEMALE_FIRST_NAMES.has(w);
};

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
  for (const e of entities) {
    const short = lower(e);
    // A surname, or a particle surname ("De Blasio"); "Hillary Clinton" is already a full name.
    if (!(short.length === 1 || (short.length === 2 && PARTICLE_WORDS.has(short[0]!)))) continue;
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
    if (pick && full.size === 1) {
      e.canonical = pick.canonical;
      e.words = pick.words;
      if (e.gender === 'u') e.gender = pick.gender;
      e.person = e.person || pick.person;
      e.org = false;
    }
  }
}

/** The entity a name refers to: same full name, or a surname/first name of a known person. */
function matchEntity(entities: Entity[], core: string[], lastSeen: number[], org: boolean, byWord: Map<string, Set<number>>, gender: Gender = 'u', seenCount: number[] = []): number {
  const key = fold(core.join(' '));
  let best = -1;
  // Only entities sharing a word can match: the index keeps this linear in the number of names.
  const candidates = new Set<number>();
  for (const w of core) for (const e of byWord.get(fold(w)) ?? []) candidates.add(e);
  // A person's name used as a modifier ("the Trump campaign") may have made an organisation of
  // the same words: a person mention prefers the person.
  // "Mr. Trump" is not Ivanka Trump; a bare surname ("Sanders") is the bearer the article names
  // most, not whoever was named last ("Jane Sanders" in a passing mention).
  const kindOf = (x: number): number => (entities[x]!.org === org ? 2 : 0) + (gender === 'u' || entities[x]!.gender === 'u' || entities[x]!.gender === gender ? 1 : 0);
  // "Palin" is the Palin of "Sarah Palin", not of a headline run "Sarah Palin Unleashed".
  const surnameAt = (x: number): number => (fold(entities[x]!.words[entities[x]!.words.length - 1]!) === key ? 1 : 0);
  // … and of "Donald Trump", a name opening with a first name, not of a headline "Debating Clinton".
  const named = (x: number): number => surnameAt(x) * 2 + (startsWithFirstName(entities[x]!.words) ? 1 : 0);
  const better = (x: number, y: number): boolean => kindOf(x) !== kindOf(y) ? kindOf(x) > kindOf(y)
    : core.length === 1 && named(x) !== named(y) ? named(x) > named(y)
    : core.length === 1 && (seenCount[x] ?? 0) !== (seenCount[y] ?? 0) ? (seenCount[x] ?? 0) > (seenCount[y] ?? 0)
    // On a tie a bare surname is the person the article introduced first, its subject
    // ("Hillary Clinton's health", then "Bill Clinton" in passing).
    : core.length === 1 ? x < y
    : (lastSeen[x] ?? 0) > (lastSeen[y] ?? 0);
  for (const e of candidates) {
    const ent = entities[e]!;
    const words = ent.words.map(fold);
    let hit = false;
    if (fold(ent.canonical) === key) hit = true;
    else if (!org && !ent.org && core.length === 1) hit = words.includes(fold(core[0]!));
    else if (!org && !ent.org && core.length >= 2 && words.length >= 1) {
      const last = fold(core[core.length - 1]!);
      const first = fold(core[0]!);
      // A surname used on its own several times before any full name may be either of two people
      // ("Clinton" before "Bill Clinton" and "Hillary Clinton"): completeSurnames joins it later if unique.
      hit = words[words.length - 1] === last && ((words.length === 1 && (seenCount[e] ?? 0) < 2) || words[0] === first || /^[a-z]\.?$/.test(words[0]!));
    }
    if (hit && (best < 0 || better(e, best))) best = e;
  }
  return best;
}

const speakerOf = (ent: Entity): Speaker => ({ id: slug(ent.canonical), name: ent.canonical });

function distance(doc: ClassifiedText, from: NameMention, paraNow: number, sentenceNow: number): string {
  if (from.sentence === sentenceNow) return 'named earlier in the sentence';
  if (from.para === paraNow) {
    const n = sentenceNow - from.sentence;
    return n === 1 ? 'named in the previous sentence' : `named ${n} sentences earlier`;
  }
  const n = paraNow - from.para;
  void doc;
  return n === 1 ? 'named in the previous paragraph' : `named ${n} paragraphs earlier`;
}

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
  const resolutions = doc.candidates.map((_, i): Resolution => {
    const a = doc.attributions[i]!;
    if (!a.mention || !a.mentionType) return { speaker: null, how: '', certainty: 0 };
    const words = doc.text.slice(a.mention.start, a.mention.end);
    const target = a.mentionType === 'relative' && a.antecedent ? a.antecedent : a.mention;
    const type = a.mentionType === 'relative' ? (a.antecedent ? 'name-or-description' : 'none') : a.mentionType;
    if (type === 'none') return { speaker: null, how: `“${words}” with no antecedent`, certainty: 0.3 };
    const targetWords = doc.text.slice(target.start, target.end);
    if (type === 'pronoun') {
      const pronoun = words.toLowerCase().replace(/['’].*$/, '');
      const info = SPEAKER_PRONOUNS.get(pronoun) ?? SPEAKER_PRONOUNS.get(POSSESSIVE_TO_SUBJECT[pronoun] ?? '') ?? { gender: 'u' as const, plural: false, relative: false };
      const si = sentenceOf(a.mention.start);
      const paraNow = doc.sentences[si]?.para ?? 0;
      if (info.gender === 'u' && (pronoun === 'it' || pronoun === 'they' || pronoun === 'its' || pronoun === 'their')) {
        // "They call for …": a nationality adjective ("Australian") is never "they".
        const org = lastBefore(names, a.mention.start, (n) => entities[n.entity]!.org && paraNow - n.para <= 3 && !(pronoun === 'they' && entities[n.entity]!.words.length === 1 && DEMONYM.test(entities[n.entity]!.words[0]!.toLowerCase()) && PLACE_WORDS.has(entities[n.entity]!.words[0]!.toLowerCase())));
        if (org) return { speaker: speakerOf(entities[org.entity]!), how: `${words} → ${entities[org.entity]!.canonical}, ${distance(doc, org, paraNow, si)}`, certainty: 0.6 };
        return { speaker: null, how: `${words}: no organisation named before`, certainty: 0.4 };
      }
      if (info.gender === 'u') return { speaker: null, how: `${words}: the writer or a group, not resolved`, certainty: 0.4 };
      const fits = (n: NameMention): boolean => {
        const e = entities[n.entity]!;
        return !e.org && (e.gender === info.gender || e.gender === 'u') && paraNow - n.para <= 8;
      };
      const exact = (n: NameMention): boolean => fits(n) && entities[n.entity]!.gender === info.gender;
      // Same sentence first (the subject a clause back: "Cruz has railed against what he calls"),
      // then the nearest salient person of the right gender, then anyone compatible.
      // People first: "European" or "Saudi Arabia" may act in a sentence but are not "he".
      const person = (n: NameMention): boolean => entities[n.entity]!.person;
      // An unknown-gender mention loses to a same-gender salient person named more recently.
      const latestExact = lastBefore(names, a.mention.start, (m) => exact(m) && m.salient);
      const hasExactNear = (n: NameMention): boolean => latestExact !== undefined && latestExact.start > n.start;
      const pick = lastBefore(names, a.mention.start, (n) => fits(n) && n.sentence === si && n.salient && person(n))
        ?? lastBefore(names, a.mention.start, (n) => fits(n) && n.salient && person(n) && paraNow - n.para <= 1 && (exact(n) || !hasExactNear(n)))
        ?? lastBefore(names, a.mention.start, (n) => exact(n) && n.salient)
        ?? lastBefore(names, a.mention.start, (n) => fits(n) && n.salient && person(n))
        ?? lastBefore(names, a.mention.start, (n) => fits(n) && n.salient)
        ?? lastBefore(names, a.mention.start, (n) => fits(n) && person(n))
        ?? lastBefore(names, a.mention.start, fits);
      if (!pick) return { speaker: null, how: `${words}: nobody of that gender named before`, certainty: 0.3 };
      const ent = entities[pick.entity]!;
      if (ent.gender === 'u') ent.gender = info.gender; // later pronouns agree with this one
      return { speaker: speakerOf(ent), how: `${words} → ${ent.canonical}, ${distance(doc, pick, paraNow, si)}`, certainty: ent.gender === info.gender ? 0.9 : 0.7 };
    }
    // "the President", "the senator": whoever holds the title in the article.
    const role = /^(?:the\s+)?(?:former\s+|then-|current\s+)?([\p{L}-]+)$/iu.exec(targetWords);
    const roleKey = role ? ROLE_NOUNS.get(role[1]!.toLowerCase()) : undefined;
    if (roleKey) {
      const list = holders.get(roleKey) ?? [];
      // Several people may hold a title ("Russian President Vladimir Putin"): take the one the
      // article is most about so far (most name mentions), the latest on a tie.
      const before = list.filter((h) => h.at < target.start);
      const pool = before.length ? before : list;
      const mentions = (e: number): number => names.filter((m) => m.entity === e && m.start < target.start).length;
      let holder = pool[pool.length - 1];
      for (const h of pool) if (holder && mentions(h.entity) > mentions(holder.entity)) holder = h;
      if (holder) {
        const ent = entities[holder.entity]!;
        return { speaker: speakerOf(ent), how: `${targetWords} → ${ent.canonical}, who holds that title here`, certainty: 0.85 };
      }
    }
    // The person a phrase names: its first person name ("Andre Carson of Indiana"), or for a
    // description its head when that is a name ("Republican political consultant Chris Russell").
    const inside = nameIndexNear(names, target).filter((m) => m.start < target.end && m.end > target.start);
    // A possessor is not the person: "Trump's envoy Brett McGurk" names McGurk.
    const possessor = (m: NameMention): boolean => m.end < target.end && /['’]s?$/.test(doc.text.slice(m.start, m.end));
    // "Mayor of London Sadiq Khan": a bare title is not the person.
    const titleOnly = (m: NameMention): boolean => doc.text.slice(m.start, m.end).split(/\s+/).every((w) => TITLES.has(w.toLowerCase().replace(/\.$/, '')));
    // "Civil Defense Authority director General Suleiman al-Amr": a name right after a title inside the
    // phrase is the person, whatever capitalised words come before the title.
    const titleBefore = (m: NameMention): boolean => {
      const w = /(\p{L}[\p{L}.'’-]*)\s+$/u.exec(doc.text.slice(Math.max(target.start, m.start - 40), m.start));
      return w !== null && TITLES.has(w[1]!.toLowerCase().replace(/\.$/, ''));
    };
    // (Not after "for/to": "a spokesman for House Speaker Paul Ryan" is the spokesman.)
    const afterTitle = /\b(?:for|to)\b/.test(targetWords) ? undefined
      : inside.find((m) => m.start > target.start && !entities[m.entity]!.org && !possessor(m) && !titleOnly(m) && titleBefore(m));
    const firstPerson = afterTitle ?? inside.find((m) => !entities[m.entity]!.org && !possessor(m) && !titleOnly(m)) ?? inside.find((m) => !entities[m.entity]!.org) ?? inside[0];
    const head = inside.find((m) => m.end === target.end);
    // "Hong Kong director of Amnesty International Man-kei Tam": a person's name right after an
    // organisation's name heads the description, even with an "of" before ("a spokesman for
    // Donald Trump" still names the spokesman: there the name follows a preposition).
    const wordBeforeHead = head ? /(\p{Lu}[\p{L}.'’-]*)\s+$/u.exec(doc.text.slice(Math.max(target.start, head.start - 40), head.start)) : null;
    // (A title before the name is the name's own: "a spokesman for House Speaker Paul Ryan" is the spokesman.)
    const headAfterName = head !== undefined && wordBeforeHead !== null && !entities[head.entity]!.org && head.start > target.start
      && !TITLES.has(wordBeforeHead[1]!.toLowerCase().replace(/\.$/, '')) && !/\b(?:for|to)\b/.test(targetWords);
    const n = type === 'description' ? (head && (headAfterName || !/\b(of|for|at|with|from|to)\b/.test(targetWords)) ? head : afterTitle ?? inside.find((m) => m.start === target.start)) : firstPerson;
    // "U.S. Department of Agriculture": an organisation named with its "of" phrase keeps it whole.
    if (n && type === 'name' && inside[0] && entities[inside[0].entity]!.org && / of /.test(targetWords) && !inside.some((m) => entities[m.entity]!.person)) {
      const display = targetWords.replace(/^[Tt]he\s+/, '').replace(/\s+/g, ' ').trim();
      return { speaker: { id: slug(display), name: display }, how: display, certainty: 0.9 };
    }
    if (n) {
      const ent = entities[n.entity]!;
      const how = ent.canonical === targetWords ? ent.canonical : `${targetWords} → ${ent.canonical}`;
      return { speaker: speakerOf(ent), how, certainty: 1 };
    }
    // A transcript label ("WALLACE") names a person mentioned in the article in normal case.
    if (/^[A-Z][A-Z.'’ -]+$/.test(targetWords) && targetWords.length > 1) {
      const lower = targetWords.toLowerCase();
      const e = entities.findIndex((x) => !x.org && x.words.some((w) => w.toLowerCase() === lower));
      const display = e >= 0 ? entities[e]!.canonical : lower.replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase());
      return { speaker: { id: slug(display), name: display }, how: `${targetWords} → ${display}`, certainty: 0.9 };
    }
    // A description keeps its own case ("a senior official with the administration"), not the sentence's.
    const display = targetWords.replace(/^[Tt]he\s+(?=\p{Lu})/u, '').replace(/^(A|An|The)(?=\s+\p{Ll})/u, (d) => d.toLowerCase()).replace(/[,;:]+$/, '').replace(/\s+/g, ' ').trim();
    return { speaker: { id: slug(display), name: display }, how: display, certainty: 0.8 };
  });
  return { ...doc, entities, names, resolutions };
}

/** Name mentions that may overlap s (names are sorted by start). */
function nameIndexNear(names: NameMention[], s: Span): NameMention[] {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.end <= s.start) lo = mid + 1;
    else hi = mid;
  }
  const out: NameMention[] = [];
  for (let i = lo; i < names.length && names[i]!.start < s.end; i++) out.push(names[i]!);
  return out;
}

/** The last name mention before pos that passes test (search bounded to keep this linear-ish). */
function lastBefore(names: NameMention[], pos: number, test: (n: NameMention) => boolean): NameMention | undefined {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1, seen = 0; i >= 0 && seen < 400; i--, seen++) if (test(names[i]!)) return names[i];
  return undefined;
}
void isPronoun;
