// The name mention a speaker phrase rests on: its first person name ("Andre Carson of Indiana"),
// or for a description its head when that is a name ("Republican political consultant Chris
// Russell"). Shared by the organisation and name resolver steps.
import { TITLE_LOOKBACK_CHARS } from '../tables/limits.ts';
import { TITLES } from '../tables/titles.ts';
import { FOR_WHOM_PREPOSITIONS, HEAD_PREPOSITIONS } from '../tables/words.ts';
import type { Span } from '../types.ts';
import { firstNameEndingAfter, type NameMention, type ResolverContext } from './resolver.ts';

// (A regex with \p is a module constant: esbuild, as tsx and the worker bundle run it (target node20),
// turns a \p escape outside a class into a `new RegExp` evaluated at every use: one per call.)
const LAST_WORD = /(\p{L}[\p{L}.'’-]*)\s+$/u;
const SPACE_THEN_LOWER = /^\s+\p{Ll}/u;
const LAST_CAPITALISED_WORD = /(\p{Lu}[\p{L}.'’-]*)\s+$/u;

const FOR_WHOM = new RegExp(`\\b(?:${FOR_WHOM_PREPOSITIONS.join('|')})\\b`);
const HEAD_CLOSER = new RegExp(`\\b(?:${HEAD_PREPOSITIONS.join('|')})\\b`);

// (Any white space, as split(/\s+/) reads it.)
const SPACE = /\s/;
const isSpaceAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]!);
};

/**
 * text.slice(start, end).split(/\s+/).every((w) => TITLES.has(w.toLowerCase().replace(/\.$/, ''))),
 * read word by word and stopping at the first word that is no title (most names' first word):
 * no array and one string per word read.
 */
function everyWordTitle(text: string, start: number, end: number): boolean {
  let i = start;
  for (;;) {
    let j = i;
    while (j < end && !isSpaceAt(text, j)) j++;
    // (An empty piece, where the span starts or ends with white space, is read as split gives it.)
    const w = text.slice(i, j).toLowerCase();
    if (!TITLES.has(w.endsWith('.') ? w.slice(0, -1) : w)) return false;
    if (j >= end) return true;
    i = j;
    while (i < end && isSpaceAt(text, i)) i++;
  }
}

// nameIndexNear(names, s).filter(overlapping s), in one array.
function namesOverlapping(names: NameMention[], s: Span): NameMention[] {
  const out: NameMention[] = [];
  for (let i = firstNameEndingAfter(names, s.start); i < names.length && names[i]!.start < s.end; i++) if (names[i]!.end > s.start) out.push(names[i]!);
  return out;
}

const isApostropheAt = (text: string, i: number, start: number): boolean => i >= start && (text[i] === "'" || text[i] === '’');

// /['’]s?$/.test(text.slice(start, end)) without the copy.
function endsPossessive(text: string, start: number, end: number): boolean {
  return isApostropheAt(text, end - 1, start) || (end - 1 >= start && text[end - 1] === 's' && isApostropheAt(text, end - 2, start));
}

// The tests on one name inside the phrase, as module functions of (text, target, name): closures
// made per mention cost a defineProperty each where function names are kept (tsx, the worker bundle).

// A possessor is not the person: "Trump's envoy Brett McGurk" names McGurk.
const possessor = (text: string, target: Span, m: NameMention): boolean => m.end < target.end && endsPossessive(text, m.start, m.end);
// "Mayor of London Sadiq Khan": a bare title is not the person.
const titleOnly = (text: string, m: NameMention): boolean => everyWordTitle(text, m.start, m.end);
// "Civil Defense Authority director General Suleiman al-Amr": a name right after a title inside the
// phrase is the person, whatever capitalised words come before the title.
function titleBefore(text: string, target: Span, m: NameMention): boolean {
  const w = LAST_WORD.exec(text.slice(Math.max(target.start, m.start - TITLE_LOOKBACK_CHARS), m.start));
  return w !== null && TITLES.has(w[1]!.toLowerCase().replace(/\.$/, ''));
}
// "Democratic bigwigs", "Trump supporters": a name right before a lower-case noun of the phrase
// modifies it; the phrase's people are the speaker, not the name.
const modifies = (text: string, target: Span, m: NameMention): boolean => m.end < target.end && SPACE_THEN_LOWER.test(text.slice(m.end, target.end));

/** The name mentions inside the phrase and the one that names its speaker (if any). */
export function namedInPhrase(ctx: ResolverContext): { inside: NameMention[]; named: NameMention | undefined } {
  return ctx.memo('named-in-phrase', () => {
    const { doc, target, targetWords, names, entities, phrase } = ctx;
    const text = doc.text;
    const inside = namesOverlapping(names, target);
    // (Not after "for/to": "a spokesman for House Speaker Paul Ryan" is the spokesman.)
    const afterTitle = FOR_WHOM.test(targetWords) ? undefined
      : inside.find((m) => m.start > target.start && !entities[m.entity]!.org && !possessor(text, target, m) && !titleOnly(text, m) && titleBefore(text, target, m));
    const firstPerson = afterTitle ?? inside.find((m) => !entities[m.entity]!.org && !possessor(text, target, m) && !titleOnly(text, m)) ?? inside.find((m) => !entities[m.entity]!.org) ?? inside[0];
    const head = inside.find((m) => m.end === target.end);
    // "Hong Kong director of Amnesty International Man-kei Tam": a person's name right after an
    // organisation's name heads the description, even with an "of" before ("a spokesman for
    // Donald Trump" still names the spokesman: there the name follows a preposition).
    const wordBeforeHead = head ? LAST_CAPITALISED_WORD.exec(text.slice(Math.max(target.start, head.start - TITLE_LOOKBACK_CHARS), head.start)) : null;
    // (A title before the name is the name's own: "a spokesman for House Speaker Paul Ryan" is the spokesman.)
    const headAfterName = head !== undefined && wordBeforeHead !== null && !entities[head.entity]!.org && head.start > target.start
      && !TITLES.has(wordBeforeHead[1]!.toLowerCase().replace(/\.$/, '')) && !FOR_WHOM.test(targetWords);
    // (A head that is only a title or party word, "one senior Democrat", names nobody: the description stands.)
    const named = phrase === 'description' ? (head && !titleOnly(text, head) && (headAfterName || !HEAD_CLOSER.test(targetWords)) ? head : afterTitle ?? inside.find((m) => m.start === target.start && !possessor(text, target, m) && !modifies(text, target, m))) : firstPerson;
    return { inside, named };
  });
}
