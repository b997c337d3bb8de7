// Data table: pronouns that can stand for a speaker, with gender and number, so that
// "he said" is resolved to the nearest compatible person.

/** Gender of a person as far as the text tells: masculine, feminine or unknown. */
export type Gender = 'm' | 'f' | 'u';

/** A speaker pronoun: gender, and whether it needs a person (he/she) or can be a group/organisation. */
export interface PronounInfo {
  gender: Gender;
  plural: boolean;
  /** Relative pronouns (who, which) point to the noun phrase just before them. */
  relative: boolean;
}

/** Subject pronouns that head an attribution frame ("he said", "who told"). */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map<string, PronounInfo>([
  ['he', { gender: 'm', plural: false, relative: false }],
  ['she', { gender: 'f', plural: false, relative: false }],
  ['they', { gender: 'u', plural: true, relative: false }],
  ['it', { gender: 'u', plural: false, relative: false }],
  ['i', { gender: 'u', plural: false, relative: false }],
  ['we', { gender: 'u', plural: true, relative: false }],
  ['you', { gender: 'u', plural: false, relative: false }],
  ['who', { gender: 'u', plural: false, relative: true }],
  ['which', { gender: 'u', plural: false, relative: true }],
]);

/** Possessive determiners stand for the same person as their subject pronoun ("his claim" → he). */
export const POSSESSIVE_TO_SUBJECT: ReadonlyMap<string, string> = new Map([
  ['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it'], ['my', 'i'], ['our', 'we'], ['your', 'you'],
]);

/**
 * Object pronouns: after a cue verb they name whom it was said to ("told me", "asked them"),
 * never an inverted subject. ("her" is left out: it is also a possessive, "said her spokesman".)
 */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'them']);

/**
 * Pronouns that may stand as the subject of the quotation's own clause for a named person
 * ("Stevens says, but she cautions that …"): shown as the quotation's mention when they resolve
 * to the attribution's speaker (resolve-speakers.ts clauseMention).
 */
export const CLAUSE_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
