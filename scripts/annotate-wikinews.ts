// Builds tests/fixtures/wikinews-silver.jsonl: the bundled Wikinews articles' body text (exactly as the
// ingestion builds it) with hand-made speaker annotations for every double-quoted span.
// Usage: tsx scripts/annotate-wikinews.ts list            → prints every span numbered, for annotating
//        tsx scripts/annotate-wikinews.ts build <ann.json> → writes the fixture ({id: [speaker | "#other" | "#null" | "#join"]})
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown } from '../src/ingest/parse-markdown.ts';
import { joinParagraphs } from '../src/ingest/paragraphs.ts';

const DIR = 'src/content/articles';
const OPEN = new Set(['"', '\u201C']);
const CLOSE = new Set(['"', '\u201D']);

/** One double-quoted span; `unclosed` when cut at the paragraph end. */
interface Span { start: number; end: number; unclosed: boolean; para: number }

function articles(): { id: string; text: string; spans: Span[]; paras: { start: number; end: number }[] }[] {
  return readdirSync(DIR).filter((f) => /^wikinews-.*\.md$/.test(f)).sort().map((f) => {
    const parsed = parseMarkdown(readFileSync(join(DIR, f), 'utf8'), f);
    if (!parsed.ok) throw new Error(`${f}: ${parsed.problems[0]?.message}`);
    const { text, spans: paras } = joinParagraphs(parsed.source.paragraphs);
    const spans: Span[] = [];
    paras.forEach((p, pi) => {
      let open = -1;
      for (let i = p.start; i < p.end; i++) {
        const c = text[i]!;
        if (open < 0 && OPEN.has(c)) open = i;
        else if (open >= 0 && CLOSE.has(c)) { spans.push({ start: open, end: i + 1, unclosed: false, para: pi }); open = -1; }
      }
      if (open >= 0) spans.push({ start: open, end: p.end, unclosed: true, para: pi });
    });
    return { id: f, text, spans, paras };
  });
}

const [cmd, annFile] = process.argv.slice(2);
if (cmd === 'list') {
  for (const a of articles()) {
    console.log(`\n##### ${a.id}`);
    let last = -1;
    a.spans.forEach((s, i) => {
      if (s.para !== last) { console.log(`  [P${s.para}] ${a.text.slice(a.paras[s.para]!.start, a.paras[s.para]!.end)}`); last = s.para; }
      console.log(`    ${i}: ${a.text.slice(s.start, s.end).slice(0, 90)}${s.unclosed ? ' (UNCLOSED)' : ''}`);
    });
  }
} else if (cmd === 'build' && annFile) {
  const ann = JSON.parse(readFileSync(annFile, 'utf8')) as Record<string, (string | null)[]>;
  const lines: string[] = [];
  for (const a of articles()) {
    // Articles not yet annotated are left out rather than written with guessed speakers.
    const labels = ann[a.id];
    if (!labels) continue;
    if (labels.length !== a.spans.length) throw new Error(`${a.id}: ${a.spans.length} spans, ${labels.length} labels`);
    const quotes: object[] = [];
    const otherQuoted: object[] = [];
    a.spans.forEach((s, i) => {
      const l = labels[i];
      // "#join": a straight-quoted inner title split the quotation in two; the gold quotation spans both parts.
      if (l === '#join') { const prev = quotes[quotes.length - 1] as { end: number }; prev.end = s.end; return; }
      if (l === '#other') otherQuoted.push({ start: s.start, end: s.end });
      else quotes.push({ start: s.start, end: s.end, speaker: l === '#null' ? null : l, ...(s.unclosed ? { unclosed: true } : {}) });
    });
    lines.push(JSON.stringify({ id: a.id, text: a.text, quotes, otherQuoted }));
  }
  writeFileSync('tests/fixtures/wikinews-silver.jsonl', lines.join('\n') + '\n');
  console.log(`wrote ${lines.length} articles`);
} else {
  console.error('usage: tsx scripts/annotate-wikinews.ts list | build <annotations.json>');
  process.exit(2);
}
