// The query side of the split search index (docs/decisions/043-search-shards.md). Pure apart from
// the injected `fetchJson`: it reads the manifest, then only the term shards the query needs,
// scores with BM25+ over the fields title/text/speaker (MiniSearch's formula and constants, so
// rankings match the old single-file index), groups documents by article, and reads the doc
// store only for the results that are shown. Node tests drive it with an in-memory fetcher.
import { searchPaths, type SearchDocChunk, type SearchManifest, type SearchShard } from '../contract/search-data.ts';
import { STOP_WORDS, parseQuery, type ArticleHit, type ParsedQuery, type QuoteHit } from './search-query.ts';
import { own } from '../common/own.ts';

/** Fetches and parses one data file by its path (relative to the site's base). */
export type FetchJson = (path: string) => Promise<unknown>;

/** Gives the thread back to the browser for a moment (input, painting), resolving when it may go on. */
export type YieldNow = () => Promise<void>;

/** Longest stretch of ranking work between two yields, in ms (a long task is 50 ms; a phone is ~4× slower than this machine). */
const SLICE_MS = 8;

/**
 * Cuts the ranking of a common word into slices (at 30,000 articles "president" matches 11,000 of
 * them and 40,000 documents: tens of milliseconds in one task, ×4 on a phone): the clock is read
 * every 1,024 steps, and past SLICE_MS the work awaits `yieldNow`. The same steps in the same order,
 * only paused, so the ranking is unchanged. Without `yieldNow` (Node) it never pauses.
 */
class Slices {
  private since = 0;
  private steps = 0;
  constructor(private readonly yieldNow: YieldNow | undefined) {
    this.restart();
  }
  /** Starts a new slice (after an await that already gave the thread back). */
  restart(): void {
    this.since = performance.now();
  }
  /** True when the caller should `await pause()` before its next step. */
  due(): boolean {
    return this.yieldNow !== undefined && (++this.steps & 1023) === 0 && performance.now() - this.since > SLICE_MS;
  }
  async pause(): Promise<void> {
    await this.yieldNow!();
    this.restart();
  }
}

/** Options of an opened index. */
export interface SearchIndexOptions {
  /** How the ranking of a large result set lets the browser in between (none: it runs in one go). */
  yieldNow?: YieldNow;
}

// Titles and speakers are short and telling; a word there counts for more than one in the body.
const BOOST = [3, 1, 2]; // SEARCH_FIELDS order: title, text, speaker (as before)
// BM25+ constants (MiniSearch's defaults).
const K = 1.2;
const B = 0.7;
const D = 0.5;
/** Prefix expansion of the last word, from this many letters (shorter stems match too much). */
const PREFIX_FROM = 4;
/** Weight of a prefix expansion and of a fuzzy one, next to 1 for the exact term. */
const PREFIX_WEIGHT = 0.6;
const FUZZY_WEIGHT = 0.3;
/** Fuzzy matching from this many letters; one edit per five letters, at most two. */
const FUZZY_FROM = 6;

/** One term of the query with the index terms it stands for and their weights. */
/** One word of the query with the index terms it expands to (prefix, fuzzy) and their weights. */
export interface TermQuery {
  term: string;
  expansions: Map<string, number>;
}

/**
 * A matched document's score and the index terms it matched, in the order they matched. An array,
 * not a Set: a document matches one to a few terms, and a common word matches tens of thousands of
 * documents at scale, where a Set each was most of the ranking's garbage (decision 088).
 */
interface DocScore {
  score: number;
  terms: string[];
}

/** `terms` with `t` added unless it is there already (a small set kept as an array). */
function addTerm(terms: string[], t: string): void {
  if (terms[terms.length - 1] !== t && !terms.includes(t)) terms.push(t);
}

/** The terms of `a`, then those of `b` not among them. */
function unionTerms(a: readonly string[], b: readonly string[]): string[] {
  const out = a.slice();
  for (const t of b) addTerm(out, t);
  return out;
}

/** A quotation document in a ranked article. */
export interface RankedQuote {
  /** Position of the quotation in its article's list (the doc store's order). */
  index: number;
  score: number;
  terms: string[];
}

/** An article in the ranking, before its slug and title are read from the doc store. */
export interface RankedArticle {
  article: number;
  score: number;
  articleMatched: boolean;
  quotes: RankedQuote[];
  terms: string[];
  /** In a "some of the words" ranking: the reader's words this article has (their count ranks it first). */
  matchedWords?: string[];
}

/** The ranking for a query. */
export interface Ranking {
  query: ParsedQuery;
  articles: RankedArticle[];
  /** True when no document had every word, so documents with some of them are ranked. */
  partial: boolean;
}

