// Stage 5, attribute: for every candidate, find the words its attribution rests on (the
// mention: "he", "Obama", "a spokesman for the hospital") and the cue ("said"). The patterns
// are sieves (sieves/, one file each) tried in the order of SIEVES, most reliable first
// (CoreNLP's quote-attribution sieves; PATTERNS.md §7). The first sieve that applies proposes;
// settle() then applies the CONFLICTS below, the only place where one sieve overrules another.
// Every attribution records the sieve that decided it.
import { isNewsOutlet } from './frames.ts';
import { createMemo } from './memo.ts';
import { span } from './noun-phrases.ts';
import { accordingTo } from './sieves/according-to.ts';
import { colonIntro } from './sieves/colon-intro.ts';
import { earlierSentence } from './sieves/earlier-sentence.ts';
import { embeddedFrame } from './sieves/embedded-frame.ts';
import { reportedFrame } from './sieves/reported-frame.ts';
import { inTheWordsOf } from './sieves/in-the-words-of.ts';
import { introFrame } from './sieves/intro-frame.ts';
import { laterFrame } from './sieves/later-frame.ts';
import { nextLineFrame } from './sieves/next-line-frame.ts';
import { paragraphContinuation } from './sieves/paragraph-continuation.ts';
import { previousParagraph } from './sieves/previous-paragraph.ts';
import { sentenceSubject } from './sieves/sentence-subject.ts';
import type { Attribution, Finding, Sieve, SieveContext, SieveName, SyntaxLayer } from './sieves/sieve.ts';
import { trailingFrame } from './sieves/trailing-frame.ts';
import { transcriptLabel } from './sieves/transcript-label.ts';
import { sentenceSubject as readSentenceSubject, isPunct, looksLikeVerbAfter } from './noun-phrases.ts';
import type { TokenizedText } from './tokenize.ts';

