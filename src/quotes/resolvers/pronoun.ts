// Resolver step: a pronoun ("he", "she", "it", "they") is the nearest fitting person (or, for
// it/they, organisation) named before it, preferring people who act in the text.
import { ORGANISATION_PRONOUN_PARAGRAPHS, PRONOUN_PARAGRAPHS, SALIENT_PERSON_PARAGRAPHS } from '../tables/limits.ts';
import { POSSESSIVE_TO_SUBJECT, SPEAKER_PRONOUNS } from '../tables/pronouns.ts';
import { isNationality } from '../tables/words.ts';
import type { Gender } from '../tables/pronouns.ts';
import { distance, lastBefore, nameIndexNear, speakerOf, type Entity, type NameMention, type Resolver } from './resolver.ts';

// (A regex with \p is a module constant: esbuild, as tsx and the worker bundle run it (target node20),
// turns a \p escape outside a class into a `new RegExp` evaluated at every use: one per call.)
const CAPITALISED_WORDS = /\p{Lu}[\p{L}'’-]+/gu;

// Whether an entity's name is one nationality word ("Australian"), per words array (entities'
// word arrays are replaced, never changed in place): the scans back below test it at every name
// they pass, up to MAX_ANTECEDENT_LOOKBACK per scan, and a lower-cased copy and a regex each time
// made that the resolver's largest cost in a long paragraph.
const NATIONALITY_NAME = new WeakMap<readonly string[], boolean>();
function isNationalityName(words: readonly string[]): boolean {
  let v = NATIONALITY_NAME.get(words);
  if (v === undefined) {
    v = words.length === 1 && isNationality(words[0]!.toLowerCase());
    NATIONALITY_NAME.set(words, v);
  }
  return v;
}

// What the scans back for a he/she read, and the tests they apply, as module functions of it:
// closures made per pronoun cost a defineProperty each where function names are kept (tsx and
// the worker bundle). The scans' predicates stay unnamed arrows at their call.
interface PronounScan {
  entities: readonly Entity[];
  gender: Gender;
  paraNow: number;
  si: number;
  sentences: readonly { para: number }[];
  /** Capitalised words of the quotation itself. */
  quoted: ReadonlySet<string>;
  /** Someone fitting who is not spoken about in the quotation is named before (set before fits is read). */
  anyoneElse: boolean;
  /** The latest salient person of exactly this gender (set before hasExactNear is read). */
  latestExact: NameMention | undefined;
}

// A person the quotation itself names by surname is spoken about, not speaking ("For Kevin
// Allton, Warhol was a legend. He said, “Andy Warhol was the center …”": he is Allton). Only
// when someone else fits; people who talk of themselves by name are rarer than this pattern.
const spokenAbout = (s: PronounScan, n: NameMention): boolean => s.quoted.has(s.entities[n.entity]!.words.at(-1)!);
// Every test below implies this window, so each scan back stops where it ends (lastBefore's `within`).
const withinPronounWindow = (s: PronounScan, n: NameMention): boolean => s.paraNow - n.para <= PRONOUN_PARAGRAPHS;
function fitsAny(s: PronounScan, n: NameMention): boolean {
  const e = s.entities[n.entity]!;
  // ("Virginian could make history": a nationality word is nobody's name.)
  return !e.org && (e.gender === s.gender || e.gender === 'u') && withinPronounWindow(s, n) && !isNationalityName(e.words);
}
const fits = (s: PronounScan, n: NameMention): boolean => fitsAny(s, n) && !(s.anyoneElse && spokenAbout(s, n));
const exact = (s: PronounScan, n: NameMention): boolean => fits(s, n) && s.entities[n.entity]!.gender === s.gender;
const person = (s: PronounScan, n: NameMention): boolean => s.entities[n.entity]!.person;
const hasExactNear = (s: PronounScan, n: NameMention): boolean => s.latestExact !== undefined && s.latestExact.start > n.start;
const nearPronoun = (s: PronounScan, n: NameMention): boolean => n.sentence >= s.si - 1 && s.sentences[n.sentence]?.para === s.paraNow;

/** he → the nearest salient person of his gender; it/they → the nearest organisation. */
export const pronounResolver: Resolver = {
  name: 'pronoun',
  apply(ctx) {
    const { a, words, names, entities } = ctx;
    if (a.mentionType !== 'pronoun') return null;
    const pronoun = words.toLowerCase().replace(/['’].*$/, '');
    const info = SPEAKER_PRONOUNS.get(pronoun) ?? SPEAKER_PRONOUNS.get(POSSESSIVE_TO_SUBJECT.get(pronoun) ?? '') ?? { gender: 'u' as const, plural: false, relative: false };
    const si = ctx.sentenceOf(a.mention.start);
    const paraNow = ctx.doc.sentences[si]?.para ?? 0;
    if (info.gender === 'u' && (pronoun === 'it' || pronoun === 'they' || pronoun === 'its' || pronoun === 'their')) {
      // "They call for …": a nationality adjective ("Australian") is never "they".
      // The subject of the pronoun's own sentence first ("The Security Council … pledged sanctions
      // against what it called …": not North Korea, named in between as a possessor).
      const first = ctx.doc.sentences[si]?.tokens[0];
      const subjectOrg = first ? nameIndexNear(names, { start: first.start, end: a.mention.start }).find((n) => n.sentence === si && n.start < a.mention.start && entities[n.entity]!.org
        && /^(?:the\s+)?$/iu.test(ctx.doc.text.slice(first.start, n.start)) && !/['’]s?$/u.test(ctx.doc.text.slice(n.start, n.end))) : undefined;
      if (subjectOrg) return { speaker: speakerOf(entities[subjectOrg.entity]!), how: `${words} → ${entities[subjectOrg.entity]!.canonical}, the subject of the sentence`, certainty: 0.7 };
      const orgWindow = (n: NameMention): boolean => paraNow - n.para <= ORGANISATION_PRONOUN_PARAGRAPHS;
      const org = lastBefore(names, a.mention.start, (n) => entities[n.entity]!.org && orgWindow(n) && !(pronoun === 'they' && isNationalityName(entities[n.entity]!.words)), orgWindow);
      if (org) return { speaker: speakerOf(entities[org.entity]!), how: `${words} → ${entities[org.entity]!.canonical}, ${distance(org, paraNow, si)}`, certainty: 0.6 };
      return { speaker: null, how: `${words}: no organisation named before`, certainty: 0.4 };
    }
    if (info.gender === 'u') return { speaker: null, how: `${words}: the writer or a group, not resolved`, certainty: 0.4 };
    // A person the quotation itself names by surname is spoken about, not speaking ("For Kevin
    // Allton, Warhol was a legend. He said, “Andy Warhol was the center …”": he is Allton). Only
    // when someone else fits; people who talk of themselves by name are rarer than this pattern.
    const quoted = new Set(ctx.doc.text.slice(ctx.quote.start, ctx.quote.end).match(CAPITALISED_WORDS) ?? []);
    const scan: PronounScan = { entities, gender: info.gender, paraNow, si, sentences: ctx.doc.sentences, quoted, anyoneElse: false, latestExact: undefined };
    const inWindow = (n: NameMention): boolean => withinPronounWindow(scan, n);
    scan.anyoneElse = quoted.size > 0 && lastBefore(names, a.mention.start, (n) => fitsAny(scan, n) && !spokenAbout(scan, n), inWindow) !== undefined;
    // Same sentence first (the subject a clause back: "Cruz has railed against what he calls"),
    // then the nearest salient person of the right gender, then anyone compatible.
    // People first: "European" or "Saudi Arabia" may act in a sentence but are not "he".
    // An unknown-gender mention loses to a same-gender salient person named more recently.
    scan.latestExact = lastBefore(names, a.mention.start, (m) => exact(scan, m) && m.salient, inWindow);
    // "Thomas' sister pleaded with him …, but he replied": when no acting person fits in the
    // pronoun's sentence or the one before it, the one person of its gender named there is "he",
    // before anyone acting further back.
    const near = (n: NameMention): boolean => nearPronoun(scan, n);
    const nearActs = lastBefore(names, a.mention.start, (n) => fits(scan, n) && n.salient && person(scan, n), near) !== undefined;
    const nearPick = nearActs ? undefined : lastBefore(names, a.mention.start, (n) => exact(scan, n) && person(scan, n), near);
    const nearOnly = nearPick && !lastBefore(names, a.mention.start, (n) => exact(scan, n) && person(scan, n) && n.entity !== nearPick.entity, near) ? nearPick : undefined;
    const pick = lastBefore(names, a.mention.start, (n) => fits(scan, n) && n.sentence === si && n.salient && person(scan, n), inWindow)
      ?? nearOnly
      ?? lastBefore(names, a.mention.start, (n) => fits(scan, n) && n.salient && person(scan, n) && paraNow - n.para <= SALIENT_PERSON_PARAGRAPHS && (exact(scan, n) || !hasExactNear(scan, n)), inWindow)
      ?? lastBefore(names, a.mention.start, (n) => exact(scan, n) && n.salient, inWindow)
      ?? lastBefore(names, a.mention.start, (n) => fits(scan, n) && n.salient && person(scan, n), inWindow)
      ?? lastBefore(names, a.mention.start, (n) => fits(scan, n) && n.salient, inWindow)
      ?? lastBefore(names, a.mention.start, (n) => fits(scan, n) && person(scan, n), inWindow)
      ?? lastBefore(names, a.mention.start, (n) => fits(scan, n), inWindow);
    if (!pick) return { speaker: null, how: `${words}: nobody of that gender named before`, certainty: 0.3 };
    const ent = entities[pick.entity]!;
    if (ent.gender === 'u') ent.gender = info.gender; // later pronouns agree with this one
    return { speaker: speakerOf(ent), how: `${words} → ${ent.canonical}, ${distance(pick, paraNow, si)}`, certainty: ent.gender === info.gender ? 0.9 : 0.7 };
  },
};
