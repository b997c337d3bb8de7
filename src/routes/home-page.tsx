// The home page (eager route): every article, newest first, read from the paged index as the reader
// scrolls, optionally filtered by speaker (?speaker=<id> repeated) using the per-speaker files.
import { memo, Suspense, useCallback, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useLoaderData, useNavigate, useSearchParams, type LoaderFunctionArgs } from 'react-router-dom';
import type { ArticleSummary, Manifest, SpeakerSummary } from '../contract/article-data.ts';
import type { HomeFilter } from '../lib/home-filter.ts';
import { useDataClient } from '../lib/data-client-context.ts';
import type { DataClient } from '../lib/data-client.ts';
import { useDocumentTitle } from '../lib/document-title.ts';
import { useHasMineArticles } from '../lib/mine-hint.ts';
import { plural } from '../lib/format.ts';
import { readSpeakerFilter, searchString, UNATTRIBUTED, withSpeakerFilter } from '../lib/speaker-param.ts';
import { ProvenanceMeta } from '../components/provenance-meta.tsx';
import { useLazyCorrections } from '../lib/lazy-corrections.ts';
import { lazyChunk, lazyComponent } from '../lib/lazy-import.ts';

// The chosen speakers' chips: only with ?speaker= in the address; the loader starts fetching the
// chunk alongside the speakers' files.
const chosenSpeakersChunk = () => import('../components/home-chosen-speakers.tsx');
const HomeChosenSpeakers = lazyComponent(() => chosenSpeakersChunk().then((m) => m.HomeChosenSpeakers));
// The reader's own articles: a lazy chunk (IndexedDB code), loaded only when there are some.
const YourArticles = lazyComponent(() => import('../components/your-articles.tsx').then((m) => m.YourArticles));
const homePicker = lazyChunk(() => import('../components/home-picker.tsx'));
// The ?speaker= filter's data code: only with a filter in the address.
const homeFilter = lazyChunk(() => import('../lib/home-filter.ts'));
// The next blocks of the list: only when there is more than one.
const MoreArticles = lazyComponent(() => import('../components/home-more-articles.tsx').then((m) => m.MoreArticles));

// The folder the build ingested (set by the ingestion plugin; ARTICLES_DIR when given).
const articlesFolder = () => String(import.meta.env.VITE_ARTICLES_FOLDER ?? 'src/content/articles');

/** What the home loader returns. */
export interface HomeData {
  manifest: Manifest;
  /** First block of rows (index page 0, or the first matches). */
  first: ArticleSummary[];
  /** Null without a speaker filter. */
  filter: HomeFilter | null;
  /** Speaker values in the URL that were too long or too many to use. */
  rejected: number;
}

/** Matching speakers offered when a typed name fits several. */
const PICKER_CHOICES = 8;

/** The home route's loader, bound to a data client. */
export function homeLoader(client: DataClient) {
  return async ({ request }: LoaderFunctionArgs): Promise<HomeData> => {
    const params = new URL(request.url).searchParams;
    const parsed = readSpeakerFilter(params);
    const ids = parsed.ids.filter((id) => id !== UNATTRIBUTED);
    const manifest = await client.loadManifest(request.signal);
    if (ids.length === 0) {
      const first = manifest.pageCount > 0 ? (await client.loadIndexPage(0, request.signal)).articles : [];
      return { manifest, first, filter: null, rejected: parsed.rejected };
    }
    void chosenSpeakersChunk().catch(() => undefined);
    const { loadHomeFilter } = await homeFilter.load();
    const { filter, first } = await loadHomeFilter(client, manifest, ids, request.signal);
    return { manifest, first, filter, rejected: parsed.rejected };
  };
}

/** Speakers shown on a row before "+n more". */
const ROW_SPEAKERS = 6;