/** A loaded split index: the manifest plus caches of the shards and doc chunks read so far. */
export interface SearchEngine {
  manifest: SearchManifest;
  /** Ranks every matching article for the reader's input. */
  rank(input: string): Promise<Ranking>;
  /** Reads slugs, titles, texts, quotations and speakers of ranked articles (only their doc chunks are fetched). */
  resolve(articles: readonly RankedArticle[]): Promise<ArticleHit[]>;
}

/** Loads the manifest and returns an engine reading the rest through `fetchJson` on demand. */
export async function openSearchIndex(fetchJson: FetchJson, options: SearchIndexOptions = {}): Promise<SearchEngine> {
  const manifest = (await fetchJson(searchPaths.searchManifest())) as SearchManifest;
  const shards = new Map<number, Promise<SearchShard>>();
  const chunks = new Map<number, Promise<SearchDocChunk>>();
  // First document id of each article, and one past the last.
  const starts = [0];
  for (const n of manifest.articleDocs) starts.push(starts[starts.length - 1]! + n);

  const shard = (n: number): Promise<SearchShard> => {
    let p = shards.get(n);
    if (!p) {
      p = fetchJson(searchPaths.searchShard(n)) as Promise<SearchShard>;
      shards.set(n, p);
      // A failed fetch is forgotten so the next query retries it.
      p.catch(() => shards.delete(n));
    }
    return p;
  };
  const chunk = (n: number): Promise<SearchDocChunk> => {
    let p = chunks.get(n);
    if (!p) {
      p = fetchJson(searchPaths.searchDocs(n)) as Promise<SearchDocChunk>;
      chunks.set(n, p);
      p.catch(() => chunks.delete(n));
    }
    return p;
  };
  /** Index terms from the loaded shards of [from, to], in order. */
  const termsBetween = async (from: string, to: string): Promise<[string, SearchShard][]> => {
    const out: [string, SearchShard][] = [];
    const first = Math.max(0, shardOf(manifest.firstTerms, from));
    const last = shardOf(manifest.firstTerms, to);
    const loaded = await Promise.all(range(first, last).map(shard));
    for (const s of loaded) for (const t of Object.keys(s)) if (t >= from && t <= to) out.push([t, s]);
    return out;
  };

  /** Postings of index terms, from their shards. */
  const postingsOf = async (terms: Iterable<string>): Promise<Map<string, number[][]>> => {
    const wanted = [...terms];
    const loaded = await Promise.all(
      wanted.map(async (t) => {
        const n = shardOf(manifest.firstTerms, t);
        return n < 0 ? undefined : own(await shard(n), t);
      }),
    );
    const out = new Map<string, number[][]>();
    wanted.forEach((t, i) => {
      const p = loaded[i];
      if (p) out.set(t, p);
    });
    return out;
  };

  /** The term queries for a list of words: exact, plus prefix (`prefixLast`) and fuzzy expansions when asked. */
  const termQueries = async (words: readonly string[], prefixLast: boolean, fuzzy: boolean): Promise<TermQuery[]> =>
    Promise.all(
      words.map(async (term, i) => {
        const expansions = new Map<string, number>([[term, 1]]);
        if (prefixLast && i === words.length - 1 && term.length >= PREFIX_FROM) {
          for (const [t] of await termsBetween(term, `${term}\uffff`)) if (!expansions.has(t)) expansions.set(t, PREFIX_WEIGHT);
        }
        if (fuzzy && term.length >= FUZZY_FROM) {
          const max = Math.min(2, Math.round(term.length * 0.2));
          // Only terms sharing the first two letters are considered: they live in the same shards.
          const stem = term.slice(0, 2);
          for (const [t] of await termsBetween(stem, `${stem}\uffff`)) {
            if (!expansions.has(t) && Math.abs(t.length - term.length) <= max && editDistance(t, term, max) <= max) expansions.set(t, FUZZY_WEIGHT);
          }
        }
        return { term, expansions };
      }),
    );

  /** Scores documents for term queries; AND keeps documents matching every one. */
  const score = async (queries: readonly TermQuery[], combine: 'AND' | 'OR', slices: Slices): Promise<Map<number, DocScore>> => {
    const postings = await postingsOf(new Set(queries.flatMap((q) => [...q.expansions.keys()])));
    slices.restart();
    let combined: Map<number, DocScore> | null = null;
    for (const q of queries) {
      const docs = new Map<number, DocScore>();
      for (const [t, weight] of q.expansions) {
        const fields = postings.get(t);
        if (!fields) continue;
        for (let f = 0; f < fields.length; f++) {
          const triples = fields[f]!;
          const df = triples.length / 3;
          if (df === 0) continue;
          const idf = Math.log(1 + (manifest.docCount - df + 0.5) / (df + 0.5));
          const list: PostingList = { term: t, triples, weight, boost: BOOST[f]!, idf, avg: manifest.avgLength[f] || 1, i: 0, doc: 0 };
          while (!scoreSome(list, docs, slices)) await slices.pause();
        }
      }
      combined = combined === null ? docs : await merge(combined, docs, combine, slices);
    }
    return combined ?? new Map();
  };

  const group = async (docs: Map<number, DocScore>, slices: Slices): Promise<RankedArticle[]> => {
    const byArticle = new Map<number, ArticleGroup>();
    const entries = docs.entries();
    while (!groupSome(entries, byArticle, starts, slices)) await slices.pause();
    const out: RankedArticle[] = [];
    const groups = byArticle.entries();
    while (!rankSome(groups, out, slices)) await slices.pause();
    return out.sort((a, b) => b.score - a.score || a.article - b.article);
  };

  return {
    manifest,
    async rank(input) {
      const query = parseQuery(input);
      if (query.terms.length === 0) return { query, articles: [], partial: false };
      const all = [...query.phrases.flat(), ...query.words];
      const onlyStopWords = all.every((t) => STOP_WORDS.has(t));
      const keep = (ts: readonly string[]) => (onlyStopWords ? [...ts] : ts.filter((t) => !STOP_WORDS.has(t)));
      // Phrase words are typed in full: exact only. Free words: the last may be cut short (prefix).
      const exact = [...new Set(query.phrases.flatMap(keep))];
      const words = keep(query.words).filter((w) => !exact.includes(w));
      const every = [...(await termQueries(exact, false, false)), ...(await termQueries(words, !onlyStopWords, false))];
      const slices = new Slices(options.yieldNow);
      let docs = await score(every, 'AND', slices);
      let partial = false;
      const significant = [...new Set(keep(query.terms))];
      let fallback: TermQuery[] = [];
      if (docs.size === 0 && significant.length > 1) {
        // Nothing has every word: fall back to any word, and say so. A one-character word ("1" of
        // "STS-1") matches nearly every article: it counts only next to the others, never alone.
        const longer = significant.filter((t) => [...t].length > 1);
        fallback = await termQueries(longer.length > 0 ? longer : significant, !onlyStopWords, false);
        docs = await score(fallback, 'OR', slices);
        partial = docs.size > 0;
      }
      if (docs.size === 0 && !onlyStopWords) {
        // Still nothing: perhaps a typo. Fuzzy expansions cost a shard range per word, so only now.
        const fuzzy = await termQueries(significant, true, true);
        docs = await score(fuzzy, 'AND', slices);
        if (docs.size === 0 && significant.length > 1) {
          fallback = fuzzy;
          docs = await score(fuzzy, 'OR', slices);
          partial = docs.size > 0;
        }
      }
      const grouped = await group(docs, slices);
      return { query, articles: partial ? byCoverage(grouped, fallback) : grouped, partial };
    },
    async resolve(articles) {
      const per = manifest.articlesPerDocChunk;
      const loaded = await Promise.all(articles.map((a) => chunk(Math.floor(a.article / per))));
      return articles.map((a, i): ArticleHit => {
        const row = loaded[i]![a.article % per];
        if (!row) throw new Error(`search index: article ${a.article} is missing from ${searchPaths.searchDocs(Math.floor(a.article / per))}`);
        const [slug, title, text, quotes] = row;
        return {
          slug,
          title,
          text,
          score: a.score,
          articleMatched: a.articleMatched,
          terms: a.terms,
          ...(a.matchedWords ? { matchedWords: a.matchedWords } : {}),
          quotes: a.quotes.flatMap((q): QuoteHit[] => {
            const doc = quotes[q.index];
            return doc ? [{ quoteId: doc[0], speaker: doc[1], speakerId: doc[2], text: doc[3], score: q.score, terms: q.terms }] : [];
          }),
        };
      });
    },
  };
}

