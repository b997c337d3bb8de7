// Lists the speakers of the bundled articles (src/content/articles, or a folder given) with their
// type, quotation count and, for each, the mention and resolver step of its first quotation, so
// that non-speakers (a place, a thing, a clipped word) are easy to spot:
//   npx tsx scripts/list-speakers.ts [dir] [--json]
import { ingestDirectory } from '../src/ingest/ingest-directory.ts';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? 'src/content/articles';
  const { site } = await ingestDirectory(dir, { workers: 0 });
  const rows = new Map<string, { name: string; type: string; count: number; example: string }>();
  for (const a of site.articles) {
    for (const q of a.analysis.quotes) {
      if (!q.speaker) continue;
      const row = rows.get(q.speaker.id);
      if (row) { row.count++; continue; }
      const mention = q.mention ? a.text.slice(q.mention.start, q.mention.end) : '';
      rows.set(q.speaker.id, { name: q.speaker.name, type: q.speaker.type ?? '?', count: 1, example: `${a.slug}: “${mention}” via ${q.sieve}/${q.resolver}` });
    }
  }
  const list = [...rows.values()].sort((x, y) => x.type.localeCompare(y.type) || y.count - x.count);
  if (args.includes('--json')) {
    console.log(JSON.stringify(list, null, 2));
    return;
  }
  for (const r of list) console.log(`${r.type.padEnd(12)} ${String(r.count).padStart(3)}  ${r.name.padEnd(40)} ${r.example}`);
  console.log(`${list.length} speakers`);
}

void main();
