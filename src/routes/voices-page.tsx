// `/voices`: whose words the corpus carries: the most-quoted speakers (with how many articles quote
// each) and the quotations by speaker type, for the articles of one source and a date range. The
// filters live in the URL (?source=…&from=YYYY-MM-DD&to=YYYY-MM-DD). A lazy route: its charts never
// weigh on the first page. It reads one small file the build writes (data/voices.json), whatever the
// corpus's size, and adds the reader's own articles from IndexedDB when there are some.
import { useMemo, type FormEvent } from 'react';
import { Link, useLoaderData, useNavigate, useSearchParams, type RouteObject } from 'react-router-dom';
import type { VoicesSummary } from '../contract/article-data.ts';
import { importWithRetry } from '../lib/lazy-import.ts';
import { summariseVoices } from '../contract/voices-summary.ts';
import type { DataClient } from '../lib/data-client.ts';
import { hasMineArticles } from '../lib/mine-hint.ts';
import { useDocumentTitle } from '../lib/document-title.ts';
import { formatDate, plural } from '../lib/format.ts';
import { corpusVoices, percent, type CorpusFilter } from '../lib/voices.ts';
import { groupLabel } from '../components/article-voices.tsx';
import { VoicesChart, type ChartRow } from '../components/voices-chart.tsx';
import '../styles/voices.css';

/** Speakers in the "most quoted" chart. */
export const TOP_SPEAKERS = 15;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filter in the URL; malformed dates are dropped (and reported). */
export function readCorpusFilter(params: URLSearchParams): CorpusFilter & { rejected: string[] } {
  const rejected: string[] = [];
  const date = (key: 'from' | 'to') => {
    const v = params.get(key);
    if (!v) return null;
    if (ISO_DATE.test(v) && !Number.isNaN(Date.parse(v))) return v;
    rejected.push(key);
    return null;
  };
  return { source: params.get('source') || null, from: date('from'), to: date('to'), rejected };
}

/** What the page charts: the corpus's summary and, when the reader has some, their own articles'. */
export interface VoicesData {
  bundled: VoicesSummary;
  /** Null without own articles; `error` when IndexedDB could not be read. */
  mine: { summary: VoicesSummary; articles: number } | { error: string } | null;
}

