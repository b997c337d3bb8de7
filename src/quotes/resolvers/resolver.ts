// What a resolver step is: one way a mention ("he", "the President", "Obama", "a spokesman for
// the hospital") becomes a speaker. The steps are tried in the order of RESOLVERS in
// ../resolve-speakers.ts; the first that applies names the speaker, and the quotation records it.
import type { Attribution } from '../sieves/sieve.ts';
import type { ClassifiedText } from '../classify.ts';
import { slug } from '../slug.ts';
import type { Gender } from '../tables/pronouns.ts';
import { MAX_ANTECEDENT_LOOKBACK } from '../tables/limits.ts';
import { GROUP_NAME } from '../tables/words.ts';
import type { Span, Speaker, SpeakerType } from '../types.ts';

/** The name of every resolver step, in the order of ../resolve-speakers.ts RESOLVERS. */
export type ResolverName = 'relative' | 'pronoun' | 'title' | 'organisation' | 'name' | 'transcript-label' | 'description';

/** A person or organisation named in the article. */
export interface Entity {
  canonical: string;
  words: string[];
  gender: Gender;
  org: boolean;
  /** Something marks it as a person: a title, a known first name, a gendered appositive, or it speaks. */
  person: boolean;
  /** Every word is a place word ("South Australia", "Texas"): a place, which speaks only as its government. */
  place?: boolean;
  /** Named somewhere other than at a sentence's start, where any word is capitalised. */
  midSentence?: boolean;
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
  /**
   * The words of the quotation's own clause that stand for the same speaker, when they are nearer
   * than the attribution's mention ("Stevens says, but she cautions that …": "she"); shown as the
   * quotation's mention. Absent: the attribution's mention is shown.
   */
  shown?: Span;
  /** The step that resolved (or gave up on) the mention; null when there was no mention. */
  step: ResolverName | null;
}

/** What a resolver sees of one attribution and of the article's names. */
export interface ResolverContext {
  readonly doc: ClassifiedText;
  readonly a: Attribution & { mention: Span };
  readonly entities: Entity[];
  /** Name mentions in text order. */
  readonly names: NameMention[];
  /** People holding each role ("president" → entities with that title, where named). */
  readonly holders: Map<string, { entity: number; at: number }[]>;
  /** The quotation being attributed (for quotations that share one mention, the first of them). */
  readonly quote: Span;
  /** The mention's words as written. */
  readonly words: string;
  /** The phrase that names the speaker: the mention, or a relative pronoun's antecedent. */
  readonly target: Span;
  readonly targetWords: string;
  /** What the target is: a pronoun, a name, a description, or a relative's antecedent (either). */
  readonly phrase: 'pronoun' | 'name' | 'description' | 'name-or-description';
  /** The sentence index holding an offset. */
  sentenceOf(pos: number): number;
  /** Computes once per mention what several steps read. */
  memo<T>(key: string, compute: () => T): T;
}

/** One resolver step. */
export interface Resolver {
  name: ResolverName;
  /** The speaker (or a reasoned refusal), or null to let the next step try. */
  apply(ctx: ResolverContext): Omit<Resolution, 'step'> | null;
}

/** What kind of speaker an entity of the article is. */
export function entityType(ent: Entity): SpeakerType {
  if (!ent.org) return 'person';
  return ent.words.length === 1 && GROUP_NAME.test(ent.words[0]!.toLowerCase()) ? 'group' : 'organisation';
}

/** The speaker an entity stands for. */
export const speakerOf = (ent: Entity): Speaker => ({ id: slug(ent.canonical), name: ent.canonical, type: entityType(ent) });

/** "named in the previous paragraph": where the antecedent was named, for the reason text. */
export function distance(from: NameMention, paraNow: number, sentenceNow: number): string {
  if (from.sentence === sentenceNow) return 'named earlier in the sentence';
  if (from.para === paraNow) {
    const n = sentenceNow - from.sentence;
    return n === 1 ? 'named in the previous sentence' : `named ${n} sentences earlier`;
  }
  const n = paraNow - from.para;
  return n === 1 ? 'named in the previous paragraph' : `named ${n} paragraphs earlier`;
}

/** The index of the first name mention that ends after pos (names are sorted by start and end). */
export function firstNameEndingAfter(names: NameMention[], pos: number): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Name mentions that may overlap s (names are sorted by start). */
export function nameIndexNear(names: NameMention[], s: Span): NameMention[] {
  const out: NameMention[] = [];
  for (let i = firstNameEndingAfter(names, s.start); i < names.length && names[i]!.start < s.end; i++) out.push(names[i]!);
  return out;
}

/**
 * The last name mention before pos that passes test (search bounded to keep this linear-ish).
 * With `within`, the scan stops at the first name (going back) outside it: names are in text
 * order, so a paragraph limit (paraNow - n.para <= k) that fails once fails for every earlier name;
 * the caller's test must imply `within`, and then the answer is the same, found sooner.
 */
export function lastBefore(names: NameMention[], pos: number, test: (n: NameMention) => boolean, within?: (n: NameMention) => boolean): NameMention | undefined {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1, seen = 0; i >= 0 && seen < MAX_ANTECEDENT_LOOKBACK; i--, seen++) {
    if (within && !within(names[i]!)) return undefined;
    if (test(names[i]!)) return names[i];
  }
  return undefined;
}
