// The last check after a resolver step: a place, a thing, a date or a clipped word is never a
// speaker. Then the quotation is unattributed (speaker null) and the reason says what the words
// are. A place does speak for its government after a plain speech verb ("China said"), as an
// organisation.
import { SAY_CUES } from '../tables/cue-classes.ts';
import { DATE_HEADS, THING_HEADS } from '../tables/non-speakers.ts';
import { isNationality, PLACE_WORDS, SPEAKER_HEAD_PREPOSITIONS } from '../tables/words.ts';
import { cueAt, isPunct, looksLikeVerbAfter } from '../noun-phrases.ts';
import type { Entity, Resolution, ResolverContext } from './resolver.ts';

const HEAD_SPLIT = new RegExp(`\\s+(?:${SPEAKER_HEAD_PREPOSITIONS.join('|')})\\s+`, 'u');

/** The resolution, or an unattributed one saying why its words cannot speak. */
export function vetSpeaker(ctx: ResolverContext, found: Omit<Resolution, 'step'>, entities: readonly Entity[]): Omit<Resolution, 'step'> {
  const s = found.speaker;
  if (!s) return found;
  const refuse = (what: string): Omit<Resolution, 'step'> => ({ speaker: null, how: `“${s.name}” is ${what}, not a speaker`, certainty: 0.3 });
  const words = s.name.split(/\s+/).map((w) => w.toLowerCase().replace(/['’]s?$/, ''));
  const head = words[words.length - 1] ?? '';
  // The head of a description is its last lower-case noun before any "of/for/at/with" phrase, past
  // a name in apposition ("a song", "health checks", "the message board 8chan").
  const before = s.name.split(HEAD_SPLIT)[0]!.split(/\s+/);
  while (before.length > 1 && /^[\p{Lu}\d]/u.test(before[before.length - 1]!)) before.pop();
  const descHead = (before[before.length - 1] ?? '').toLowerCase();
  const descHead2 = before.slice(-2).join(' ').toLowerCase();
  const cue = ctx.a.cue ? ctx.doc.text.slice(ctx.a.cue.start, ctx.a.cue.end).toLowerCase().split(/\s+/)[0]! : '';
  const entity = entities.find((e) => e.canonical === s.name);
  // "Recalling …, the statement urged", "Frustrations … have begun": one capitalised word met only
  // at the start of sentences, no first name, title or organisation word, is an ordinary word.
  // (Not when a verb follows it: "Clinton said", "Clinton, a senator, said" name a person.)
  if (entity && entity.words.length === 1 && !entity.midSentence && !entity.org && entity.gender === 'u' && s.type === 'person' && !actsAsSubject(ctx)) return refuse('a word that starts a sentence');
  if ((entity?.place || words.every((w) => PLACE_WORDS.has(w))) && !SAY_CUES.has(cue)) return refuse('a place');
  if (DATE_HEADS.has(head) || (s.type === 'role' || s.type === 'group' ? DATE_HEADS.has(descHead) : false)) return refuse('a date');
  // The words the attribution rests on may head on a thing though a name inside them resolved
  // ("Health checks showed" → "Health").
  const mentionHead = /([\p{Ll}]+)$/u.exec(ctx.targetWords)?.[1] ?? '';
  if (THING_HEADS.has(mentionHead) && mentionHead !== head) return refuse("a thing");
  if (THING_HEADS.has(head) || ((s.type === 'role' || s.type === 'group') && (THING_HEADS.has(descHead) || THING_HEADS.has(descHead2)))) return refuse('a thing');
  // "a group of Afghan": a description that ends in a nationality adjective lost its noun.
  if ((s.type === 'role' || s.type === 'group') && words.length > 1 && isNationality(head)) return refuse('a clipped phrase');
  return found;
}

// Whether the mention is followed by a cue or a verb, as a subject is ("Clinton said", "Clinton, …, said").
function actsAsSubject(ctx: ResolverContext): boolean {
  const toks = ctx.doc.sentences[ctx.sentenceOf(ctx.target.start)]?.tokens ?? [];
  const last = toks.findIndex((t) => t.end === ctx.target.end);
  // ("Ironically, …": an adverb before a comma is no subject.)
  const adverb = /ly$/u.test(toks[last]?.key ?? '');
  return last >= 0 && (cueAt(toks, last + 1) || (isPunct(toks[last + 1], ',') && !adverb) || looksLikeVerbAfter(toks, last + 1));
}
