// `/speakers/:id`: one speaker's quotations across the corpus, grouped by article (home page
// order). Each quotation follows the rendering contract (data-quote-id, data-speaker,
// data-highlighted) and links to its place in the article, so j/k walk them here too.
// A prolific speaker in a large corpus has thousands of quotations: their file is paged (at most
// SPEAKER_PAGE_ARTICLES articles and SPEAKER_PAGE_QUOTES quotations a page, decision 044), and
// `?page=n` reads the head and that page only.
import { useMemo, Suspense } from 'react';
import { hasMineArticles, useHasMineArticles } from '../lib/mine-hint.ts';
import { Link, isRouteErrorResponse, useLoaderData, useRouteError, type RouteObject } from 'react-router-dom';
import { SPEAKER_PAGE_ARTICLES, type SpeakerArticle, type SpeakerDetail } from '../contract/article-data.ts';
import { isNotFound, type DataClient } from '../lib/data-client.ts';
import { useDocumentTitle } from '../lib/document-title.ts';
import { formatDate, plural } from '../lib/format.ts';
import '../styles/speakers.css';
import { SpeakerPager } from '../components/speaker-pager.tsx';
import { SPEAKER_TYPE_LABELS, speakerTypeOf } from '../common/speaker-type.ts';
import { LOW_CONFIDENCE } from '../common/confidence.ts';
import { MAX_SPEAKER_ID_LENGTH } from '../common/slug-limits.ts';
import { ExportQuotations } from '../components/export-quotations.tsx';
import { useLazyCorrections } from '../lib/lazy-corrections.ts';
import { importWithRetry, lazyComponent } from '../lib/lazy-import.ts';
import { speakerPageArticles, speakerTotals } from '../common/speaker-pages.ts';

// Your articles (IndexedDB): a lazy chunk, only when there are some.
const MineSpeakerQuotes = lazyComponent(() => import('../components/mine-matches.tsx').then((m) => m.MineSpeakerQuotes));

/** Articles per page of a speaker's quotations (the pages of their file). */
export const SPEAKER_ARTICLES_PER_PAGE = SPEAKER_PAGE_ARTICLES;

/** What the speaker route's loader gives: the speaker's head and the articles of the page asked for. */
export interface SpeakerPageData {
  detail: SpeakerDetail;
  /** 1-based page shown (clamped to the speaker's pages). */
  page: number;
  articles: SpeakerArticle[];
}

