// The shared evaluation's scorer (../shared/eval/score-quotes.mjs) reimplemented in the repository,
// so that tests (the Wikinews floor) and scripts (the calibration fit) score exactly as the
// measurement does without reading ../shared. Keep it in step with that file: same matching (overlap
// of at least half of the longer span), same speaker rule (mention overlap, or a shared capitalised
// non-title word), same calibration bins. Pure: no Node APIs.

/** A gold quotation: span, annotated speaker (or null), and the speaker's span where annotated. */
export interface GoldQuote {
  start: number;
  end: number;
  speaker: string | null;
  speakerStart?: number;
  speakerEnd?: number;
}

/** A gold document. */
export interface GoldDoc {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

/** A predicted quotation in the CLI's shape. */
export interface PredQuote {
  start: number;
  end: number;
  speaker: string | null;
  mention?: { start: number; end: number } | null;
  confidence?: number;
}

/** A predicted document. */
export interface PredDoc {
  id: string;
  quotes: PredQuote[];
}

/** Precision, recall and F1, each 0–1. */
export interface Prf {
  P: number;
  R: number;
  F1: number;
}

/** One calibration bin (a tenth of the confidence range). */
export interface CalibrationBin {
  from: number;
  n: number;
  right: number;
  /** Sum of the stated confidences in the bin. */
  sum: number;
}

/** What scoring a set gives. */
export interface ScoreResult {
  gold: number;
  pred: number;
  speakerAccuracy: number;
  quotesOverlap: Prf;
  endToEnd: Prf;
  /** For each predicted document (by id), per predicted quotation: right end to end. */
  verdicts: Map<string, boolean[]>;
  bins: CalibrationBin[];
  /** Expected calibration error, 0–1, or null when no prediction has a confidence. */
  ece: number | null;
  /** Predictions stated at 0.8 or more: how many and how many right. */
  high: { n: number; right: number };
  /** Predictions with a numeric confidence. */
  withConfidence: number;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'him', 'her', 'them', 'his', 'hers', 'who', 'which', 'that']);
// Capitalised words that say nothing about who the speaker is (the shared scorer's list, verbatim).
const TITLES = new Set(['President', 'Vice', 'Senator', 'Sen', 'Rep', 'Representative', 'Mr', 'Mrs', 'Ms', 'Dr',
  'Prime', 'Minister', 'Secretary', 'General', 'Governor', 'Gov', 'Mayor', 'Judge', 'Justice', 'Chief', 'Director',
  'Speaker', 'Leader', 'Chairman', 'Chair', 'Attorney', 'Deputy', 'Press', 'Former', 'The', 'His', 'Her', 'Their',
  'Sir', 'Lord', 'Lady', 'King', 'Queen', 'Prince', 'Pope', 'Professor', 'Prof', 'Officer', 'Spokesman',
  'Spokeswoman', 'Spokesperson', 'Democrat', 'Democratic', 'Republican', 'GOP', 'Elect', 'President-elect']);

function trimSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return [s, e];
}
const overlap = (a0: number, a1: number, b0: number, b1: number): number => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const nameWords = (s: string | null): Set<string> =>
  new Set(((s ?? '').match(/\p{Lu}[\p{L}'’.-]+/gu) ?? []).map((w) => w.replace(/[.'’]+$|['’]s$/u, '')).filter((w) => w.length >= 2 && !TITLES.has(w)));
const plain = (s: string | null): string =>
  (s ?? '').toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim().replace(/^(the|a|an) /, '');

/** Is the predicted quotation's speaker the gold one (the shared scorer's rule)? */
export function speakerRight(gold: GoldQuote, pred: PredQuote): boolean {
  if (pred.speaker == null && pred.mention == null) return false;
  const m = pred.mention;
  const fair = m != null && m.end > m.start && m.end - m.start <= 160 && overlap(m.start, m.end, pred.start, pred.end) === 0;
  if (fair && gold.speakerStart != null && gold.speakerEnd != null && overlap(m.start, m.end, gold.speakerStart, gold.speakerEnd) > 0) return true;
  const g = (gold.speaker ?? '').trim();
  if (!g || PRONOUNS.has(g.toLowerCase())) return false;
  if ((pred.speaker ?? '').length > 80) return false; // a name, not a list of names
  const gw = nameWords(g);
  for (const w of nameWords(pred.speaker)) if (gw.has(w)) return true;
  if (gw.size === 0) {
    const a = plain(g);
    const b = plain(pred.speaker);
    return b.length > 0 && (a === b || a.includes(b) || b.includes(a));
  }
  return false;
}

const prf = (tp: number, p: number, g: number): Prf => {
  const P = p ? tp / p : 0;
  const R = g ? tp / g : 0;
  return { P, R, F1: P + R ? (2 * P * R) / (P + R) : 0 };
};

/** Scores predictions against gold exactly as ../shared/eval/score-quotes.mjs does. */
export function scoreQuotes(golds: readonly GoldDoc[], preds: readonly PredDoc[]): ScoreResult {
  const byId = new Map(preds.map((p) => [p.id, p]));
  let gold = 0, pred = 0, overlapped = 0, goldWithSpeaker = 0, speakerOk = 0, endToEnd = 0;
  const bins: CalibrationBin[] = Array.from({ length: 10 }, (_, i) => ({ from: i / 10, n: 0, right: 0, sum: 0 }));
  const verdicts = new Map<string, boolean[]>();
  for (const g of golds) {
    const pq = byId.get(g.id)?.quotes ?? [];
    gold += g.quotes.length;
    pred += pq.length;
    const used = new Set<number>();
    const verdict = pq.map(() => false); // an extra quotation is wrong
    for (const gq of g.quotes) {
      const [gs, ge] = trimSpan(g.text, gq.start, gq.end);
      let best = -1;
      let bestOv = 0;
      pq.forEach((q, i) => {
        if (used.has(i)) return;
        const [ps, pe] = trimSpan(g.text, q.start, q.end);
        const ov = overlap(gs, ge, ps, pe);
        if (ov * 2 >= Math.max(ge - gs, pe - ps) && ov > bestOv) { best = i; bestOv = ov; }
      });
      const hasSpeaker = gq.speaker != null && gq.speaker !== '';
      if (hasSpeaker) goldWithSpeaker++;
      if (best < 0) continue;
      used.add(best);
      overlapped++;
      const q = pq[best]!;
      const right = hasSpeaker ? speakerRight(gq, q) : q.speaker == null;
      if (hasSpeaker && right) speakerOk++;
      verdict[best] = right;
      if (right) endToEnd++;
    }
    verdicts.set(g.id, verdict);
    pq.forEach((q, i) => {
      if (typeof q.confidence !== 'number') return;
      const conf = Math.min(1, Math.max(0, q.confidence));
      const b = bins[Math.min(9, Math.floor(conf * 10))]!;
      b.n++;
      b.sum += conf;
      if (verdict[i]) b.right++;
    });
  }
  const n = bins.reduce((a, b) => a + b.n, 0);
  const hi = bins.filter((b) => b.from >= 0.8 - 1e-9);
  return {
    gold,
    pred,
    speakerAccuracy: goldWithSpeaker ? speakerOk / goldWithSpeaker : 0,
    quotesOverlap: prf(overlapped, pred, gold),
    endToEnd: prf(endToEnd, pred, gold),
    verdicts,
    bins,
    ece: n ? bins.reduce((a, b) => a + (b.n ? Math.abs(b.sum / b.n - b.right / b.n) * b.n : 0), 0) / n : null,
    high: { n: hi.reduce((a, b) => a + b.n, 0), right: hi.reduce((a, b) => a + b.right, 0) },
    withConfidence: n,
  };
}
