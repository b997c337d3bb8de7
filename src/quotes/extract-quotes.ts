// The engine's entry point: text in, quotations with speakers out. Each stage is a small pure
// function that returns new data; offsets into the original text survive every stage.
import { markArticleSurnames } from './article-surnames.ts';
import { attribute, NO_ATTRIBUTION_REASON, SIEVE_BY_NAME } from './attribute.ts';
import { calibrate, countQuotedWords, type CalibrationFeatures } from './calibrate.ts';
import { classify, type Verdict } from './classify.ts';
import { countSpeakers } from './count-speakers.ts';
import { findQuotes } from './find-quotes.ts';
import { normalize } from './normalize.ts';
import { resolveSpeakers, type ResolvedText } from './resolve-speakers.ts';
import { segment } from './segment.ts';
import type { AttributedBy } from './sieves/sieve.ts';
import { slug } from './slug.ts';
import { HEADLINE_CUE_VERBS } from './tables/cue-verbs.ts';
import { DOUBLE_MARKS, SINGLE_MARKS, markClass, marksThat } from './tables/quote-marks.ts';
import { tokenize } from './tokenize.ts';
import type { EngineWarning, Quote, QuoteAnalysis, Speaker } from './types.ts';

// (A regex with \p is a module constant: esbuild, as tsx and the worker bundle run it (target node20),
// turns a \p escape outside a class into a `new RegExp` evaluated at every use: one per call.)
const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Every candidate span the engine weighed, with its verdict and the sieve that attributed it. */
export interface CandidateVerdict {
  start: number;
  end: number;
  verdict: Verdict;
  sieve: AttributedBy;
}

/** Finds every quotation in an article body and attributes it. Never throws. */
export function extractQuotes(text: string): QuoteAnalysis {
  // (Without the candidate list, which only error reports read.)
  return runPipeline(text, false).analysis;
}

/**
 * extractQuotes with, per quotation, the features its confidence was calibrated from (for the
 * calibration fit) and, for error reports, every candidate with its verdict (also those that are
 * not quotations), from one run of the pipeline. Never throws.
 */
export function analyseQuotes(text: string): { analysis: QuoteAnalysis; features: CalibrationFeatures[]; candidates: CandidateVerdict[] } {
  return runPipeline(text, true);
}

function runPipeline(text: string, withCandidates: boolean): { analysis: QuoteAnalysis; features: CalibrationFeatures[]; candidates: CandidateVerdict[] } {
  try {
    const resolved = resolveSpeakers(classify(attribute(markArticleSurnames(tokenize(findQuotes(segment(normalize(text))))))));
    const candidates = withCandidates ? resolved.candidates.map((c, i) => ({ start: c.start, end: c.end, verdict: resolved.verdicts[i]!, sieve: resolved.attributions[i]!.sieve })) : [];
    return { ...toAnalysis(resolved), candidates };
  } catch (err) {
    // A bug must not take the build down: report it as a warning on an empty result.
    const message = err instanceof Error ? err.message : String(err);
    return { analysis: { quotes: [], speakers: [], warnings: [{ code: 'unattributed-quote', message: `engine error: ${message}`, offset: 0 }] }, features: [], candidates: [] };
  }
}