/** The 1-based page of `?page=` (1 when absent or not a number). */
function requestedPage(url: string): number {
  const n = Number.parseInt(new URL(url).searchParams.get('page') ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

const KIND_LABEL: Record<SpeakerDetail['articles'][number]['quotes'][number]['kind'], string | null> = {
  direct: null, // the usual case needs no label
  partial: 'Partial quotation',
  continuation: 'Continued quotation',
};

function SpeakerPage() {
  const { detail: loaded, page, articles: pageArticles } = useLoaderData() as SpeakerPageData;
  // The reader's corrections move quotations to and from this speaker (on the page shown). Their
  // code loads only in a browser that has some, after the first render (decision 085).
  const corrections = useLazyCorrections();
  const mine = useHasMineArticles();
  const { detail: speaker, hidden, added } = useMemo(() => {
    const shown = { ...loaded, articles: pageArticles };
    const corrected = corrections ? corrections.views.correctSpeakerDetail(shown, corrections.list) : { detail: shown, hidden: 0, added: 0 };
    if (page === 1) return corrected;
    // Quotations the reader gave them in articles of other pages show there (or, for articles not
    // in their file, on page 1), not at the end of every page.
    const own = new Set(pageArticles.map((a) => a.slug));
    return { ...corrected, detail: { ...corrected.detail, articles: corrected.detail.articles.filter((a) => own.has(a.slug)) } };
  }, [loaded, pageArticles, corrections, page]);
  useDocumentTitle(speaker.name);

  const totals = speakerTotals(loaded);
  const type = speakerTypeOf(speaker);
  const pageCount = totals.pageCount;
  const articles = speaker.articles;
  // Every bundled speaker has an article: none means the loader found them in the reader's own only.
  const onlyYours = loaded.articles.length === 0;

  return (
    <div className="qr-speaker">
      <p className="qr-speaker__back">
        <Link to="/speakers">All speakers</Link>
      </p>
      <h1>{speaker.name}</h1>
      <p className="qr-speaker__summary">
        {type !== 'unknown' && <span className="qr-speaker__type">{SPEAKER_TYPE_LABELS[type].one}</span>}
        {onlyYours ? (
          <>
            Quoted only in your articles <span className="mine-badge">Yours</span>
          </>
        ) : (
          `${plural(totals.quoteCount, 'quotation')} in ${plural(totals.articleCount, 'article')}.`
        )}
      </p>
      {(hidden > 0 || added > 0) && (
        <p className="qr-speaker__corrected">
          With your corrections: {[added > 0 ? `${plural(added, 'quotation')} added` : '', hidden > 0 ? `${plural(hidden, 'quotation')} no longer theirs` : ''].filter(Boolean).join(', ')}.{' '}
          <Link to="/corrections">Your corrections</Link>
        </p>
      )}
      {!onlyYours && <ExportQuotations target={{ kind: 'speaker', id: speaker.id, name: speaker.name }} />}
      {(speaker.descriptions?.length ?? 0) > 0 && (
        <section className="qr-speaker__about" aria-labelledby="speaker-about">
          <h2 id="speaker-about">As the articles describe {speaker.name}</h2>
          <ul>
            {speaker.descriptions!.map((d) => (
              <li key={`${d.slug}:${d.text}`}>
                “{d.text}” <span className="qr-speaker__in">in <Link to={`/articles/${encodeURIComponent(d.slug)}`}>{d.title}</Link></span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {articles.map((article) => {
        const href = `/articles/${encodeURIComponent(article.slug)}`;
        const headingId = `speaker-article-${article.position}`;
        const continued = (article.firstQuote ?? 0) > 0;
        const continues = (article.firstQuote ?? 0) + article.quotes.length < (article.quoteCount ?? article.quotes.length);
        return (
          <section key={article.slug} className="qr-speaker__article" aria-labelledby={headingId}>
            <h2 id={headingId}>
              <Link to={href}>{article.title}</Link>
              {continued && <span className="qr-speaker__continued"> (continued)</span>}
            </h2>
            {article.date && (
              <p className="qr-speaker__date">
                <time dateTime={article.date}>{formatDate(article.date)}</time>
              </p>
            )}
            <ul className="qr-speaker__quotes" aria-label={`Quotations in ${article.title}`}>
              {article.quotes.map((quote) => {
                const kind = KIND_LABEL[quote.kind];
                const low = quote.confidence < LOW_CONFIDENCE;
                return (
                  <li key={quote.id} className="qr-speaker__quote-item">
                    {/* In its sentence when the data has it: a fragment like "years." means nothing alone. */}
                    <p className={quote.before || quote.after ? 'qr-speaker__context' : 'qr-speaker__bare'}>
                      {quote.before}
                      <Link
                        to={`${href}#${encodeURIComponent(quote.id)}`}
                        className="qr-speaker__quote"
                        data-quote-id={quote.id}
                        data-speaker={speaker.name}
                        data-highlighted="true"
                      >
                        <span className="sr-only">Quote by {speaker.name}: </span>
                        {quote.before || quote.after ? quote.text : <q>{quote.text}</q>}
                      </Link>
                      {quote.after}
                    </p>
                    {(kind || low) && (
                      <p className="qr-speaker__meta">
                        {kind && <span>{kind}</span>}
                        {kind && low && ' · '}
                        {low && <span className="qr-speaker__low">Uncertain attribution</span>}
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
            {continues && (
              <p className="qr-speaker__continues">
                {plural((article.quoteCount ?? 0) - (article.firstQuote ?? 0) - article.quotes.length, 'more quotation')} from this article on the next page.
              </p>
            )}
          </section>
        );
      })}
      {page === 1 && mine && (
        <Suspense fallback={null}>
          <MineSpeakerQuotes id={speaker.id} name={speaker.name} />
        </Suspense>
      )}
      <SpeakerPager label={`Pages of quotations by ${speaker.name}`} page={page} pageCount={pageCount} hrefFor={(n) => (n === 1 ? '?' : `?page=${n}`)} />
    </div>
  );
}

/** Unknown speaker: say so and offer the list; any other error goes to the app's boundary. */
function SpeakerError() {
  const error = useRouteError();
  useDocumentTitle('Not found');
  if (!isRouteErrorResponse(error) || error.status !== 404) throw error;
  return (
    <div className="qr-speaker">
      <h1>Not found</h1>
      <p>There is no speaker at this address. The link may be old, or the name spelled differently.</p>
      <p>
        <Link to="/speakers">See all speakers</Link>
      </p>
    </div>
  );
}

/**
 * Route properties merged into the router's lazy Speaker route, loading through `client`. The
 * ErrorBoundary is extra to the placeholder's signature (still assignable to it): it turns an
 * unknown id into a "Not found" page that links back to /speakers.
 */
export function speakerRoute(client: DataClient): Pick<RouteObject, 'Component' | 'loader' | 'ErrorBoundary'> {
  return {
    Component: SpeakerPage,
    loader: async ({ params, request }): Promise<SpeakerPageData> => {
      const id = params.id ?? '';
      // Ids are slugs of names: anything this long or with a path in it is not one; do not ask.
      if (!id || id.length > MAX_SPEAKER_ID_LENGTH || /[/\\]/.test(id)) throw new Response('Not found', { status: 404, statusText: 'Not found' });
      let detail: SpeakerDetail;
      try {
        detail = await client.loadSpeaker(id, request.signal);
      } catch (error) {
        // Not bundled (or offline and not read before): a speaker of the reader's own articles still has a page.
        const mine = hasMineArticles() ? await importWithRetry(() => import('../mine/mine-speakers.ts')).then((m) => m.mineOnlySpeaker(id)).catch(() => null) : null;
        if (mine) return { detail: mine, page: 1, articles: mine.articles };
        if (isNotFound(error)) throw new Response('Not found', { status: 404, statusText: 'Not found' });
        throw error;
      }
      // Only the page asked for: the head carries page 1; a later page is one more small file.
      const page = Math.min(requestedPage(request.url), speakerTotals(detail).pageCount);
      const articles = await speakerPageArticles(detail, page - 1, (sid, n) => client.loadSpeakerPage(sid, n, request.signal));
      return { detail, page, articles };
    },
    ErrorBoundary: SpeakerError,
  };
}
