// Measures what a part-of-speech layer from a library would give the quote engine (issue 9 §2;
// docs/decisions/014-syntax-layer.md): for wink-nlp (wink-eng-lite-web-model) and compromise, against
// the engine's hand-made word tables, on the PolNeAR sets and the bundled Wikinews silver set:
//   - subject of the cue verb: for every found quotation with its own cue (not a continuation), the
//     noun phrase a tag-based subject finder picks at the engine's cue, scored like the shared scorer
//     (the mention overlaps the gold source span);
//   - appositives: the same on the quotations whose gold source holds a comma ("X, a spokesman, said");
//   - pronoun antecedents by grammatical role: for quotations whose mention is he/she, the subject of
//     the nearest earlier sentence whose subject is a name (tags), scored by name against the silver
//     set's full names (PolNeAR does not annotate antecedents);
//   - throughput: tagging the same texts, against the engine's whole run;
//   - size: the library's code as the browser would load it (Vite, minified, gzipped).
// Usage: npx tsx scripts/eval-syntax.ts [GOLD.jsonl ...]   (default: ../shared/eval/polnear-{train,dev}.jsonl
// and tests/fixtures/wikinews-silver.jsonl). Measuring only: the engine does not import this.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { build } from 'vite';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { speakerRight, type GoldDoc, type GoldQuote } from './quote-scorer.ts';

/** Universal part-of-speech tags (the subset the subject finder reads). */
type Upos = 'NOUN' | 'PROPN' | 'PRON' | 'DET' | 'ADJ' | 'NUM' | 'VERB' | 'AUX' | 'ADV' | 'ADP' | 'PART' | 'CCONJ' | 'SCONJ' | 'PUNCT' | 'X';
interface Tagged { start: number; end: number; text: string; pos: Upos }
type Tagger = (text: string, from: number, to: number) => Tagged[];