function toAnalysis(doc: ResolvedText): { analysis: QuoteAnalysis; features: CalibrationFeatures[] } {
  const quotes: Quote[] = [];
  const features: CalibrationFeatures[] = [];
  const warnings: EngineWarning[] = [...doc.warnings];
  doc.candidates.forEach((c, i) => {
    if (doc.verdicts[i] !== 'speech') return;
    const a = doc.attributions[i]!;
    const r = doc.resolutions[i]!;
    const inherited = a.from >= 0;
    const kind = inherited && !a.partial ? 'continuation' : a.partial ? 'partial' : 'direct';
    const mentionWords = a.mention ? doc.text.slice(a.mention.start, a.mention.end) : '';
    // (A dash that signs a quotation is a cue but no words: “— Bernie Sanders”.)
    const cueText = a.cue ? doc.text.slice(a.cue.start, a.cue.end) : '';
    const cueWords = LETTER.test(cueText) ? cueText : '';
    let reason = a.sieve === 'none' ? NO_ATTRIBUTION_REASON : SIEVE_BY_NAME.get(a.sieve)!.reason;
    if (a.mention && !inherited) reason = `${mentionWords}${cueWords ? ` ${cueWords}` : ''}: ${reason}`;
    if (r.how && r.how !== mentionWords) reason += `; ${r.how}`;
    // ("Stevens says, but she believes …": the outlined words are the quotation's own clause's.)
    if (r.shown && r.speaker && !inherited) reason += `; “${doc.text.slice(r.shown.start, r.shown.end)}” in its own clause is ${r.speaker.name}`;
    if (!r.speaker && a.sieve !== 'none') reason += '; speaker not resolved';
    if (a.sieve === 'none') {
      warnings.push({ code: 'unattributed-quote', message: 'quotation with no attribution', offset: c.start });
    }
    const f: CalibrationFeatures = {
      sieve: a.sieve,
      step: r.speaker && r.step ? r.step : 'none',
      certainty: r.certainty,
      kind,
      mention: a.mentionType ?? 'none',
      cue: cueText,
      gap: a.mention ? Math.max(c.start - a.mention.end, a.mention.start - c.end, 0) : -1,
      words: countQuotedWords(doc.text, c.start, c.end),
      sameSpeaker: 0,
    };
    features.push(f);
    quotes.push({
      id: `q${quotes.length + 1}`,
      start: a.mention ? afterLabel(doc.text, a.mention, c.start, c.end) : c.start,
      end: c.end,
      kind,
      speaker: r.speaker,
      mention: r.shown ?? a.mention,
      cue: a.cue,
      confidence: 0,
      reason,
      sieve: a.sieve,
      resolver: r.step,
    });
  });
  // The last stage: what the sieve, the resolver and the article say becomes a calibrated confidence.
  const perSpeaker = new Map<string, number>();
  for (const q of quotes) if (q.speaker) perSpeaker.set(q.speaker.id, (perSpeaker.get(q.speaker.id) ?? 0) + 1);
  quotes.forEach((q, i) => {
    const f = features[i]!;
    f.sameSpeaker = q.speaker ? perSpeaker.get(q.speaker.id)! - 1 : 0;
    q.confidence = calibrate(f);
  });
  return { analysis: { quotes, speakers: countSpeakers(quotes), warnings }, features };
}

// A mention inside the quotation's opening, followed by a colon, is a speaker label (“WALLACE:
// Let’s start…”): what was said starts after the label, its colon and the space, so the label
// reads as the attribution, not as the speaker's words.
function afterLabel(text: string, mention: { start: number; end: number }, start: number, end: number): number {
  if (mention.start < start || mention.end >= end || text[mention.end] !== ':') return start;
  let i = mention.end + 1;
  while (i < end && /\s/u.test(text[i]!)) i++;
  // (Only words make the quotation: "“WALLACE: ,” keeps its marks.)
  return WORD_CHAR.test(text.slice(i, end)) ? i : start;
}

