// Reading a speaker's paged file (docs/decisions/044): the head `data/speakers/<id>.json` carries
// page 0 and the totals, pages 1… are files of their own. The speaker page reads one page, the
// home page's ?speaker= filter reads pages as the list grows (a k-way merge in home order), and an
// export or a step to the next article reads what it needs. Pure apart from the injected loaders.
// (Structural types, not the contract's: src/common imports nothing; SpeakerDetail and
// SpeakerArticle of src/contract/article-data.ts fit them.)

/** An article row of a speaker's page (the contract's SpeakerArticle). */
export interface SpeakerArticle {
  slug: string;
  title: string;
  date: string | null;
  position: number;
  quotes: readonly unknown[];
}

/** A speaker's head file (the contract's SpeakerDetail). */
export interface SpeakerDetail {
  id: string;
  articles: readonly SpeakerArticle[];
  quoteCount?: number;
  articleCount?: number;
  pageCount?: number;
}

/** Loads page n ≥ 1 of a speaker's file (DataClient.loadSpeakerPage or a site reader). */
export type PageLoader = (id: string, page: number) => Promise<{ articles: readonly SpeakerArticle[] }>;

/** A speaker's totals, from the head (or counted, for a file that holds everything). */
export function speakerTotals(detail: SpeakerDetail): { quoteCount: number; articleCount: number; pageCount: number } {
  return {
    quoteCount: detail.quoteCount ?? detail.articles.reduce((n, a) => n + a.quotes.length, 0),
    articleCount: detail.articleCount ?? detail.articles.length,
    pageCount: Math.max(1, detail.pageCount ?? 1),
  };
}

/** The articles of page `page` (0-based): the head's own for 0, else one file. */
export async function speakerPageArticles<A extends SpeakerArticle>(detail: { id: string; articles: readonly A[] }, page: number, load: (id: string, page: number) => Promise<{ articles: readonly A[] }>): Promise<A[]> {
  if (page <= 0) return [...detail.articles];
  return [...(await load(detail.id, page)).articles];
}

/** Every article of the speaker, pages merged (an article split over pages becomes one row again). */
export async function allSpeakerArticles<A extends SpeakerArticle>(detail: { id: string; articles: readonly A[]; pageCount?: number }, load: (id: string, page: number) => Promise<{ articles: readonly A[] }>): Promise<A[]> {
  const pageCount = Math.max(1, detail.pageCount ?? 1);
  const pages: (readonly A[])[] = [detail.articles];
  // A few pages in flight at once; in order, since rows merge across page boundaries.
  for (let page = 1; page < pageCount; page += 4) {
    const batch = [];
    for (let p = page; p < Math.min(pageCount, page + 4); p++) batch.push(load(detail.id, p).then((x) => x.articles));
    pages.push(...(await Promise.all(batch)));
  }
  return mergeSpeakerRows(pages.flat());
}

/** Rows in home order with the pieces of a split article joined into one. */
export function mergeSpeakerRows<A extends SpeakerArticle>(rows: readonly A[]): A[] {
  const out: A[] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (last && last.slug === row.slug) out[out.length - 1] = { ...last, quotes: [...last.quotes, ...row.quotes] };
    else {
      // The merged row is whole again: no slice bookkeeping.
      const whole: A & { quoteCount?: number; firstQuote?: number } = { ...row, quotes: [...row.quotes] };
      delete whole.quoteCount;
      delete whole.firstQuote;
      out.push(whole);
    }
  }
  return out;
}

/** An article quoting chosen speakers, for the home page's filtered list. */
export interface SpeakerMatch {
  slug: string;
  title: string;
  date: string | null;
  position: number;
  /** Quotations by the chosen speakers in the article. */
  count: number;
}

/** One chosen speaker's progress through their pages. */
interface Stream {
  detail: SpeakerDetail;
  /** Pages read so far (page 0 comes with the head). */
  read: number;
  pageCount: number;
  /** Home position of the last article read; later articles are unknown yet. */
  last: number;
}

/**
 * The home page's articles quoting any of the chosen speakers, in home order, read page by page:
 * `settled()` are the matches known to be complete and in order (every unread page starts after
 * them), `ensure(n)` reads pages until n are settled or every page is read.
 */
export class SpeakerMatches {
  private readonly streams: Stream[];
  private readonly bySlug = new Map<string, SpeakerMatch>();
  private sorted: SpeakerMatch[] = [];

  constructor(details: readonly SpeakerDetail[], private readonly load: PageLoader) {
    this.streams = details.map((detail) => ({ detail, read: 1, pageCount: speakerTotals(detail).pageCount, last: -1 }));
    for (const s of this.streams) this.add(s, s.detail.articles);
  }

  private add(stream: Stream, rows: readonly SpeakerArticle[]): void {
    for (const a of rows) {
      const m = this.bySlug.get(a.slug) ?? { slug: a.slug, title: a.title, date: a.date, position: a.position, count: 0 };
      // A split article's pieces each add their own slice; together they make its count.
      m.count += a.quotes.length;
      this.bySlug.set(a.slug, m);
      stream.last = Math.max(stream.last, a.position);
    }
    this.sorted = [...this.bySlug.values()].sort((x, y) => x.position - y.position);
  }

  /** True once every page of every chosen speaker is read. */
  get complete(): boolean {
    return this.streams.every((s) => s.read >= s.pageCount);
  }

  /** Matches known to be complete and in home order. */
  settled(): SpeakerMatch[] {
    const open = this.streams.filter((s) => s.read < s.pageCount);
    if (open.length === 0) return this.sorted;
    // An article at the frontier may still gain quotations from the next page (a split article).
    const frontier = Math.min(...open.map((s) => s.last));
    return this.sorted.filter((m) => m.position < frontier);
  }

  /** Articles quoting the chosen speakers: exact once known (one speaker, or every page read); else null. */
  total(): number | null {
    if (this.complete) return this.sorted.length;
    return this.streams.length === 1 ? speakerTotals(this.streams[0]!.detail).articleCount : null;
  }

  /** The least the total can be while pages are unread: the most any one speaker has. */
  atLeast(): number {
    return Math.max(this.sorted.length, ...this.streams.map((s) => speakerTotals(s.detail).articleCount));
  }

  /** Reads pages (the stream furthest behind first) until `count` matches are settled or none are left. */
  async ensure(count: number): Promise<SpeakerMatch[]> {
    while (this.settled().length < count && !this.complete) await this.readNext();
    return this.settled();
  }

  /**
   * The nearest match after (dir 1) or before (dir -1) home position `position`, reading only the
   * pages up to it (an article page's "next article quoting …"); null when there is none.
   */
  async nearest(position: number, dir: 1 | -1): Promise<SpeakerMatch | null> {
    if (dir === 1) {
      while (!this.complete && !this.settled().some((m) => m.position > position)) await this.readNext();
      return this.settled().find((m) => m.position > position) ?? null;
    }
    // Everything before `position` is known once every unread page starts at or after it.
    while (!this.complete && this.streams.some((s) => s.read < s.pageCount && s.last < position)) await this.readNext();
    return this.sorted.filter((m) => m.position < position).pop() ?? null;
  }

  private async readNext(): Promise<void> {
    const next = this.streams.filter((s) => s.read < s.pageCount).sort((a, b) => a.last - b.last)[0]!;
    const rows = await speakerPageArticles(next.detail, next.read, this.load);
    next.read++;
    this.add(next, rows);
  }
}
