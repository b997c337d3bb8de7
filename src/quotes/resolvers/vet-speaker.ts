// The last check after a resolver step: a place, a thing, a date or a clipped word is never a
// speaker. Then the quotation is unattributed (speaker null) and the reason says what the words
// are. A place does speak for its government after a plain speech verb ("China said"), as an
// organisation.
import { SAY_CUES } from '../tables/cue-classes.ts';
import { DATE_HEADS, THING_HEADS } from '../tables/non-speakers.ts';
import { isNationality, PLACE_WORDS, SPEAKER_HEAD_PREPOSITIONS } from '../tables/words.ts';
import { cueAt, isPunct, looksLikeVerbAfter } from '../noun-phrases.ts';
import type { Entity, Resolution, ResolverContext } from './resolver.ts';

// (A regex with \p is a module constant: esbuild, as tsx and the worker bundle run it (target node20),
// turns a \p escape outside a class into a `new RegExp` evaluated at every use: one per call.)
const CAPITAL_OR_DIGIT_FIRST = /^[\p{Lu}\d]/u;

const HEAD_SPLIT = new RegExp(`\\s+(?:${SPEAKER_HEAD_PREPOSITIONS.join('|')})\\s+`, 'u');

/** The resolution, or an unattributed one saying why its words cannot speak. */
export function vetSpeaker(ctx: ResolverContext, found: Omit<Resolution, 'step'>, entities: readonly Entity[]): Omit<Resolution, 'step'> {
  const s = found.speaker;
  if (!s) return found;
  const { words, head, descHead, descHead2 } = nameParts(s.name);
  const cue = ctx.a.cue ? firstWordAt(ctx.doc.text, ctx.a.cue.start, ctx.a.cue.end).toLowerCase() : '';
  const entity = entityNamed(entities, s.name);
  // "Recalling …, the statement urged", "Frustrations … have begun": one capitalised word met only
  // at the start of sentences, no first name, title or organisation word, is an ordinary word.
  // (Not when a verb follows it: "Clinton said", "Clinton, a senator, said" name a person.)
  if (entity && entity.words.length === 1 && !entity.midSentence && !entity.org && entity.gender === 'u' && s.type === 'person' && !actsAsSubject(ctx)) return refusal(s.name, 'a word that starts a sentence');
  if ((entity?.place || words.every((w) => PLACE_WORDS.has(w))) && !SAY_CUES.has(cue)) return refusal(s.name, 'a place');
  if (DATE_HEADS.has(head) || (s.type === 'role' || s.type === 'group' ? DATE_HEADS.has(descHead) : false)) return refusal(s.name, 'a date');
  // The words the attribution rests on may head on a thing though a name inside them resolved
  // ("Health checks showed" → "Health").
  const mentionHead = lowerTail(ctx.targetWords);
  if (THING_HEADS.has(mentionHead) && mentionHead !== head) return refusal(s.name, "a thing");
  if (THING_HEADS.has(head) || ((s.type === 'role' || s.type === 'group') && (THING_HEADS.has(descHead) || THING_HEADS.has(descHead2)))) return refusal(s.name, 'a thing');
  // "a group of Afghan": a description that ends in a nationality adjective lost its noun.
  if ((s.type === 'role' || s.type === 'group') && words.length > 1 && isNationality(head)) return refusal(s.name, 'a clipped phrase');
  return found;
}

// The unattributed resolution a refusal gives.
const refusal = (name: string, what: string): Omit<Resolution, 'step'> => ({ speaker: null, how: `“${name}” is ${what}, not a speaker`, certainty: 0.3 });

// The first entity with this canonical name (entities.find without a closure per quotation).
function entityNamed(entities: readonly Entity[], name: string): Entity | undefined {
  for (const e of entities) if (e.canonical === name) return e;
  return undefined;
}

interface NameParts {
  /** The name's words, lower-cased, possessives removed. */
  words: string[];
  head: string;
  /** The head of a description: its last lower-case noun before any "of/for/at/with" phrase, past a name in apposition. */
  descHead: string;
  /** The last two words before that phrase ("message board"). */
  descHead2: string;
}

// Per speaker name, what vetting reads of it (the same names come back for quotation after
// quotation). Bounded, cleared when large, like resolve-speakers' fold memo.
const NAME_PARTS = new Map<string, NameParts>();
const NAME_PARTS_LIMIT = 20_000;

function nameParts(name: string): NameParts {
  let parts = NAME_PARTS.get(name);
  if (parts) return parts;
  const words = name.split(/\s+/).map((w) => w.toLowerCase().replace(/['’]s?$/, ''));
  // The head of a description is its last lower-case noun before any "of/for/at/with" phrase, past
  // a name in apposition ("a song", "health checks", "the message board 8chan").
  const before = name.split(HEAD_SPLIT)[0]!.split(/\s+/);
  while (before.length > 1 && CAPITAL_OR_DIGIT_FIRST.test(before[before.length - 1]!)) before.pop();
  parts = { words, head: words[words.length - 1] ?? '', descHead: (before[before.length - 1] ?? '').toLowerCase(), descHead2: before.slice(-2).join(' ').toLowerCase() };
  if (NAME_PARTS.size >= NAME_PARTS_LIMIT) NAME_PARTS.clear();
  NAME_PARTS.set(name, parts);
  return parts;
}

// text.slice(start, end) up to its first white space (split(/\s+/)[0] without the array, the
// copy of the whole span or a match array).
const SPACE = /\s/;
function firstWordAt(text: string, start: number, end: number): string {
  let i = start;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]!)) break;
  }
  return text.slice(start, i);
}

// The run of lower-case letters ending the text (/([\p{Ll}]+)$/u's group) read backwards: the
// regex retried from every letter of the words before it.
const LOWER = /\p{Ll}/u;
function lowerTail(text: string): string {
  let i = text.length;
  while (i > 0) {
    const lo = text.charCodeAt(i - 1);
    // A letter outside the BMP is a surrogate pair: test its code point whole.
    const width = lo >= 0xdc00 && lo <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff ? 2 : 1;
    if (lo >= 97 && lo <= 122) { i--; continue; }
    if (lo < 128 || !LOWER.test(text.slice(i - width, i))) break;
    i -= width;
  }
  return text.slice(i);
}

// Whether the mention is followed by a cue or a verb, as a subject is ("Clinton said", "Clinton, …, said").
function actsAsSubject(ctx: ResolverContext): boolean {
  const toks = ctx.doc.sentences[ctx.sentenceOf(ctx.target.start)]?.tokens ?? [];
  const last = toks.findIndex((t) => t.end === ctx.target.end);
  // ("Ironically, …": an adverb before a comma is no subject.)
  const adverb = /ly$/u.test(toks[last]?.key ?? '');
  return last >= 0 && (cueAt(toks, last + 1) || (isPunct(toks[last + 1], ',') && !adverb) || looksLikeVerbAfter(toks, last + 1));
}