/** The reader's own articles as one more summary (the IndexedDB code loads only when there are some). */
async function loadMineVoices(): Promise<VoicesData['mine']> {
  if (!hasMineArticles()) return null;
  try {
    const { listMine } = await importWithRetry(() => import('../mine/store.ts'));
    const rows = await listMine();
    if (rows.length === 0) return null;
    return { summary: summariseVoices(rows.map((a) => ({ source: a.source, date: a.date, quoteCount: a.quotes.length, speakers: a.speakers }))), articles: rows.length };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

async function loadVoicesData(client: DataClient, signal?: AbortSignal): Promise<VoicesData> {
  const [bundled, mine] = await Promise.all([client.loadVoices(signal), loadMineVoices()]);
  return { bundled, mine };
}

function VoicesPage() {
  const loaded = useLoaderData() as VoicesData;
  const mine = loaded.mine && 'summary' in loaded.mine ? loaded.mine : null;
  const summaries = useMemo(() => (mine ? [loaded.bundled, mine.summary] : [loaded.bundled]), [loaded, mine]);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filter = readCorpusFilter(params);
  const data = useMemo(() => corpusVoices(summaries, filter), [summaries, filter.source, filter.from, filter.to]); // eslint-disable-line react-hooks/exhaustive-deps
  useDocumentTitle('Voices');

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['source', 'from', 'to']) {
      const v = String(form.get(key) ?? '');
      if (v) next.set(key, v);
    }
    const s = next.toString();
    navigate(`/voices${s ? `?${s}` : ''}`, { preventScrollReset: true });
  };

  const top = data.speakers.slice(0, TOP_SPEAKERS);
  const topMax = top[0]?.quotes ?? 0;
  const speakerRows = top.map<ChartRow>((s) => ({
    key: s.id,
    label: s.name,
    group: groupLabel(s.group),
    value: s.quotes,
    figure: `${s.quotes} in ${s.articles}`,
    description: `${plural(s.quotes, 'quotation')} in ${plural(s.articles, 'article')} (${percent(s.quotes, data.quotes)}% of all quotations). Open their page.`,
    slot: 0,
    href: `/speakers/${encodeURIComponent(s.id)}`,
  }));
  const typeRows = data.byGroup.map<ChartRow>((g, i) => ({
    key: g.group,
    label: groupLabel(g.group),
    group: 'Speaker type',
    value: percent(g.quotes, data.quotes),
    figure: `${g.quotes} · ${percent(g.quotes, data.quotes)}%`,
    description: `${plural(g.quotes, 'quotation')} (${percent(g.quotes, data.quotes)}%)${g.group === 'unattributed' ? '' : ` by ${plural(g.speakers, 'speaker')}`}.`,
    slot: g.group === 'unattributed' ? 'none' : i,
    href: '#types',
  }));
  const range = filter.from || filter.to ? `${filter.from ? formatDate(filter.from) : 'the start'} – ${filter.to ? formatDate(filter.to) : 'today'}` : null;

  return (
    <div className="voices-page">
      <h1>Voices</h1>
      <p className="voices-intro">
        Whose words the articles carry: {plural(data.quotes, 'quotation')} in {plural(data.articles, 'article')}
        {filter.source ? ` from ${filter.source}` : ''}
        {range ? `, ${range}` : ''}
        {mine ? `; the corpus and ${plural(mine.articles, 'article')} of your own` : ''}.
      </p>
      {loaded.mine && 'error' in loaded.mine && (
        <p className="notice" role="status">
          Your own articles could not be read ({loaded.mine.error}), so they are not counted here.
        </p>
      )}
      <form className="voices-filter" onSubmit={submit} aria-label="Choose articles">
        <label>
          Source
          <select name="source" defaultValue={filter.source ?? ''} key={filter.source ?? ''}>
            <option value="">All sources</option>
            {data.sources.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          From
          <input type="date" name="from" defaultValue={filter.from ?? ''} key={`f${filter.from ?? ''}`} />
        </label>
        <label>
          To
          <input type="date" name="to" defaultValue={filter.to ?? ''} key={`t${filter.to ?? ''}`} />
        </label>
        <button type="submit">Apply</button>
        {(filter.source || filter.from || filter.to) && <Link to="/voices">All articles</Link>}
      </form>
      {filter.rejected.length > 0 && (
        <p className="notice" role="status">
          The {filter.rejected.join(' and ')} date in the address is not a date (YYYY-MM-DD) and was ignored.
        </p>
      )}
      {data.articles === 0 ? (
        <p role="status">No article matches these filters.</p>
      ) : (
        <div className="voices-charts">
          <section aria-labelledby="top-heading">
            <h2 id="top-heading">Most quoted</h2>
            <VoicesChart
              title={`The ${top.length} most-quoted speakers`}
              legend="Quotations, and the number of articles that quote each speaker."
              rows={speakerRows}
              max={topMax}
              columns={[
                { heading: 'Quotations', cell: (r) => String(r.value) },
                { heading: 'Articles', cell: (r) => String(top.find((s) => s.id === r.key)?.articles ?? 0) },
              ]}
            />
            {data.speakers.length > top.length && (
              <p className="voices-more">
                {plural(data.speakers.length - top.length, 'more speaker')} quoted. <Link to="/speakers">All speakers</Link>
              </p>
            )}
          </section>
          <section aria-labelledby="types-heading" id="types">
            <h2 id="types-heading">Quotations by speaker type</h2>
            <VoicesChart
              title="Share of the quotations by speaker type"
              rows={typeRows}
              max={100}
              columns={[
                { heading: 'Quotations', cell: (r) => `${data.byGroup.find((g) => g.group === r.key)?.quotes ?? 0} (${r.value}%)` },
                { heading: 'Speakers', cell: (r) => (r.key === 'unattributed' ? '–' : String(data.byGroup.find((g) => g.group === r.key)?.speakers ?? 0)) },
              ]}
            />
          </section>
        </div>
      )}
    </div>
  );
}

/** Route properties merged into the lazy `/voices` route, bound to the data client. */
export function voicesRoute(client: DataClient): Pick<RouteObject, 'Component' | 'loader'> {
  return { Component: VoicesPage, loader: ({ request }) => loadVoicesData(client, request.signal) };
}
