// Resolver step (last): a description that names nobody ("a spokesman for the hospital", "the
// report's authors", "officials") is itself the speaker: a described role, or a group when plural.
import { slug } from '../slug.ts';
import { MODIFYING_PARTICIPLES } from '../tables/frame-words.ts';
import { GROUP_NOUNS, NP_PREPOSITIONS } from '../tables/words.ts';
import type { Speaker } from '../types.ts';
import type { Resolver } from './resolver.ts';

// (A regex with \p is a module constant: esbuild, as tsx and the worker bundle run it (target node20),
// turns a \p escape outside a class into a `new RegExp` evaluated at every use: one per call.)
const THE_BEFORE_NAME = /^[Tt]he\s+(?=\p{Lu})/u;
const DETERMINER_BEFORE_LOWER = /^(A|An|The|Some|Many|Several)(?=\s+\p{Ll})/u;

// Words after a description's head noun: a preposition, or "in"/"by" ("officials in Kabul").
const HEAD_ENDERS: ReadonlySet<string> = new Set([...NP_PREPOSITIONS, 'in', 'by', 'on', 'who', 'that']);

/** "a senior official with the administration said" → that official, as described. */
export const descriptionResolver: Resolver = {
  name: 'description',
  apply(ctx) {
    const speaker = describedSpeaker(ctx.targetWords);
    return { speaker, how: speaker.name, certainty: 0.8 };
  },
};

// Per description's words, the speaker they name (the same descriptions come back quotation after
// quotation: four replaces and a split each). Bounded, cleared when large, like the fold memo.
const DESCRIBED = new Map<string, Speaker>();
const DESCRIBED_LIMIT = 20_000;

// The speaker a description names: itself, in its own case ("a senior official with the administration"), not the sentence's.
// (A fresh object each time: a quotation's speaker is its own.)
function describedSpeaker(words: string): Speaker {
  let s = DESCRIBED.get(words);
  if (!s) {
    s = readDescribedSpeaker(words);
    if (DESCRIBED.size >= DESCRIBED_LIMIT) DESCRIBED.clear();
    DESCRIBED.set(words, s);
  }
  return { id: s.id, name: s.name, type: s.type };
}

function readDescribedSpeaker(words: string): Speaker {
  const display = words.replace(THE_BEFORE_NAME, '').replace(DETERMINER_BEFORE_LOWER, (d) => d.toLowerCase()).replace(/[,;:]+$/, '').replace(/\s+/g, ' ').trim();
  return { id: slug(display), name: display, type: describedType(display) };
}

/** A plural head ("officials", "the report's authors") is a group; otherwise a described role. */
function describedType(display: string): 'group' | 'role' {
  // The head noun: the last word before a preposition or a modifying participle ("a letter seen by …").
  const words = display.split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && (HEAD_ENDERS.has(w.toLowerCase()) || MODIFYING_PARTICIPLES.has(w.toLowerCase())));
  const head = (cut > 0 ? words[cut - 1]! : words[words.length - 1]!).toLowerCase().replace(/['’]s?$/, '');
  return /(?<!s)s$|people$|men$|staff$|police$/u.test(head) || GROUP_NOUNS.has(head) ? 'group' : 'role';
}