// Headline shapes: "Trump: Cruz has 'to come a long way'" and "“We will win,” says Obama".
const HEADLINE_COLON = /^([\p{Lu}][\p{L}.'’ -]{1,60}?):\s+(\S.*)$/u;
// Headlines quote with double and single marks alike (tables/quote-marks.ts).
const HEADLINE_MARKS = new Map([...DOUBLE_MARKS, ...SINGLE_MARKS]);
const H_OPEN = markClass(marksThat('open', HEADLINE_MARKS));
const H_CLOSE = markClass(marksThat('close', HEADLINE_MARKS));
// The headline cue verbs (tables/cue-verbs.ts), longest first so that "says" is tried before "say".
const H_CUE = [...HEADLINE_CUE_VERBS].sort((a, b) => b.length - a.length).join('|');
const HEADLINE_QUOTE_SAYS = new RegExp(`^(${H_OPEN}).+?(${H_CLOSE})[,:]?\\s+(?:${H_CUE})\\s+([\\p{Lu}][\\p{L}.'’ -]{1,60})$`, 'u');
const HEADLINE_SAYS_QUOTE = new RegExp(`^([\\p{Lu}][\\p{L}.'’ -]{1,60}?)\\s+(?:${H_CUE}):?\\s+(${H_OPEN}).+?(${H_CLOSE})$`, 'u');
const H_OPEN_RE = new RegExp(H_OPEN);
const H_OPEN_AT_START = new RegExp(`^${H_OPEN}`);
const H_CLOSE_BEFORE_BREAK = new RegExp(`${H_CLOSE}(?=[\\s,.!?;:]|$)`, 'g');

/**
 * Quotations in a headline, where single marks do quote ("Trump: Cruz has 'to come a long way'",
 * "“We will win,” says Obama"). Offsets are into the title. The speaker is matched to the
 * body's speakers when given, so "Obama" in the title becomes the body's "Barack Obama".
 */
export function extractTitleQuotes(title: string, bodyAnalysis?: QuoteAnalysis): Quote[] {
  try {
    const t = title.trim();
    const offset = title.indexOf(t);
    let who: { name: string; start: number } | null = null;
    let quoteStart = -1;
    let quoteEnd = -1;
    const says = HEADLINE_QUOTE_SAYS.exec(t);
    const saysFirst = HEADLINE_SAYS_QUOTE.exec(t);
    const colon = HEADLINE_COLON.exec(t);
    if (says) {
      quoteStart = 0;
      quoteEnd = t.indexOf(says[2]!, 1) + 1;
      who = { name: says[3]!.trim(), start: t.lastIndexOf(says[3]!) };
    } else if (saysFirst) {
      quoteStart = t.indexOf(saysFirst[2]!, saysFirst[1]!.length);
      quoteEnd = t.length;
      who = { name: saysFirst[1]!.trim(), start: 0 };
    } else if (colon) {
      const rest = colon[2]!;
      const restAt = t.length - rest.length;
      const m = H_OPEN_RE.exec(rest);
      if (H_OPEN_AT_START.test(rest) || m) {
        const open = restAt + (m ? m.index : 0);
        const closeMatch = H_CLOSE_BEFORE_BREAK;
        closeMatch.lastIndex = open + 1;
        let close = closeMatch.exec(t);
        while (close && close.index <= open) close = closeMatch.exec(t);
        quoteStart = open;
        quoteEnd = close ? close.index + 1 : t.length;
      } else {
        // "Trump: We will build the wall" quotes the whole clause after the colon.
        quoteStart = restAt;
        quoteEnd = t.length;
      }
      who = { name: colon[1]!.trim(), start: 0 };
    }
    if (!who || quoteStart < 0 || quoteEnd <= quoteStart) return [];
    const body = bodyAnalysis?.speakers ?? [];
    const lastWord = who.name.split(/\s+/).pop()!.toLowerCase();
    const known = body.find((s) => s.name.toLowerCase() === who!.name.toLowerCase())
      ?? body.find((s) => s.name.toLowerCase().split(/\s+/).includes(lastWord));
    const speaker: Speaker = known ? { id: known.id, name: known.name, type: known.type ?? 'person' } : { id: slug(who.name), name: who.name, type: 'person' };
    return [{
      id: 't1',
      start: offset + quoteStart,
      end: offset + quoteEnd,
      kind: 'direct',
      speaker,
      mention: { start: offset + who.start, end: offset + who.start + who.name.length },
      cue: null,
      confidence: known ? 0.8 : 0.6,
      reason: known ? `headline names ${who.name} → ${known.name}, quoted in the article` : `headline names ${who.name}`,
      sieve: 'headline',
      resolver: 'name',
    }];
  } catch {
    return [];
  }
}
