// The streaming reduce (issue 14 item 1, docs/decisions/086-streaming-build.md): the same site as
// `assemble` + `writeSiteData` (build-index.ts, write-data.ts), byte for byte, without holding the
// corpus in memory.
//   add     each FileResult as the map makes it (any order): the article's record goes to a spill
//           file; memory keeps a compact row (file, slug, date, title, quotation count, speaker ids)
//           and the file's warnings and problems.
//   finish  the corpus-wide steps on the rows: derived and duplicate slugs, one speaker id across
//           articles (renames from the distinct speakers), the editors' corrections (only the
//           corrected articles are read back), the counts of the report. Bad files stop here.
//   write   one pass in home order reading each record back: index pages, article chunks, the
//           voices summary, speaker tallies (their quotations spilled per speaker) and the search
//           index (doc rows spilled, postings in sorted runs merged at the end); then speakers.
import type { FileResult } from './analyse-source.ts';
import { compareArticles, compareSpeakers, findDuplicateSlugs, settleDerivedSlugs, tallyArticleSpeakers, type SlugRow, type SpeakerTally } from './build-index.ts';
import { DEFAULT_SPLIT, SearchFilesBuilder, searchArticleOf, searchBodyCharsFor } from './build-search-index.ts';
import type { IngestProblem, IngestWarning } from './errors.ts';
import { mapDirectoryEach, type IngestOptions, type IngestReport } from './ingest-directory.ts';
import { correctArticle, correctionsBySlug, NO_CORRECTIONS, readCorrections, type PublishedCorrections } from './read-corrections.ts';
import { SpillDir, type SpillFile, type SpillRef } from './spill.ts';
import type { AnalysedArticle } from './types.ts';
import { DataWriter, DEFAULT_DATA_OPTIONS, chunkRow, isSafeId, link, manifestFor, pageSpeakerArticles, speakerHead, speakerSummaryRow, summaryRow, type DataOptions, type WrittenData } from './write-data.ts';
import { voicesAccumulator } from '../contract/voices-summary.ts';
import { dataPaths, type ArticleLink, type ArticleSummary, type SpeakerQuote } from '../contract/article-data.ts';
import { articleSpeakers, renamesAmong, renameSpeakers } from '../quotes/resolve-corpus-speakers.ts';
import type { Speaker } from '../quotes/types.ts';

/** What the streaming build keeps of one article between the passes. */
interface Row extends SlugRow {
  ref: SpillRef;
  quoteCount: number;
  /** The distinct speaker ids of its quotations (strings shared with every other row's). */
  speakers: string[];
}

/** Limits of what stays in memory (tests make them tiny to cross every boundary). */
export interface StreamLimits {
  /** Search postings held before a sorted run goes to disk (three numbers per posting). */
  postingsInMemory: number;
}

/** Default: ~8 M numbers, about 100–200 MB of postings before a run is spilled. */
export const DEFAULT_STREAM_LIMITS: StreamLimits = { postingsInMemory: 8_000_000 };

/** The corpus-wide outcome: what `assemble` returns but the site, which `write` streams out. */
export interface StreamedSite {
  ok: boolean;
  problems: IngestProblem[];
  warnings: IngestWarning[];
  report: IngestReport;
  /** Worker threads the map ran in (0: in this thread). */
  workers: number;
  /** Results (files, records) reduced. */
  records: number;
  /** Writes every data file under `outDir` (the same files writeSiteData writes for the assembled site). */
  write(outDir: string, options?: DataOptions): Promise<WrittenData>;
  /** Deletes the temporary files; the site can no longer be written. */
  dispose(): void;
}

/** The reduce one result at a time; `finish` once every result is in. */
export class StreamingReduce {
  private readonly spill: SpillDir;
  private readonly records: SpillFile;
  private readonly rows: Row[] = [];
  // Per file, what the report needs of it (files without any are not kept).
  private readonly notes: { file: string; warnings: IngestWarning[]; problems: IngestProblem[] | null; removed: IngestReport['removed'][number] | null }[] = [];
  // Each speaker id once (rows share the strings), with the last article's (in file order) speaker.
  private readonly distinct = new Map<string, { speaker: Speaker; file: string }>();
  private readonly ids = new Map<string, string>();
  private count = 0;

  constructor(private readonly limits: StreamLimits = DEFAULT_STREAM_LIMITS, spillParent?: string) {
    this.spill = new SpillDir(spillParent);
    this.records = this.spill.file('records.jsonl');
  }

  /** Deletes the temporary files (a reduce that will not finish). */
  discard(): void {
    this.spill.remove();
  }

  /** Results added so far. */
  get size(): number {
    return this.count;
  }