const ArticleRow = memo(function ArticleRow({ article, query, matchCount, deferred, chosen }: { article: ArticleSummary; query: string; matchCount: number | null; deferred: boolean; chosen: string }) {
  // The chosen speakers come first, so a filter never hides its own speaker under "+n more".
  const ids = chosen ? chosen.split('\n') : [];
  // The reader's corrections move quotations between speakers here too.
  const corrections = useLazyCorrections();
  const speakers = useMemo(() => (corrections ? corrections.views.correctSpeakerCounts(article.slug, article.speakers, corrections.list) : article.speakers), [article, corrections]);
  const quoteCount = useMemo(() => (corrections ? corrections.views.correctQuoteCount(article.slug, article.quoteCount, corrections.list) : article.quoteCount), [article, corrections]);
  const ordered = ids.length ? [...speakers.filter((s) => ids.includes(s.id)), ...speakers.filter((s) => !ids.includes(s.id))] : speakers;
  const shown = ordered.slice(0, ROW_SPEAKERS);
  return (
    <li className={deferred ? 'article-row deferred' : 'article-row'}>
      <h2 className="row-title">
        <Link to={`/articles/${encodeURIComponent(article.slug)}${query}`}>{article.title}</Link>
      </h2>
      <ProvenanceMeta article={article} extra={[plural(quoteCount, 'quotation')]}>
        {matchCount !== null && <span className="match-count">{plural(matchCount, 'match', 'matches')}</span>}
      </ProvenanceMeta>
      {article.excerpt && <p className="excerpt">{article.excerpt}</p>}
      {shown.length > 0 && (
        <ul className="row-speakers" aria-label="Speakers quoted">
          {shown.map((s) => (
            <li key={s.id}>
              <Link to={`/?speaker=${encodeURIComponent(s.id)}`} title={`Articles quoting ${s.name}`}>
                {s.name}
              </Link>
            </li>
          ))}
          {speakers.length > shown.length && <li className="more">+{speakers.length - shown.length} more</li>}
        </ul>
      )}
    </li>
  );
});

/** A block of rows; memoised so appending a block never re-renders the earlier ones. */
const Block = memo(function Block({ rows, query, counts, deferred, chosen }: { rows: ArticleSummary[]; query: string; counts: Map<string, number> | null; deferred: boolean; chosen: string }) {
  return rows.map((a) => <ArticleRow key={a.slug} article={a} query={query} matchCount={counts?.get(a.slug) ?? null} deferred={deferred} chosen={chosen} />);
});

function ArticleFeed({ data, query }: { data: HomeData; query: string }) {
  const [blocks, setBlocks] = useState<ArticleSummary[][]>([data.first]);
  const addBlock = useCallback((rows: ArticleSummary[]) => setBlocks((b) => [...b, rows]), []);
  const listRef = useRef<HTMLOListElement>(null);
  const { manifest, filter } = data;
  // Filtered: the speakers' files are paged, so the matches grow as their pages are read (decision 044).
  const total = filter ? filter.cursor.total() : manifest.articleCount;
  const shown = blocks.reduce((n, b) => n + b.length, 0);
  const more = filter ? shown < filter.cursor.settled().length || !filter.cursor.complete : blocks.length < manifest.pageCount;
  const counts = useMemo(() => (filter && blocks.length > 0 ? new Map(filter.cursor.settled().map((m) => [m.slug, m.count])) : null), [filter, blocks.length]);
  const chosen = filter ? filter.speakers.map((sp) => sp.id).join('\n') : '';

  return (
    <>
      <ol ref={listRef} className="article-list" aria-label={filter ? 'Matching articles' : 'Articles, newest first'}>
        {blocks.map((rows, i) => (
          // Rows after the first page may skip rendering while off screen (see base.css).
          <Block key={i} rows={rows} query={query} counts={counts} deferred={i > 0} chosen={chosen} />
        ))}
      </ol>
      <div className="list-footer">
        <p role="status" aria-label="Articles shown">
          Showing {shown.toLocaleString('en')} of {total === null ? `at least ${plural(filter?.cursor.atLeast() ?? shown, 'article')}` : plural(total, 'article')}.
        </p>
        {more && (
          <Suspense fallback={null}>
            <MoreArticles manifest={manifest} filter={filter} blocks={blocks.length} shown={shown} addBlock={addBlock} list={listRef} />
          </Suspense>
        )}
      </div>
    </>
  );
}