/**
 * A "some of the words" ranking: articles with more of the reader's words first, then by score, each
 * saying which words it has, so a reader sees why a result is there.
 */
export function byCoverage(articles: RankedArticle[], queries: readonly TermQuery[]): RankedArticle[] {
  return articles
    .map((a) => {
      const has = new Set(a.terms);
      const matchedWords = queries.filter((q) => [...q.expansions.keys()].some((t) => has.has(t))).map((q) => q.term);
      return { ...a, matchedWords };
    })
    .sort((a, b) => b.matchedWords.length - a.matchedWords.length || b.score - a.score || a.article - b.article);
}

// The hot loops are plain functions that stop when a slice is used up (returning false) and are
// called again after the pause: a loop with an `await` inside runs unoptimised in V8 for longer.

/** One field's posting list being scored: its term, triples and constants, and where it stopped. */
interface PostingList {
  term: string;
  triples: readonly number[];
  weight: number;
  boost: number;
  idf: number;
  avg: number;
  /** Next triple, and the document id reached (ids are delta-coded). */
  i: number;
  doc: number;
}

/** Adds a posting list's BM25+ contributions to `docs` until its end (true) or the slice's end (false). */
function scoreSome(list: PostingList, docs: Map<number, DocScore>, slices: Slices): boolean {
  const { term: t, triples, weight, boost, idf, avg } = list;
  let { i, doc } = list;
  let finished = true;
  for (; i < triples.length; i += 3) {
    if (slices.due()) {
      finished = false;
      break;
    }
    doc += triples[i]!;
    const tf = triples[i + 1]!;
    const len = triples[i + 2]!;
    const s = weight * boost * idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * len) / avg)));
    const d = docs.get(doc);
    if (d) {
      d.score += s;
      addTerm(d.terms, t);
    } else docs.set(doc, { score: s, terms: [t] });
  }
  list.i = i;
  list.doc = doc;
  return finished;
}