  /** Takes one file's result (in any order). */
  add(r: FileResult): void {
    this.count++;
    if (r.ok) {
      const a = r.article;
      const speakers: string[] = [];
      for (const q of a.analysis.quotes) {
        if (!q.speaker) continue;
        const id = this.intern(q.speaker.id);
        if (!speakers.includes(id)) speakers.push(id);
      }
      this.rows.push({
        file: a.file, format: a.format, slug: a.slug, slugLine: a.slugLine,
        meta: { slug: a.meta.slug, date: a.meta.date, title: a.meta.title },
        ref: this.records.append(JSON.stringify(a)),
        quoteCount: a.analysis.quotes.length,
        speakers,
      });
      this.noteSpeakers(a);
    }
    const removed = r.ok && r.removed.length > 0 ? { file: r.file, lines: r.removed } : null;
    if (r.warnings.length > 0 || !r.ok || removed) this.notes.push({ file: r.file, warnings: r.warnings, problems: r.ok ? null : r.problems, removed });
  }

  private intern(id: string): string {
    const known = this.ids.get(id);
    if (known !== undefined) return known;
    this.ids.set(id, id);
    return id;
  }

  // The speakers the renames are chosen among: the last article's version of each id, in file
  // order (what corpusSpeakerRenames keeps reading the articles in order), whatever order they came in.
  private noteSpeakers(a: AnalysedArticle, into = this.distinct): void {
    for (const s of articleSpeakers(a)) {
      const seen = into.get(s.id);
      if (!seen || seen.file <= a.file) into.set(s.id, { speaker: s, file: a.file });
    }
  }

  private read(row: Row): AnalysedArticle {
    return JSON.parse(this.records.read(row.ref)) as AnalysedArticle;
  }

  /** The corpus-wide steps on the rows; the site is then written by `write`. */
  finish(corrections: PublishedCorrections = NO_CORRECTIONS, workers = 0): StreamedSite {
    const problems: IngestProblem[] = [];
    const warnings: IngestWarning[] = [];
    const removed: IngestReport['removed'] = [];
    // In file order, as assemble: the corpus-wide steps never depend on who finished first.
    const byName = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
    this.notes.sort(byName);
    for (const n of this.notes) {
      warnings.push(...n.warnings);
      if (n.problems) problems.push(...n.problems);
      if (n.removed) removed.push(n.removed);
    }
    this.notes.length = 0;
    this.rows.sort(byName);
    const settled = settleDerivedSlugs(this.rows);
    warnings.push(...settled.warnings);
    if (settled.articles.length === 0 && problems.length === 0) {
      warnings.push({ code: 'no-articles', file: '(articles folder)', line: null, message: 'The articles folder holds no articles: the site will be empty.' });
    }
    const duplicates = findDuplicateSlugs(settled.articles);
    problems.push(...duplicates);
    const clashing = new Set(duplicates.map((p) => p.file));
    // Articles with a clashing slug are left out of the site, and of the speakers renames are chosen among.
    const kept = clashing.size ? settled.articles.filter((a) => !clashing.has(a.file)) : settled.articles;
    let distinct = this.distinct;
    if (clashing.size) {
      distinct = new Map();
      for (const row of kept) this.noteSpeakers(this.read(row), distinct);
    }
    const renames = renamesAmong([...distinct.values()].map((d) => d.speaker));
    // The editors' corrections come last; only the articles they name are read back here.
    const published = correctionsBySlug(corrections, new Set(kept.map((a) => a.slug)));
    problems.push(...published.problems);
    const corrected = new Map<string, AnalysedArticle>();
    for (const row of kept) {
      const entries = published.bySlug.get(row.slug);
      if (!entries) continue;
      corrected.set(row.file, correctArticle(renameSpeakers({ ...this.read(row), slug: row.slug }, renames), entries, problems, warnings));
    }
    let quoteCount = 0;
    const speakerIds = new Set<string>();
    for (const row of kept) {
      const fixed = corrected.get(row.file);
      if (fixed) {
        quoteCount += fixed.analysis.quotes.length;
        for (const q of fixed.analysis.quotes) if (q.speaker) speakerIds.add(q.speaker.id);
        continue;
      }
      quoteCount += row.quoteCount;
      for (const id of row.speakers) speakerIds.add(renames.get(id)?.id ?? id);
    }
    const byFile = (a: { file: string; line: number | null }, b: { file: string; line: number | null }) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
    problems.sort(byFile);
    warnings.sort(byFile);
    removed.sort((a, b) => a.file.localeCompare(b.file));
    const report: IngestReport = { articleCount: kept.length, quoteCount, speakerCount: speakerIds.size, errors: problems, warnings, removed };
    const home = [...kept].sort(compareArticles);
    const article = (row: Row): AnalysedArticle => corrected.get(row.file) ?? renameSpeakers({ ...this.read(row), slug: row.slug }, renames);
    return {
      ok: problems.length === 0,
      problems,
      warnings,
      report,
      workers,
      records: this.count,
      write: (outDir, options = DEFAULT_DATA_OPTIONS) => this.writeSite(home, article, report, outDir, options),
      dispose: () => this.spill.remove(),
    };
  }

