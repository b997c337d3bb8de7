// CLI: reads JSONL {id, text} on stdin, writes JSONL {id, quotes: [...]} on stdout, the format
// ../shared/eval/score-quotes.mjs scores. A bad line is reported with its line number.
import { createInterface } from 'node:readline';
import { toPrediction } from './quote-prediction.ts';

async function main(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out: string[] = [];
  let line = 0;
  let bad = 0;
  for await (const raw of rl) {
    line++;
    if (!raw.trim()) continue;
    let doc: { id?: unknown; text?: unknown };
    try {
      doc = JSON.parse(raw) as { id?: unknown; text?: unknown };
    } catch (e) {
      bad++;
      process.stderr.write(`stdin:${line}: not JSON (${(e as Error).message}); expected {"id": …, "text": "…"}\n`);
      continue;
    }
    if (typeof doc.text !== 'string') {
      bad++;
      process.stderr.write(`stdin:${line}: missing string field "text"; expected {"id": …, "text": "…"}\n`);
      continue;
    }
    out.push(JSON.stringify(toPrediction(String(doc.id ?? line), doc.text)));
    if (out.length >= 200) {
      process.stdout.write(out.join('\n') + '\n');
      out.length = 0;
    }
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  if (bad) process.exitCode = 1;
}

void main();