/** An article's matching documents, summed up. */
interface ArticleGroup {
  best: number;
  total: number;
  matched: boolean;
  quotes: RankedQuote[];
  terms: string[];
}

/** Adds matched documents to their articles' groups until none is left (true) or the slice ends (false). */
function groupSome(entries: Iterator<[number, DocScore]>, byArticle: Map<number, ArticleGroup>, starts: readonly number[], slices: Slices): boolean {
  for (let next = entries.next(); !next.done; next = entries.next()) {
    const [doc, d] = next.value;
    const article = articleOf(starts, doc);
    let g = byArticle.get(article);
    if (!g) byArticle.set(article, (g = { best: 0, total: 0, matched: false, quotes: [], terms: [] }));
    g.total += d.score;
    if (d.score > g.best) g.best = d.score;
    for (const t of d.terms) addTerm(g.terms, t);
    if (doc === starts[article]) g.matched = true;
    else g.quotes.push({ index: doc - starts[article]! - 1, score: d.score, terms: d.terms });
    if (slices.due()) return false;
  }
  return true;
}

/** Turns article groups into ranked articles until none is left (true) or the slice ends (false). */
function rankSome(groups: Iterator<[number, ArticleGroup]>, out: RankedArticle[], slices: Slices): boolean {
  for (let next = groups.next(); !next.done; next = groups.next()) {
    const [article, g] = next.value;
    g.quotes.sort((a, b) => b.score - a.score || a.index - b.index);
    // The best document decides; more matching documents in the same article nudge it up.
    out.push({ article, score: g.best + 0.25 * (g.total - g.best), articleMatched: g.matched, quotes: g.quotes, terms: g.terms });
    if (slices.due()) return false;
  }
  return true;
}

async function merge(a: Map<number, DocScore>, b: Map<number, DocScore>, combine: 'AND' | 'OR', slices: Slices): Promise<Map<number, DocScore>> {
  const out = new Map<number, DocScore>();
  if (combine === 'AND') {
    const entries = a.entries();
    while (!andSome(entries, b, out, slices)) await slices.pause();
    return out;
  }
  for (const [doc, x] of a) out.set(doc, x);
  const entries = b.entries();
  while (!orSome(entries, out, slices)) await slices.pause();
  return out;
}

/** Keeps the documents of `a` that `b` has too, scores summed, until done (true) or the slice ends (false). */
function andSome(entries: Iterator<[number, DocScore]>, b: Map<number, DocScore>, out: Map<number, DocScore>, slices: Slices): boolean {
  for (let next = entries.next(); !next.done; next = entries.next()) {
    const [doc, x] = next.value;
    const y = b.get(doc);
    if (y) out.set(doc, { score: x.score + y.score, terms: unionTerms(x.terms, y.terms) });
    if (slices.due()) return false;
  }
  return true;
}

/** Adds the documents of `entries` to `out`, scores summed where both have one, until done (true) or the slice ends (false). */
function orSome(entries: Iterator<[number, DocScore]>, out: Map<number, DocScore>, slices: Slices): boolean {
  for (let next = entries.next(); !next.done; next = entries.next()) {
    const [doc, y] = next.value;
    const x = out.get(doc);
    out.set(doc, x ? { score: x.score + y.score, terms: unionTerms(x.terms, y.terms) } : y);
    if (slices.due()) return false;
  }
  return true;
}

/** The shard holding `term`: the last whose first term is ≤ it; -1 when before every shard. */
export function shardOf(firstTerms: readonly string[], term: string): number {
  let lo = 0;
  let hi = firstTerms.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (firstTerms[mid]! <= term) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

// The article a document belongs to: the last article starting at or before it.
function articleOf(starts: readonly number[], doc: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= doc) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < least) least = v;
    }
    if (least > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}