  // The pass in home order, then the speaker files and the search index from their spills.
  private async writeSite(home: readonly Row[], article: (row: Row) => AnalysedArticle, report: IngestReport, outDir: string, options: DataOptions): Promise<WrittenData> {
    const writer = new DataWriter(outDir);
    const n = home.length;
    const at = (i: number): ArticleLink | null => link(home[i]);
    const bodyChars = searchBodyCharsFor(n, options.searchBodyChars);
    const search = new SearchFilesBuilder(DEFAULT_SPLIT, { file: (what) => this.spill.file(what), maxNumbers: this.limits.postingsInMemory });
    const voices = voicesAccumulator();
    // A speaker's articles as three flat lists (home index, spilled quotations' offset and length).
    type Tally = SpeakerTally & { index: number[]; offset: number[]; length: number[] };
    const speakers = new Map<string, Tally>();
    const quotesFile = this.spill.file('speaker-quotes.json');
    let page: ArticleSummary[] = [];
    let pageNumber = 0;
    let quoteCount = 0;
    for (let i = 0; i < n; i++) {
      const started = performance.now();
      const a = article(home[i]!);
      quoteCount += a.analysis.quotes.length;
      page.push(summaryRow(a, i));
      await writer.put(dataPaths.article(a.slug), JSON.stringify(chunkRow(a, i, at(i - 1), at(i + 1))), started);
      if (page.length === options.pageSize) {
        await writer.put(dataPaths.indexPage(pageNumber), JSON.stringify({ page: pageNumber, articles: page }));
        pageNumber++;
        page = [];
      }
      voices.add({ source: a.meta.source, date: a.meta.date, quoteCount: a.analysis.quotes.length, speakers: a.analysis.speakers });
      const quoted = tallyArticleSpeakers(a, i, speakers, (t) => ({ ...t, index: [], offset: [], length: [] }));
      for (const [s, quotes] of quoted) {
        const ref = quotesFile.append(JSON.stringify(quotes));
        s.index.push(i);
        s.offset.push(ref.offset);
        s.length.push(ref.length);
      }
      search.add(searchArticleOf(a, bodyChars));
    }
    if (page.length > 0 || n === 0) await writer.put(dataPaths.indexPage(pageNumber), JSON.stringify({ page: pageNumber, articles: page }));
    if (quoteCount !== report.quoteCount || speakers.size !== report.speakerCount) {
      // The counts of `finish` and of this pass come from the same rows: a difference is a bug here, not in the corpus.
      throw new Error(`The streaming build counted ${report.quoteCount} quotations and ${report.speakerCount} speakers before writing but ${quoteCount} and ${speakers.size} while writing; the site would contradict its manifest.`);
    }
    await writer.put(dataPaths.manifest(), JSON.stringify(manifestFor({ articleCount: n, speakerCount: speakers.size, quoteCount }, options)));
    const ordered = [...speakers.values()].sort(compareSpeakers);
    await writer.put(dataPaths.speakers(), JSON.stringify(ordered.map((s) => speakerSummaryRow(s, s.index.length))));
    await writer.put(dataPaths.voices(), JSON.stringify(voices.summary()));
    for (const s of ordered) {
      if (!isSafeId(s.id)) continue;
      const started = performance.now();
      const articles = s.index.map((index, k) => {
        const row = home[index]!;
        const quotes = JSON.parse(quotesFile.read({ offset: s.offset[k]!, length: s.length[k]! })) as SpeakerQuote[];
        return { slug: row.slug, title: row.meta.title, date: row.meta.date, position: index, quotes };
      });
      const pages = pageSpeakerArticles(articles);
      await writer.put(dataPaths.speaker(s.id), JSON.stringify(speakerHead(s, s.index.length, pages, (index) => at(index)!)), started);
      for (let p = 1; p < pages.length; p++) await writer.put(dataPaths.speakerPage(s.id, p), JSON.stringify({ page: p, articles: pages[p]! }));
    }
    let started = performance.now();
    for (const [path, json] of search.files()) {
      await writer.put(path, json, started);
      started = performance.now();
    }
    return writer.done();
  }
}

/** Options of streamDirectory: those of the map, the published corrections, and the limits. */
export interface StreamOptions extends IngestOptions {
  limits?: StreamLimits;
  /** Where the temporary folder goes (default: the system's temporary folder). */
  spillParent?: string;
}

/**
 * The build's map then streaming reduce over a folder: every article read, analysed (cache, worker
 * pool) and spilled as it comes; the corpus-wide steps on compact rows. Never throws for bad articles.
 */
export async function streamDirectory(dir: string, options: StreamOptions = {}): Promise<StreamedSite> {
  const corrections = options.correctionsDir ? await readCorrections(options.correctionsDir) : NO_CORRECTIONS;
  const reduce = new StreamingReduce(options.limits, options.spillParent);
  try {
    const mapped = await mapDirectoryEach(dir, options, (result) => reduce.add(result));
    return reduce.finish(mapped.folderMissing ? NO_CORRECTIONS : corrections, mapped.workers);
  } catch (err) {
    reduce.discard();
    throw err;
  }
}