const wink = winkNLP(model);
const its = wink.its;
const WINK_TAGS = new Set<string>(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM', 'VERB', 'AUX', 'ADV', 'ADP', 'PART', 'CCONJ', 'SCONJ', 'PUNCT']);

/** wink-nlp: lossless tokens (preceding spaces + value), Universal tags. */
const winkTagger: Tagger = (text, from, to) => {
  const out: Tagged[] = [];
  let at = from;
  wink.readDoc(text.slice(from, to)).tokens().each((t: { out: (f?: unknown) => unknown }) => {
    at += (t.out(its.precedingSpaces) as string).length;
    const v = t.out() as string;
    const pos = t.out(its.pos) as string;
    out.push({ start: at, end: at + v.length, text: v, pos: (WINK_TAGS.has(pos) ? pos : 'X') as Upos });
    at += v.length;
  });
  return out;
};

interface CompromiseTerm { text: string; pre: string; post: string; tags: string[]; offset: { start: number; length: number } }
/** compromise: its tag set mapped to Universal tags; punctuation kept in pre/post becomes PUNCT tokens. */
const compromiseTagger: Tagger = (text, from, to) => {
  const out: Tagged[] = [];
  const docs = nlp(text.slice(from, to)).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
  for (const s of docs) {
    for (const t of s.terms) {
      const start = from + t.offset.start;
      for (const [i, ch] of [...t.pre.trim()].entries()) out.push({ start: start - t.pre.trim().length + i, end: start - t.pre.trim().length + i + 1, text: ch, pos: 'PUNCT' });
      out.push({ start, end: start + t.offset.length, text: t.text, pos: compromisePos(t.tags) });
      const post = t.post.trim();
      let p = start + t.offset.length;
      for (const ch of post) out.push({ start: p, end: ++p, text: ch, pos: 'PUNCT' });
    }
  }
  return out;
};
function compromisePos(tags: readonly string[]): Upos {
  const has = (t: string): boolean => tags.includes(t);
  if (has('Pronoun')) return 'PRON';
  if (has('Determiner')) return 'DET';
  if (has('Preposition')) return 'ADP';
  if (has('Conjunction')) return 'CCONJ';
  if (has('Auxiliary') || has('Modal') || has('Copula')) return 'AUX';
  if (has('Verb')) return 'VERB';
  if (has('ProperNoun')) return 'PROPN';
  if (has('Value') || has('Cardinal')) return 'NUM';
  if (has('Noun')) return 'NOUN';
  if (has('Adjective')) return 'ADJ';
  if (has('Adverb')) return 'ADV';
  if (has('Negative')) return 'PART';
  return 'X';
}

const NOMINAL = new Set<Upos>(['NOUN', 'PROPN', 'PRON', 'NUM']);
const IN_NP = new Set<Upos>(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM']);
const SKIP_BEFORE_VERB = new Set<Upos>(['ADV', 'AUX', 'PART']);

/** The noun phrase ending at token j: a pronoun alone, or DET/ADJ/NUM/NOUN/PROPN words ending in a noun. */
function npEndingAt(toks: Tagged[], j: number): [number, number] | null {
  const t = toks[j];
  if (!t || !NOMINAL.has(t.pos)) return null;
  if (t.pos === 'PRON') return [j, j];
  let k = j;
  while (k - 1 >= 0 && (IN_NP.has(toks[k - 1]!.pos) || /^['’]s?$/.test(toks[k - 1]!.text) || toks[k - 1]!.text === '-')) k--;
  return [k, j];
}
/** The noun phrase starting at token i. */
function npStartingAt(toks: Tagged[], i: number): [number, number] | null {
  const t = toks[i];
  if (!t) return null;
  if (t.pos === 'PRON') return [i, i];
  if (!IN_NP.has(t.pos)) return null;
  let k = i;
  while (k + 1 < toks.length && (IN_NP.has(toks[k + 1]!.pos) || /^['’]s?$/.test(toks[k + 1]!.text))) k++;
  while (k >= i && !NOMINAL.has(toks[k]!.pos)) k--;
  return k >= i ? [i, k] : null;
}

/** The subject of the verb at v read off the tags: inverted after a comma or quote, else before it. */
function subjectOf(toks: Tagged[], v: number): [number, number] | null {
  const prev = toks[v - 1];
  if (!prev || prev.pos === 'PUNCT') {
    const after = npStartingAt(toks, v + 1);
    if (after) return after;
  }
  let j = v - 1;
  while (j >= 0 && SKIP_BEFORE_VERB.has(toks[j]!.pos)) j--;
  // "X on Tuesday said", "officials in Washington said": skip one prepositional phrase before the verb.
  const pp = npEndingAt(toks, j);
  if (pp && toks[pp[0] - 1]?.pos === 'ADP' && npEndingAt(toks, pp[0] - 2)) j = pp[0] - 2;
  if (toks[j]?.text === ',') {
    // "Jeb Bush, the former governor, said": the head before the appositive; "X, who …, said": X.
    let k = j - 1;
    while (k >= 0 && j - k < 40 && toks[k]!.text !== ',' && toks[k]!.pos !== 'PUNCT') k--;
    if (k >= 0 && toks[k]!.text === ',') {
      const head = npEndingAt(toks, k - 1);
      if (head) return head;
    }
    return npEndingAt(toks, j - 1);
  }
  const np = npEndingAt(toks, j);
  if (!np) return null;
  // "Lucy Fischer of The Times told": the person before of/from.
  const before = toks[np[0] - 1];
  if (before && before.pos === 'ADP' && /^(of|from)$/i.test(before.text)) {
    const head = npEndingAt(toks, np[0] - 2);
    if (head) return [head[0], np[1]];
  }
  return np;
}

/** The subject of a sentence: the first noun phrase before its first verb. */
function sentenceSubject(toks: Tagged[]): [number, number] | null {
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.pos === 'VERB' || toks[i]!.pos === 'AUX') return i > 0 ? subjectOf(toks, i) : null;
  }
  return null;
}

const overlaps = (a: { start: number; end: number }, s: number, e: number): boolean => Math.min(a.end, e) > Math.max(a.start, s);

// `winkUnion`: right by the hand rules or by the wink finder: the most any way of combining the two could reach.
interface Counts { n: number; hand: number; wink: number; compromise: number; winkUnion: number }
const empty = (): Counts => ({ n: 0, hand: 0, wink: 0, compromise: 0, winkUnion: 0 });
const TAGGERS = { wink: winkTagger, compromise: compromiseTagger } as const;

/** Paragraph [start, end) around an offset. */
function paragraphAt(text: string, at: number): [number, number] {
  const s = text.lastIndexOf('\n\n', at);
  const e = text.indexOf('\n\n', at);
  return [s < 0 ? 0 : s + 2, e < 0 ? text.length : e];
}

function evaluate(golds: GoldDoc[]): { subject: Counts; appositive: Counts; pronoun: Counts } {
  const subject = empty();
  const appositive = empty();
  const pronoun = empty();
  for (const g of golds) {
    const { quotes } = extractQuotes(g.text);
    const tagCache = new Map<string, Tagged[]>();
    const tagged = (name: keyof typeof TAGGERS, s: number, e: number): Tagged[] => {
      const key = `${name}:${s}`;
      let t = tagCache.get(key);
      if (!t) tagCache.set(key, (t = TAGGERS[name](g.text, s, e)));
      return t;
    };
    for (const q of quotes) {
      const gq = g.quotes.find((x) => Math.min(x.end, q.end) - Math.max(x.start, q.start) >= Math.max(x.end - x.start, q.end - q.start) / 2);
      if (!gq || gq.speakerStart == null || gq.speakerEnd == null) continue;
      if (!q.cue || q.kind === 'continuation' || !q.mention) continue;
      const words = g.text.slice(q.cue.start, q.cue.end);
      if (!/^\p{Ll}/u.test(words) || words.startsWith('according')) continue; // a verb cue, not a colon or "according to"
      const [ps, pe] = paragraphAt(g.text, q.cue.start);
      const gs = gq.speakerStart;
      const ge = gq.speakerEnd;
      const appos = g.text.slice(gs, ge).replace(/,\s*$/, '').includes(',');
      const rows = appos ? [subject, appositive] : [subject];
      const handRight = overlaps(q.mention, gs, ge);
      for (const r of rows) { r.n++; if (handRight) r.hand++; }
      for (const name of ['wink', 'compromise'] as const) {
        const toks = tagged(name, ps, pe).filter((t) => t.end <= q.start || t.start >= q.end || (t.start <= q.start && t.end >= q.end));
        const v = toks.findIndex((t) => t.start <= q.cue!.start && t.end > q.cue!.start);
        const np = v >= 0 ? subjectOf(toks, v) : null;
        const right = np !== null && overlaps({ start: toks[np[0]]!.start, end: toks[np[1]]!.end }, gs, ge);
        if (right) for (const r of rows) r[name]++;
        if (name === 'wink' && (right || handRight)) for (const r of rows) r.winkUnion++;
        // SYNTAX_DIAG=1 prints where the hand rules and wink disagree (=all: also where both are wrong).
        if (process.env.SYNTAX_DIAG && name === 'wink' && (right !== handRight || (process.env.SYNTAX_DIAG === 'all' && !handRight))) {
          const np2 = np ? g.text.slice(toks[np[0]]!.start, toks[np[1]]!.end) : null;
          console.log(`${handRight ? 'HAND' : right ? 'WINK' : 'NONE'}\tgold=${g.text.slice(gs, ge)}\thand=${g.text.slice(q.mention.start, q.mention.end)}\twink=${np2}\tcue=${words}\t${toks.slice(Math.max(0, v - 8), v + 6).map((t) => `${t.text}/${t.pos}`).join(' ')}`);
        }
      }
    }
    // Pronoun antecedents by role: only where the gold names the person (the silver set's full names).
    for (const q of quotes) {
      if (!q.mention || !/^(he|she)$/i.test(g.text.slice(q.mention.start, q.mention.end))) continue;
      const gq = g.quotes.find((x) => Math.min(x.end, q.end) - Math.max(x.start, q.start) >= Math.max(x.end - x.start, q.end - q.start) / 2);
      if (!gq || !gq.speaker || gq.speakerStart != null || /^(he|she|they|i|we)$/i.test(gq.speaker)) continue;
      pronoun.n++;
      if (speakerRight(gq as GoldQuote, { start: q.start, end: q.end, speaker: q.speaker?.name ?? null })) pronoun.hand++;
      for (const name of ['wink', 'compromise'] as const) {
        const who = antecedentByRole(g.text, q.mention.start, (s, e) => tagged(name, s, e));
        const right = who !== null && speakerRight(gq as GoldQuote, { start: q.start, end: q.end, speaker: who });
        if (right) pronoun[name]++;
        if (name === 'wink' && (right || speakerRight(gq as GoldQuote, { start: q.start, end: q.end, speaker: q.speaker?.name ?? null }))) pronoun.winkUnion++;
      }
    }
  }
  return { subject, appositive, pronoun };
}

/**
 * The antecedent of a pronoun by grammatical role: the subject of the nearest earlier sentence (this
 * paragraph or the previous one) whose subject is a proper name; sentences whose subject is a pronoun
 * continue the same referent, so the search goes on past them.
 */
function antecedentByRole(text: string, at: number, tag: (s: number, e: number) => Tagged[]): string | null {
  const [ps, pe] = paragraphAt(text, at);
  const paras: [number, number][] = [[ps, pe]];
  if (ps > 2) paras.push(paragraphAt(text, ps - 3));
  for (const [s, e] of paras) {
    const toks = tag(s, e).filter((t) => t.end <= at);
    // split into sentences at . ! ? tokens
    const sentences: Tagged[][] = [[]];
    for (const t of toks) {
      sentences[sentences.length - 1]!.push(t);
      if (/^[.!?]$/.test(t.text)) sentences.push([]);
    }
    for (let i = sentences.length - 1; i >= 0; i--) {
      const st = sentences[i]!;
      const np = sentenceSubject(st);
      if (!np) continue;
      const words = st.slice(np[0], np[1] + 1);
      if (words.some((w) => w.pos === 'PROPN')) return words.filter((w) => w.pos === 'PROPN').map((w) => w.text).join(' ');
    }
  }
  return null;
}

function timeIt(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

async function gzippedBundle(code: string): Promise<number> {
  // Inside the repository so that the entry resolves the installed packages.
  const dir = mkdtempSync(join(process.cwd(), 'node_modules', '.syntax-size-'));
  try {
    writeFileSync(join(dir, 'entry.js'), code);
    const out = await build({
      configFile: false, logLevel: 'silent', root: dir,
      build: { write: false, minify: true, lib: { entry: join(dir, 'entry.js'), formats: ['es'], fileName: 'entry' } },
    });
    const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
    return outputs.flatMap((o) => o.output).reduce((a, c) => a + (c.type === 'chunk' && c.code ? gzipSync(c.code, { level: 9 }).length : 0), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const files = process.argv.slice(2);
  const sets = files.length ? files : ['../shared/eval/polnear-train.jsonl', '../shared/eval/polnear-dev.jsonl', 'tests/fixtures/wikinews-silver.jsonl'];
  const pct = (c: Counts, k: 'hand' | 'wink' | 'compromise' | 'winkUnion'): string => (c.n ? ((100 * c[k]) / c.n).toFixed(1) : '-').padStart(6);
  console.log('set                 task            n    hand    wink  compromise  hand-or-wink   (share right, %)');
  for (const f of sets) {
    const golds = readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc);
    const r = evaluate(golds);
    const name = f.split('/').pop()!.replace('.jsonl', '');
    for (const [task, c] of Object.entries(r)) {
      if (c.n) console.log(`${name.padEnd(20)}${task.padEnd(12)}${String(c.n).padStart(5)}  ${pct(c, 'hand')}  ${pct(c, 'wink')}  ${pct(c, 'compromise')}      ${pct(c, 'winkUnion')}`);
    }
  }
  // Throughput on the dev texts: the engine's whole run against tagging alone.
  const dev = readFileSync('../shared/eval/polnear-dev.jsonl', 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as GoldDoc).text);
  const bytes = dev.reduce((a, t) => a + t.length, 0);
  for (const t of dev.slice(0, 5)) { extractQuotes(t); winkTagger(t, 0, t.length); compromiseTagger(t, 0, t.length); } // warm up
  const engineMs = timeIt(() => { for (const t of dev) extractQuotes(t); });
  const winkMs = timeIt(() => { for (const t of dev) winkTagger(t, 0, t.length); });
  const compromiseMs = timeIt(() => { for (const t of dev) compromiseTagger(t, 0, t.length); });
  // Candidate paragraphs only: those holding a quotation with a cue, as the engine would tag them.
  const candidates: [string, number, number][] = [];
  for (const t of dev) {
    const seen = new Set<number>();
    for (const q of extractQuotes(t).quotes) {
      if (!q.cue) continue;
      const [s, e] = paragraphAt(t, q.cue.start);
      if (!seen.has(s)) candidates.push([t, s, e]);
      seen.add(s);
    }
  }
  const candBytes = candidates.reduce((a, [, s, e]) => a + e - s, 0);
  const candWinkMs = timeIt(() => { for (const [t, s, e] of candidates) winkTagger(t, s, e); });
  const engineMs2 = timeIt(() => { for (const t of dev) extractQuotes(t); });
  const mbps = (ms: number, b = bytes): string => ((b / 1e6) / (ms / 1000)).toFixed(2);
  console.log(`\nthroughput on polnear-dev (${(bytes / 1e6).toFixed(2)} MB), MB/s: engine ${mbps(engineMs)}, wink tagging ${mbps(winkMs)}, compromise tagging ${mbps(compromiseMs)}`);
  console.log(`wink on candidate paragraphs only: ${(candBytes / 1e6).toFixed(2)} MB (${((100 * candBytes) / bytes).toFixed(0)} % of the text), ${candWinkMs.toFixed(0)} ms; the engine's whole run ${engineMs.toFixed(0)} and ${engineMs2.toFixed(0)} ms`);
  const winkGz = await gzippedBundle("import w from 'wink-nlp'; import m from 'wink-eng-lite-web-model'; const n = w(m); export const f = (t) => n.readDoc(t).tokens().out(n.its.pos);");
  const compromiseGz = await gzippedBundle("import nlp from 'compromise'; export const f = (t) => nlp(t).json({ offset: true });");
  console.log(`browser bundle, minified + gzipped: wink-nlp + model ${(winkGz / 1024).toFixed(0)} kB, compromise ${(compromiseGz / 1024).toFixed(0)} kB`);
}

await main();
