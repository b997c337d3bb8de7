// Stage 6, classify: tell speech from quote marks that are not speech — scare quotes nobody
// said, titles of works, nicknames, words being mentioned. Uses the span's shape and whether
// the attribution stage found a real frame for it.
import type { AttributedText, Rule } from './attribute.ts';

/** Why a candidate is or is not a quotation. */
export type Verdict = 'speech' | 'scare-quote' | 'title' | 'nickname';

/** The attributed text with a verdict per candidate. */
export interface ClassifiedText extends AttributedText {
  verdicts: Verdict[];
}

// Minor words that may stay lower-case inside a title ("Bridge Over Troubled Water", "Meet the Press").
const TITLE_MINOR = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'vs']);

// Rules that rest on a cue next to the quotation: strong enough to keep even a one-word quote.
const FRAMED: ReadonlySet<Rule> = new Set<Rule>(['trailing', 'intro', 'according-to', 'label']);

/** Classifies every candidate. */
export function classify(doc: AttributedText): ClassifiedText {
  const verdicts = doc.candidates.map((q, i): Verdict => {
    const a = doc.attributions[i]!;
    const inner = doc.text.slice(q.start + q.openLen, q.end - q.closeLen).replace(/[\s.,;:!?…'’]+$/u, '').trim();
    const words = inner.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    const n = words.length;
    if (FRAMED.has(a.rule) && n >= 1) return 'speech';
    const titleCase = words.every((w, k) => /^[\p{Lu}\d]/u.test(w) || (k > 0 && TITLE_MINOR.has(w.toLowerCase())));
    if (a.rule === 'none' && n <= 4) return titleCase ? 'title' : 'scare-quote';
    if (titleCase && n >= 2 && n <= 6 && !/[.!?]$/.test(doc.text.slice(q.start, q.end - q.closeLen))) return 'title';
    if (titleCase && n === 1 && (a.rule === 'fallback' || a.rule === 'subject' || a.rule === 'continuation')) return 'nickname';
    if (n <= 2 && (a.rule === 'fallback' || a.rule === 'subject')) return 'scare-quote';
    return 'speech';
  });
  return { ...doc, verdicts };
}
