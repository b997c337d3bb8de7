// Error report: runs the engine on a gold JSONL file (default: the PolNeAR dev split) and
// groups what is still wrong by cause — missed, extra, wrong speaker — sub-grouped by the
// sieve and resolver step each quotation records (no stage is re-run), largest group first, with examples, so the next improvement is obvious.
//   npm run -s quotes:report [-- GOLD.jsonl] [--examples N]
import { readFileSync } from 'node:fs';
import { analyseQuotes } from '../src/quotes/extract-quotes.ts';
import type { Quote } from '../src/quotes/types.ts';
import { printCorrectionsAgreement } from './corrections-agreement.ts';
import { ALL_MARKS, markClass } from '../src/quotes/tables/quote-marks.ts';

interface GoldQuote { start: number; end: number; speaker: string | null; speakerStart?: number; speakerEnd?: number; partial?: boolean; speakerPronoun?: boolean }
interface GoldDoc { id: string; text: string; quotes: GoldQuote[] }

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'him', 'her', 'them', 'his', 'hers', 'who', 'which', 'that']);
const overlap = (a0: number, a1: number, b0: number, b1: number): number => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/** Mirrors score-quotes.mjs: is the predicted attribution right for this gold quotation? */
export function speakerRight(gold: GoldQuote, q: Quote): boolean {
  const m = q.mention;
  if (m && gold.speakerStart != null && gold.speakerEnd != null && m.end - m.start <= 160
    && overlap(m.start, m.end, q.start, q.end) === 0 && overlap(m.start, m.end, gold.speakerStart, gold.speakerEnd) > 0) return true;
  const g = (gold.speaker ?? '').trim();
  if (!g || PRONOUNS.has(g.toLowerCase()) || !q.speaker) return false;
  const words = (s: string): Set<string> => new Set((s.match(/\p{Lu}[\p{L}'’.-]+/gu) ?? []).map((w) => w.replace(/[.'’]+$|['’]s$/u, '')).filter((w) => w.length >= 2 && !TITLE_WORDS.has(w)));
  const gw = words(g);
  for (const w of words(q.speaker.name)) if (gw.has(w)) return true;
  if (gw.size === 0) {
    const plain = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim().replace(/^(the|a|an) /, '');
    const a = plain(g);
    const b = plain(q.speaker.name);
    return b.length > 0 && (a === b || a.includes(b) || b.includes(a));
  }
  return false;
}
const TITLE_WORDS = new Set(['President', 'Vice', 'Senator', 'Sen', 'Rep', 'Representative', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prime', 'Minister', 'Secretary', 'General', 'Governor', 'Gov', 'Mayor', 'Judge', 'Justice', 'Chief', 'Director', 'Speaker', 'Leader', 'Chairman', 'Chair', 'Attorney', 'Deputy', 'Press', 'Former', 'The', 'His', 'Her', 'Their', 'Sir', 'Lord', 'Lady', 'King', 'Queen', 'Prince', 'Pope', 'Professor', 'Prof', 'Officer', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Democrat', 'Democratic', 'Republican', 'GOP', 'Elect', 'President-elect']);

const MARK = markClass([...ALL_MARKS.keys()].join(''));
const EDGE_MARKS = new RegExp(`^(?:\\s|${MARK})+|(?:[\\s.,;:!?]|${MARK})+$`, 'gu');

function shape(inner: string): string {
  const words = inner.replace(EDGE_MARKS, '').split(/\s+/).filter(Boolean);
  const n = words.length;
  const size = n <= 1 ? '1 word' : n <= 3 ? '2-3 words' : n <= 8 ? '4-8 words' : '9+ words';
  const tc = words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|the|a|an|and|in|on|to|for|with)$/.test(w));
  return `${size}, ${tc ? 'Title Case' : /^\p{Lu}/u.test(words[0] ?? '') ? 'Sentence' : 'lower case'}`;
}

/** Groups the errors of the engine on the gold documents; returns group → examples. */
export function report(golds: GoldDoc[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const add = (k: string, ex: string): void => { const g = groups.get(k) ?? []; g.push(ex); groups.set(k, g); };
  for (const d of golds) {
    // One run: the quotations carry the sieve and resolver step that decided them; the candidates
    // that were not kept carry their verdict.
    const { analysis: { quotes, warnings }, candidates } = analyseQuotes(d.text);
    for (const w of warnings) if (w.message.startsWith('engine error')) add('engine error (caught; the document got no quotations)', `${d.id}: ${w.message}`);
    const ruleOf = (q: Quote): string => `sieve ${q.sieve} / resolver ${q.resolver ?? 'none'}`;
    const used = new Set<number>();
    const ctx = (s: number, e: number): string => `${d.id}: …${d.text.slice(Math.max(0, s - 60), s).replace(/\n/g, '¶')}⟦${d.text.slice(s, Math.min(e, s + 90)).replace(/\n/g, '¶')}⟧${d.text.slice(e, e + 70).replace(/\n/g, '¶')}…`;
    for (const g of d.quotes) {
      let best = -1;
      let bestOv = 0;
      quotes.forEach((q, i) => {
        if (used.has(i)) return;
        const ov = overlap(g.start, g.end, q.start, q.end);
        if (ov * 2 >= Math.max(g.end - g.start, q.end - q.start) && ov > bestOv) { best = i; bestOv = ov; }
      });
      if (best < 0) {
        const c = candidates.find((x) => overlap(g.start, g.end, x.start, x.end) * 2 >= Math.max(g.end - g.start, x.end - x.start));
        const why = !c ? 'no candidate span (mark pairing)' : `classified ${c.verdict} (sieve ${c.sieve})`;
        add(`missed / ${why} / ${shape(d.text.slice(g.start, g.end))}`, ctx(g.start, g.end) + `  gold=${g.speaker}`);
        continue;
      }
      used.add(best);
      const q = quotes[best]!;
      const hasSpeaker = g.speaker != null && g.speaker !== '';
      const right = hasSpeaker ? speakerRight(g, q) : q.speaker == null && q.mention == null;
      if (right) continue;
      const goldForm = !hasSpeaker ? 'gold has no speaker' : PRONOUNS.has(g.speaker!.toLowerCase()) ? 'gold pronoun' : 'gold name/description';
      const mention = q.mention ? d.text.slice(q.mention.start, q.mention.end) : null;
      add(`wrong speaker / ${ruleOf(q)} / ${goldForm}`, ctx(q.start, q.end) + `  gold=${g.speaker} pred=${q.speaker?.name ?? null} mention=${mention}`);
    }
    quotes.forEach((q, i) => {
      if (used.has(i)) return;
      add(`extra / sieve ${q.sieve} / ${shape(d.text.slice(q.start, q.end))}`, ctx(q.start, q.end));
    });
  }
  return groups;
}

function main(): void {
  const args = process.argv.slice(2);
  const exAt = args.indexOf('--examples');
  const examples = exAt >= 0 ? Number(args[exAt + 1]) : 3;
  const file = args.find((a, i) => !a.startsWith('--') && (exAt < 0 || i !== exAt + 1)) ?? '../shared/eval/polnear-dev.jsonl';
  let golds: GoldDoc[];
  try {
    golds = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
      try { return JSON.parse(l) as GoldDoc; } catch (e) { throw new Error(`${file}:${i + 1}: not JSON: ${(e as Error).message}`); }
    });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const groups = [...report(golds)].sort((a, b) => b[1].length - a[1].length);
  const total = groups.reduce((n, [, v]) => n + v.length, 0);
  const byCause = new Map<string, number>();
  for (const [k, v] of groups) byCause.set(k.split(' / ')[0]!, (byCause.get(k.split(' / ')[0]!) ?? 0) + v.length);
  console.log(`${total} errors on ${golds.length} documents: ${[...byCause].map(([k, n]) => `${k} ${n}`).join(', ')}\n`);
  for (const [k, v] of groups) {
    console.log(`${String(v.length).padStart(4)}  ${k}`);
    for (const ex of v.slice(0, examples)) console.log(`        ${ex}`);
  }
  // The editors' published corrections are a measurement too: where the engine still disagrees.
  printCorrectionsAgreement().catch((e: unknown) => {
    process.stderr.write(`corrections: ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}

main();
