// Builders for contract data used by the app's component tests: articles are written as plain
// paragraphs, and quotations are located by their text, so offsets are always right.
import type { ArticleChunk, ArticleSummary, IndexPage, Manifest, SpeakerDetail } from '../../../src/contract/article-data.ts';
import type { Quote, SpeakerCount, SpeakerType } from '../../../src/quotes/types.ts';

/** A quotation to place: its exact text (with marks) and who said it. */
export interface QuoteSpec {
  text: string;
  speaker: string | null;
  /** Which occurrence of `text` (default the first). */
  nth?: number;
  mention?: string;
  cue?: string;
  confidence?: number;
  kind?: Quote['kind'];
  reason?: string;
  /** The speaker's type (default person). */
  speakerType?: SpeakerType;
}

/** `Donald Trump` → `donald-trump`. */
export const idOf = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function locate(text: string, needle: string, from = 0, nth = 0): number {
  let at = text.indexOf(needle, from);
  for (let i = 0; i < nth && at >= 0; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`fixture: "${needle}" not in the text`);
  return at;
}

/** Builds an article chunk from paragraphs and quotation specs. */
export function makeArticle(opts: {
  slug: string;
  title: string;
  paragraphs: string[];
  quotes?: QuoteSpec[];
  date?: string | null;
  source?: string | null;
  url?: string | null;
  byline?: string | null;
  license?: ArticleChunk['license'];
  position?: number;
  prev?: ArticleChunk['prev'];
  next?: ArticleChunk['next'];
}): ArticleChunk {
  const text = opts.paragraphs.join('\n\n');
  const paragraphs: ArticleChunk['paragraphs'] = [];
  let at = 0;
  for (const p of opts.paragraphs) {
    paragraphs.push({ start: at, end: at + p.length });
    at += p.length + 2;
  }
  const quotes: Quote[] = (opts.quotes ?? []).map((spec) => {
    const start = locate(text, spec.text, 0, spec.nth);
    const end = start + spec.text.length;
    const near = (needle: string | undefined) => {
      if (!needle) return null;
      const s = locate(text, needle, Math.max(0, start - 200));
      return { start: s, end: s + needle.length };
    };
    return {
      id: '',
      start,
      end,
      kind: spec.kind ?? 'direct',
      speaker: spec.speaker ? { id: idOf(spec.speaker), name: spec.speaker, type: spec.speakerType ?? 'person' } : null,
      mention: near(spec.mention),
      cue: near(spec.cue),
      confidence: spec.confidence ?? 0.9,
      reason: spec.reason ?? 'Named speaker next to a speech verb.',
      sieve: 'trailing-frame',
      resolver: spec.speaker ? 'name' : null,
    };
  });
  quotes.sort((a, b) => a.start - b.start).forEach((q, i) => (q.id = `q${i + 1}`));
  const counts = new Map<string, SpeakerCount>();
  for (const q of quotes) if (q.speaker) counts.set(q.speaker.id, { ...q.speaker, count: (counts.get(q.speaker.id)?.count ?? 0) + 1 });
  return {
    slug: opts.slug,
    title: opts.title,
    date: opts.date === undefined ? '2017-05-13' : opts.date,
    source: opts.source === undefined ? 'Wikinews' : opts.source,
    url: opts.url === undefined ? `https://en.wikinews.org/wiki/${opts.slug}` : opts.url,
    byline: opts.byline ?? null,
    license: opts.license === undefined ? { name: 'CC BY 2.5', url: 'https://creativecommons.org/licenses/by/2.5/' } : opts.license,
    changed: true,
    text,
    paragraphs,
    quotes,
    titleQuotes: [],
    speakers: [...counts.values()].sort((a, b) => b.count - a.count),
    position: opts.position ?? 0,
    prev: opts.prev ?? null,
    next: opts.next ?? null,
  };
}

/** The home page row of an article. */
export function summaryOf(a: ArticleChunk): ArticleSummary {
  return {
    slug: a.slug,
    title: a.title,
    date: a.date,
    source: a.source,
    excerpt: a.text.slice(0, 120),
    quoteCount: a.quotes.length,
    speakers: a.speakers,
    position: a.position,
  };
}