// (A regex with \p is a module constant: esbuild, as tsx and the worker bundle run it (target node20),
// turns a \p escape outside a class into a `new RegExp` evaluated at every use: one per call.)
const WHOLE_SENTENCE_START = /^[\p{Lu}\d[(…]|^\.\.\./u;

/** The tokenized text with one attribution per candidate. */
export interface AttributedText extends TokenizedText {
  attributions: Attribution[];
}

/** The sieves, most reliable first: the first that applies proposes the attribution. */
export const SIEVES: readonly Sieve[] = [
  transcriptLabel,
  trailingFrame,
  nextLineFrame,
  accordingTo,
  inTheWordsOf,
  introFrame,
  reportedFrame,
  embeddedFrame,
  laterFrame,
  colonIntro,
  paragraphContinuation,
  earlierSentence,
  previousParagraph,
  sentenceSubject,
];

/** Each sieve by its name (the reader-facing reason and confidence of a recorded sieve). */
export const SIEVE_BY_NAME: ReadonlyMap<SieveName, Sieve> = new Map(SIEVES.map((s) => [s.name, s]));

/** What the quotation gets when no sieve applies. */
export const NO_ATTRIBUTION_REASON = 'no attribution found';

/** A sieve's proposal for one candidate; `overruled` lists the proposals it won against. */
export interface Proposal {
  sieve: Sieve;
  finding: Finding;
  overruled: readonly SieveName[];
}

/** One way a later sieve's proposal overrules an earlier one's. */
interface Conflict {
  /** The sieve whose proposal may be overruled. */
  over: SieveName;
  /** Why, in one line. */
  why: string;
  /** The proposal that wins instead, or null to keep `current`. */
  settle(ctx: SieveContext, current: Proposal, propose: (s: Sieve) => Proposal | null): Proposal | null;
}

const frameNp = (f: Finding) => (f.kind === 'frame' ? f.found.np : null);
const outlet = (p: Proposal): boolean => p.finding.kind === 'frame' && isNewsOutlet(p.finding.toks, p.finding.found.np);

/** The conflicts between sieves, applied in this order to the first proposal. */
export const CONFLICTS: readonly Conflict[] = [
  {
    over: 'trailing-frame',
    why: '“…,” he said, according to the report: a sentence-final “according to” after the quotation names the source the frame only relays',
    settle(ctx, _current, propose) {
      const acc = propose(accordingTo);
      const np = acc ? frameNp(acc.finding) : null;
      return acc && np && np.first > ctx.p ? acc : null;
    },
  },
  {
    over: 'according-to',
    why: '“X called it …, according to NBC”: a news outlet only reports; a named person framing the same quotation speaks',
    settle(ctx, current, propose) {
      if (!outlet(current)) return null;
      const viaTrailing = current.overruled.includes('trailing-frame');
      const frame = propose(introFrame) ?? propose(embeddedFrame);
      const np = frame ? frameNp(frame.finding) : null;
      if (!frame || !np || outlet(frame)) return null;
      // After a trailing frame only a name yields (the quotation is already framed once), and the
      // quotation counts as embedded in the person's reported speech.
      if (viaTrailing) return np.type === 'name' ? { ...frame, sieve: embeddedFrame } : null;
      return np.type === 'name' || np.type === 'description' ? frame : null;
    },
  },
  {
    over: 'paragraph-continuation',
    why: 'Reid has gone after Trump as a “con artist”, The agency declined to detail its “…”: a partial quotation in a new sentence with its own subject that acts (a name, a pronoun, a description) is that subject’s',
    settle(ctx) {
      if (!ctx.partial || ctx.doc.quoteAt[ctx.c]!.sentence === ctx.doc.quoteAt[ctx.prevQuote]!.sentence) return null;
      // ("The agency declined to detail the investigation's “…”": a described subject that acts counts too.)
      const np = ctx.memo('sentence-subject', () => readSentenceSubject(ctx.toks, ctx.p)) ?? readSentenceSubject(ctx.toks, ctx.p, true);
      const acts = np !== null && (np.type === 'name' || ((np.type === 'pronoun' || np.type === 'description') && np.last < ctx.p && looksLikeVerbAfter(ctx.toks, np.last + 1)));
      return np && acts ? { sieve: sentenceSubject, finding: { kind: 'frame', toks: ctx.toks, found: { np, cue: null } }, overruled: [] } : null;
    },
  },
  {
    over: 'earlier-sentence',
    why: 'Raab urged … The State Department gave its “deepest sympathies”: a partial quotation whose own sentence has a named subject that acts is that subject’s, not an earlier sentence’s speaker',
    settle(ctx) {
      if (!ctx.partial) return null;
      const np = ctx.memo('sentence-subject', () => readSentenceSubject(ctx.toks, ctx.p));
      return np && np.type === 'name' && looksLikeVerbAfter(ctx.toks, np.last + 1) ? { sieve: sentenceSubject, finding: { kind: 'frame', toks: ctx.toks, found: { np, cue: null } }, overruled: [] } : null;
    },
  },
];

/** The settling step: the first proposal, overruled by any conflict that holds, in CONFLICTS order. */
export function settle(ctx: SieveContext, first: Proposal, propose: (s: Sieve) => Proposal | null): Proposal {
  let current = first;
  for (const conflict of CONFLICTS) {
    if (conflict.over !== current.sieve.name) continue;
    const winner = conflict.settle(ctx, current, propose);
    if (winner) current = { ...winner, overruled: [...current.overruled, current.sieve.name] };
  }
  return current;
}

const NONE: Omit<Attribution, 'partial'> = { sieve: 'none', mention: null, mentionType: null, antecedent: null, cue: null, from: -1, confidence: 0 };

function toAttribution(p: Proposal, partial: boolean, done: readonly Attribution[]): Attribution {
  const { sieve, finding: f } = p;
  if (f.kind === 'inherit') {
    const a = done[f.from]!;
    return { ...a, sieve: sieve.name, from: f.from, partial, confidence: Math.min(a.confidence, sieve.confidence) };
  }
  // A label inside the quotation names its speaker: the quotation is a whole one.
  if (f.kind === 'span') return { ...NONE, sieve: sieve.name, mention: f.mention, mentionType: f.mentionType, partial: false, confidence: sieve.confidence };
  const { np, cue, cueEnd } = f.found;
  return {
    sieve: sieve.name,
    mention: span(f.toks, np),
    mentionType: np.type,
    antecedent: np.antecedent ? span(f.toks, np.antecedent) : null,
    cue: cue ? { start: cue.start, end: (cueEnd ?? cue).end } : null,
    from: -1,
    partial,
    confidence: sieve.confidence,
  };
}

/** What attribute() may be given besides the text. */
export interface AttributeOptions {
  /** Part-of-speech tags and chunks per sentence, for sieves that read them. */
  syntax?: SyntaxLayer;
}

const NO_SYNTAX: SyntaxLayer = () => undefined;

/** Runs the sieves over every candidate, in text order (continuations need earlier results). */
export function attribute(doc: TokenizedText, options: AttributeOptions = {}): AttributedText {
  const { sentences, quoteAt, candidates } = doc;
  const attributions: Attribution[] = [];
  const syntax = options.syntax ?? NO_SYNTAX;
  for (let c = 0; c < candidates.length; c++) {
    const at = quoteAt[c]!;
    const sent = sentences[at.sentence];
    if (!sent) {
      attributions.push({ ...NONE, partial: false });
      continue;
    }
    const ctx = contextFor(doc, c, at.sentence, at.token, attributions, syntax);
    attributions.push(attributeOne(ctx));
  }
  // (Fields named, not spread: one hidden class for every article, as in segment.ts.)
  return {
    text: doc.text, masked: doc.masked, paragraphs: doc.paragraphs, candidates, warnings: doc.warnings,
    sentences, quoteAt, paraFirstSentence: doc.paraFirstSentence, attributions,
  };
}

function contextFor(doc: TokenizedText, c: number, si: number, p: number, done: readonly Attribution[], syntax: SyntaxLayer): SieveContext {
  const toks = doc.sentences[si]!.tokens;
  const q = doc.candidates[c]!;
  const inner = doc.text.slice(q.start + q.openLen, q.end - q.closeLen).trimStart();
  const lastBefore = toks[p - 1];
  const introPunct = !lastBefore || isPunct(lastBefore, ':,') || lastBefore.kind === 'quote';
  const partial = !(WHOLE_SENTENCE_START.test(inner) && introPunct);
  const prevQuote = c > 0 && doc.candidates[c - 1]!.para === q.para ? c - 1 : -1;
  return { doc, c, candidate: q, si, toks, p, inner, lastBefore, introPunct, partial, prevQuote, done, syntax, memo: createMemo() };
}

// The overruled list of a first proposal, shared: lists are never changed, only copied longer (settle).
const NONE_OVERRULED: readonly SieveName[] = Object.freeze([]);

// Each sieve's place in SIEVES, so that one candidate's proposals are an array, not a Map per candidate.
const SIEVE_INDEX: ReadonlyMap<Sieve, number> = new Map(SIEVES.map((s, i) => [s, i]));

// The sieve's proposal for this candidate, asked once and kept in `proposals` (by sieve index).
// (A module function, not a closure per candidate: tsx and the worker bundle keep function names,
// which costs a defineProperty for every named closure made.)
function proposeOnce(ctx: SieveContext, proposals: (Proposal | null | undefined)[], s: Sieve): Proposal | null {
  const i = SIEVE_INDEX.get(s);
  // (A sieve outside SIEVES, which no conflict proposes today, is simply asked each time.)
  if (i === undefined) {
    const finding = s.apply(ctx);
    return finding ? { sieve: s, finding, overruled: NONE_OVERRULED } : null;
  }
  let found = proposals[i];
  if (found === undefined) {
    const finding = s.apply(ctx);
    found = finding ? { sieve: s, finding, overruled: NONE_OVERRULED } : null;
    proposals[i] = found;
  }
  return found;
}

function attributeOne(ctx: SieveContext): Attribution {
  // undefined: not asked yet; null: the sieve declined.
  const proposals: (Proposal | null | undefined)[] = new Array<Proposal | null | undefined>(SIEVES.length);
  for (const sieve of SIEVES) {
    const first = proposeOnce(ctx, proposals, sieve);
    if (first) return toAttribution(settle(ctx, first, (s) => proposeOnce(ctx, proposals, s)), ctx.partial, ctx.done);
  }
  // No nearest-name fallback: it was right 29 % of the time (PATTERNS.md §7, rule 10) and dropping it
  // scored better on train; an unknown speaker is better for a reader than a wrong one.
  return { ...NONE, partial: ctx.partial };
}