/** The "filter by speaker" form: the speakers list loads only when the reader starts using it. */
function SpeakerPicker({ chosen }: { chosen: string[] }) {
  const client = useDataClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [speakers, setSpeakers] = useState<SpeakerSummary[] | null>(null);
  const [message, setMessage] = useState('');
  const load = () => {
    if (speakers === null) client.loadSpeakers().then(setSpeakers, () => setMessage('The list of speakers could not be loaded.'));
  };
  const [choices, setChoices] = useState<SpeakerSummary[]>([]);
  const add = (found: SpeakerSummary) => {
    setMessage('');
    setChoices([]);
    navigate(`/${searchString(withSpeakerFilter(params, [...chosen.filter((id) => id !== found.id), found.id]))}`);
  };
  const Choices = homePicker.current?.PickerChoices;
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const typed = String(new FormData(e.currentTarget).get('name') ?? '');
    // The matching code loads only when the picker is used (first-page JS budget).
    const picker = await homePicker.load().catch(() => null);
    if (!picker) {
      setMessage('The speaker matcher could not be loaded (a network problem?). Try again.');
      return;
    }
    const { list, picked } = await picker.pickTypedSpeaker(client, speakers, typed, PICKER_CHOICES);
    if (list && !speakers) setSpeakers(list);
    if ('add' in picked) add(picked.add);
    else {
      setChoices(picked.choices);
      setMessage(picked.message);
    }
  };
  return (
    <form className="speaker-picker" onSubmit={submit} role="search" aria-label="Filter articles by speaker">
      <label htmlFor="speaker-pick">Filter by speaker</label>
      <input id="speaker-pick" name="name" list="speaker-names" autoComplete="off" onFocus={load} placeholder="Any part of a name" />
      <datalist id="speaker-names">
        {speakers?.slice(0, 500).map((s) => <option key={s.id} value={s.name} />)}
      </datalist>
      <button type="submit">Add</button>
      <span role="status" className="picker-status">{message}</span>
      {/* The choices come from the picker's chunk, loaded by the submit that found them. */}
      {choices.length > 0 && Choices && <Choices choices={choices} onPick={add} />}
    </form>
  );
}

function HomePage() {
  const data = useLoaderData() as HomeData;
  const [params] = useSearchParams();
  const { manifest, filter, rejected } = data;
  const chosen = filter?.speakers ?? [];
  const query = filter ? searchString(withSpeakerFilter(new URLSearchParams(), chosen.filter((s) => s.detail).map((s) => s.id))) : '';
  const names = chosen.flatMap((s) => (s.detail ? [s.detail.name] : []));
  useDocumentTitle(names.length ? `Articles quoting ${names.join(' or ')}` : null);
  const mine = useHasMineArticles();

  return (
    <div className="home">
      <div className="home-intro">
        <h1>{filter ? (names.length ? `Articles quoting ${names.join(' or ')}` : 'No known speaker chosen') : 'Latest articles'}</h1>
        <p className="meta">
          {filter ? (
            <>
              {filter.cursor.total()?.toLocaleString('en') ?? `At least ${filter.cursor.atLeast().toLocaleString('en')}`} of {plural(manifest.articleCount, 'article')} quote {names.length ? names.join(' or ') : 'the chosen speakers'}
            </>
          ) : (
            <>
              {plural(manifest.articleCount, 'article')} · {plural(manifest.quoteCount, 'quotation')} · {plural(manifest.speakerCount, 'speaker')}
            </>
          )}
        </p>
      </div>
      {!filter && mine && (
        <Suspense fallback={null}>
          <YourArticles />
        </Suspense>
      )}
      <section className="home-filter" aria-label="Speaker filter">
        {chosen.length > 0 && (
          <Suspense fallback={null}>
            <HomeChosenSpeakers chosen={chosen} params={params} />
          </Suspense>
        )}
        {rejected > 0 && (
          <div className="notice" role="status">
            <p>Some speaker values in the address were too long or too many and were ignored.</p>
          </div>
        )}
        <SpeakerPicker chosen={chosen.map((s) => s.id)} />
        {filter && (
          <Link className="clear-filter" to="/">
            Show all articles
          </Link>
        )}
      </section>
      {manifest.articleCount === 0 ? (
        <p>No articles yet. Add Markdown files to {articlesFolder()} and rebuild.</p>
      ) : (
        <ArticleFeed key={query} data={data} query={query} />
      )}
    </div>
  );
}

/** The home route's component. */
export { HomePage };