/** Manifest and index pages for articles given newest first. */
export function makeIndex(articles: ArticleChunk[], pageSize = 50): { manifest: Manifest; pages: IndexPage[] } {
  const pages: IndexPage[] = [];
  for (let i = 0; i < articles.length; i += pageSize) {
    pages.push({ page: pages.length, articles: articles.slice(i, i + pageSize).map(summaryOf) });
  }
  const speakers = new Set(articles.flatMap((a) => a.speakers.map((s) => s.id)));
  return {
    manifest: {
      version: 1,
      articleCount: articles.length,
      pageSize,
      pageCount: pages.length,
      speakerCount: speakers.size,
      quoteCount: articles.reduce((n, a) => n + a.quotes.length, 0),
    },
    pages,
  };
}

/** Per-speaker files derived from the articles. */
export function makeSpeakers(articles: ArticleChunk[]): SpeakerDetail[] {
  const byId = new Map<string, SpeakerDetail>();
  for (const a of articles) {
    for (const q of a.quotes) {
      if (!q.speaker) continue;
      const d = byId.get(q.speaker.id) ?? { id: q.speaker.id, name: q.speaker.name, articles: [] };
      let entry = d.articles.find((x) => x.slug === a.slug);
      if (!entry) d.articles.push((entry = { slug: a.slug, title: a.title, date: a.date, position: a.position, quotes: [] }));
      entry.quotes.push({ id: q.id, text: a.text.slice(q.start, q.end), kind: q.kind, confidence: q.confidence });
      byId.set(d.id, d);
    }
  }
  return [...byId.values()];
}

/** A small corpus: three linked articles, one with several speakers, an unattributed quote and a low-confidence one. */
export function sampleCorpus(): ArticleChunk[] {
  const comey = makeArticle({
    slug: 'comey-fired',
    title: 'Trump says Comey was fired over Russia investigation',
    position: 0,
    byline: 'Wikinews staff',
    paragraphs: [
      'President Donald Trump told NBC that "this Russia thing" was among his reasons, and he said "the FBI has been in turmoil."',
      'James Comey was leading an investigation. The official reason was met with skepticism.',
      'Matthew Miller described it as "completely inappropriate" on Thursday.',
      'Someone in the crowd shouted "lock him up" as the press left.',
      'Sarah Sanders said "I don\'t see it as a conflict of interest" to reporters.',
    ],
    quotes: [
      { text: '"this Russia thing"', speaker: 'Donald Trump', mention: 'Donald Trump', cue: 'told NBC' },
      { text: '"the FBI has been in turmoil."', speaker: 'Donald Trump', mention: 'he', cue: 'said', kind: 'direct' },
      { text: '"completely inappropriate"', speaker: 'Matthew Miller', kind: 'partial', confidence: 0.4, mention: 'Matthew Miller', cue: 'described it as' },
      { text: '"lock him up"', speaker: null, reason: 'No speaker found nearby.' },
      { text: '"I don\'t see it as a conflict of interest"', speaker: 'Sarah Sanders', mention: 'Sarah Sanders', cue: 'said' },
    ],
  });
  const travel = makeArticle({
    slug: 'travel-ban',
    title: 'Travel ban 2.0 exempts Iraqis',
    date: '2017-03-07',
    position: 1,
    paragraphs: ['The White House issued a new order.', 'Officials said "it protects the nation" in a statement.'],
    quotes: [{ text: '"it protects the nation"', speaker: null }],
  });
  const robots = makeArticle({
    slug: 'robotics-team',
    title: 'Afghan girls\u2019 robotics team allowed into US',
    date: '2017-07-13',
    position: 2,
    paragraphs: ['The team arrived in Washington.', 'Trump said "they are great kids" at the event.'],
    quotes: [{ text: '"they are great kids"', speaker: 'Donald Trump', mention: 'Trump', cue: 'said' }],
  });
  const link = (a: ArticleChunk) => ({ slug: a.slug, title: a.title });
  comey.next = link(travel);
  travel.prev = link(comey);
  travel.next = link(robots);
  robots.prev = link(travel);
  return [comey, travel, robots];
}
