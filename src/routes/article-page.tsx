// The reading view (a lazily loaded route): title, metadata, the body with attributed quotations,
// the speaker filter, quote details, attribution and licence, and next/previous navigation.
import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Link, useLoaderData, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import type { ArticleChunk, SpeakerDetail } from '../contract/article-data.ts';
import type { Quote } from '../quotes/types.ts';
import { Paragraph, paragraphMask, speakerChanges, type SpeakerStyle } from '../components/article-body.tsx';
import { FilterSheet } from '../components/filter-sheet.tsx';
import { CorrectionStatus, useCorrectionStatus } from '../components/correction-status.tsx';
import { ExportQuotations } from '../components/export-quotations.tsx';
import { useLazyCorrectedArticle } from '../lib/lazy-corrected-article.ts';
import { ReadingProgress } from '../components/reading-progress.tsx';
import { speakerTypeOf } from '../common/speaker-type.ts';
import { SpeakerFilter, type FilterSpeaker } from '../components/speaker-filter.tsx';
import { layoutArticle, speakerKey, type ParagraphLayout } from '../lib/article-layout.ts';
import { useArticleHref } from '../lib/article-href.ts';
import { useDataClient } from '../lib/data-client-context.ts';
import { isNotFound } from '../lib/data-client.ts';
import type { PageLoader } from '../common/speaker-pages.ts';
import { useDocumentTitle } from '../lib/document-title.ts';
import { plural, truncate } from '../lib/format.ts';
import { speakerPattern, speakerSlot, uniqueInitials } from '../lib/speaker-colors.ts';
import { PHONE_LAYOUT, useMediaQuery } from '../lib/use-media-query.ts';
import { readingTime } from '../lib/reading-time.ts';
import { useReadingPlace } from '../lib/use-reading-place.ts';
import { Provenance } from '../components/provenance.tsx';
import { ProvenanceMeta } from '../components/provenance-meta.tsx';
import { importWithRetry, lazyChunk, lazyComponent } from '../lib/lazy-import.ts';
import { paragraphOfQuote, useProgressiveCount } from '../lib/progressive-paragraphs.ts';

// The Voices chart is its own chunk, loaded the first time a reader opens it.
const ArticleVoices = lazyComponent(() => import('../components/article-voices.tsx').then((m) => m.ArticleVoices));
// The quote details (the popover, its positioning library and the correction actions) are not part
// of an article's first render: their chunk loads when the reader first points at, focuses or opens
// a quotation (decision 085).
const quoteDetailsChunk = lazyChunk(() => import('../components/quote-details.tsx'));
const QuoteDetails = lazyComponent(() => quoteDetailsChunk.read().then((m) => m.QuoteDetails));
// "Mark as quotation" shows only by selected words: its chunk loads with the first selection of
// text in the article (useSelectionIn), not with the article.
const MarkQuotation = lazyComponent(() => import('../components/mark-quotation.tsx').then((m) => m.MarkQuotation));

/** True from the first time the reader selects text inside `ref`'s element. */
function useSelectionIn(ref: RefObject<HTMLElement | null>): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    if (seen) return;
    const onSelection = () => {
      const sel = document.getSelection();
      if (sel && !sel.isCollapsed && sel.rangeCount > 0 && ref.current?.contains(sel.getRangeAt(0).commonAncestorContainer)) setSeen(true);
    };
    document.addEventListener('selectionchange', onSelection);
    // A selection made before this ran (while a prerendered page was hydrating, or just after the
    // first render) fired its event before anyone listened: read the current one too.
    onSelection();
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [ref, seen]);
  return seen;
}

/** Starts loading the quote details when the reader reaches for a quotation (pointer or keyboard). */
const prepareQuoteDetails = (target: EventTarget) => {
  if (quoteDetailsChunk.current === undefined && (target as Element).closest?.('[data-quote-id]')) void quoteDetailsChunk.load().catch(() => undefined);
};
import { readSpeakerFilter, searchString, UNATTRIBUTED, withSpeakerFilter } from '../lib/speaker-param.ts';
import { siteBase } from '../lib/export-job.ts';

/** A speaker's details; 'unknown' when no such speaker exists (404), 'unavailable' when the lookup failed. */
type Lookup = SpeakerDetail | 'unknown' | 'unavailable';
type SpeakerLookup = Map<string, Lookup>;
const isDetail = (d: Lookup | undefined): d is SpeakerDetail => typeof d === 'object';

/** Loads the corpus-wide details of the given speakers (cached by the client); unknown ids map to 'unknown'. */
function useSpeakerDetails(ids: string[]): SpeakerLookup {
  const client = useDataClient();
  const [details, setDetails] = useState<SpeakerLookup>(new Map());
  const key = ids.join('\n');
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split('\n').filter((id) => id !== UNATTRIBUTED) : [];
    Promise.all(
      wanted.map((id) =>
        client.loadSpeaker(id).then(
          (d): [string, Lookup] => [id, d],
          // (A failed download is said as such, never left as "Looking up…".)
          (e: unknown): [string, Lookup] => [id, isNotFound(e) ? 'unknown' : 'unavailable'],
        ),
      ),
    ).then((rows) => {
      if (live) setDetails(new Map(rows));
    });
    return () => {
      live = false;
    };
  }, [client, key]);
  return details;
}

/** Nearest article after (dir 1) or before (dir -1) `position` that quotes any of the speakers. */
// (The speakers' files are paged: only the pages up to the nearest article are read, decision 044.
// Their paging code loads with the first step: the article's first render never runs it.)
async function stepBySpeakers(details: readonly SpeakerDetail[], position: number, dir: 1 | -1, load: PageLoader): Promise<{ slug: string; title: string } | null> {
  const { SpeakerMatches } = await importWithRetry(() => import('../common/speaker-pages.ts'));
  return new SpeakerMatches(details, load).nearest(position, dir);
}

/**
 * The speaker filter beside the text on wide screens, in a sheet behind a one-line bar on phones.
 * Its own component so that learning the screen's width after hydration re-renders only this, not
 * the article. Prerendered (no screen known) it carries both, and the stylesheet shows the one that fits.
 */
function FilterArrangement({ count, summary, open, onOpenChange, children }: { count: number; summary: string; open: boolean; onOpenChange: (open: boolean) => void; children: ReactNode }) {
  const phone = useMediaQuery(PHONE_LAYOUT);
  if (phone === null) {
    return (
      <>
        <div className="layout-phone-only">
          <FilterSheet count={count} summary={summary} open={false} onOpenChange={onOpenChange}>
            {children}
          </FilterSheet>
        </div>
        <div className="layout-wide-only">{children}</div>
      </>
    );
  }
  return phone ? (
    <FilterSheet count={count} summary={summary} open={open} onOpenChange={onOpenChange}>
      {children}
    </FilterSheet>
  ) : (
    children
  );
}

function ArticlePage() {
  const loaded = useLoaderData() as ArticleChunk;
  // /articles/:slug and /mine/:id share this view; only their neighbours' addresses differ.
  const hrefOf = useArticleHref();
  // Corrections of the reader's own articles are keyed mine:<id>, never a bundled slug.
  const ownHref = hrefOf(loaded.slug);
  const articleKey = ownHref.startsWith('/mine/') ? `mine:${loaded.slug}` : loaded.slug;
  // The reader's own corrections apply to everything drawn and counted, once their code has loaded
  // (only in a browser that has a corrections store: decision 085).
  const { article, corrections } = useLazyCorrectedArticle(loaded, articleKey);
  const [correctionStatus, setCorrectionStatus] = useCorrectionStatus();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useDataClient();
  const articleRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [open, setOpen] = useState<{ quote: Quote; anchor: HTMLElement } | null>(null);
  const selected = useSelectionIn(articleRef);
  useDocumentTitle(article.title);

  const layout = useMemo<ParagraphLayout[]>(() => layoutArticle(article), [article]);
  const quoteById = useMemo(() => new Map(article.quotes.map((q) => [q.id, q])), [article]);
  // The open quotation as it is now: a correction replaces it (and "Not a quotation" removes it, closing the details).
  const openQuote = open ? (quoteById.get(open.quote.id) ?? null) : null;
  const tags = useMemo(() => uniqueInitials(article.speakers.map((s) => s.name)), [article]);
  const styles = useMemo(
    () => new Map<string, SpeakerStyle>(article.speakers.map((s, i) => [s.id, { slot: speakerSlot(i), pattern: speakerPattern(i), initials: tags[i]! }])),
    [article, tags],
  );
  const tagged = useMemo(() => speakerChanges(article.quotes, (q) => speakerKey(q, UNATTRIBUTED)), [article]);
  const filterSpeakers = useMemo<FilterSpeaker[]>(() => {
    const rows: FilterSpeaker[] = article.speakers.map((s, i) => ({
      key: s.id,
      name: s.name,
      count: s.count,
      slot: speakerSlot(i),
      pattern: speakerPattern(i),
      initials: tags[i]!,
      type: speakerTypeOf(s),
    }));
    const unattributed = article.quotes.filter((q) => q.speaker === null).length;
    if (unattributed > 0) rows.push({ key: UNATTRIBUTED, name: 'Unattributed', count: unattributed, slot: null, initials: '?' });
    return rows;
  }, [article, tags]);

  const filter = readSpeakerFilter(params);
  const filterKey = filter.active ? filter.ids.join('\n') : null;
  const known = useMemo(() => new Set(filterSpeakers.map((s) => s.key)), [filterSpeakers]);
  // null = no filter; otherwise only the ids this article knows (others are reported below).
  const chosen = useMemo(() => (filterKey === null ? null : new Set(filterKey.split('\n').filter((id) => known.has(id)))), [filterKey, known]);
  const foreign = filter.ids.filter((id) => !known.has(id));
  // Without a filter every quotation is highlighted, so the option keeps the paragraphs that quote anyone.
  const onlyParagraphs = params.get('only') === 'paragraphs';
  const details = useSpeakerDetails(foreign);

  const setFilter = useCallback(
    (ids: string[] | null) => {
      // Keep ids this article does not know: they came from the home page or a shared link.
      const kept = ids === null ? null : [...ids, ...(filterKey ?? '').split('\n').filter((id) => id && !known.has(id))];
      // flushSync: the highlights must change in the same frame as the click, not in a transition.
      setParams((p) => withSpeakerFilter(p, kept), { preventScrollReset: true, flushSync: true });
    },
    [setParams, filterKey, known],
  );
  const setOnly = useCallback(
    (on: boolean) =>
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          if (on) next.set('only', 'paragraphs');
          else next.delete('only');
          return next;
        },
        { preventScrollReset: true, flushSync: true },
      ),
    [setParams],
  );

  const [sheetOpen, setSheetOpen] = useState(false);
  const [voicesOpen, setVoicesOpen] = useState(false);
  const place = useReadingPlace(article.slug, articleRef, location.hash === '');
  // Very long articles render progressively, but always up to a deep-linked quotation or the saved place.
  const hashId = useMemo(() => {
    try {
      return decodeURIComponent(location.hash.slice(1));
    } catch {
      return '';
    }
  }, [location.hash]);
  const renderCount = useProgressiveCount(layout.length, article.slug, Math.max(paragraphOfQuote(layout, hashId), place.saved ?? -1));
  const minutes = useMemo(() => readingTime(article.text), [article]);
  const showOnly = useCallback((key: string) => setFilter([key]), [setFilter]);

  // Scroll to and mark the quotation named in the hash (/articles/x#q3); otherwise put focus on the title
  // after a client-side move to another article, so screen readers start at the new page.
  const first = useRef(true);
  useLayoutEffect(() => {
    setOpen(null);
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      id = '';
    }
    const target = id ? document.getElementById(id) : null;
    if (target && articleRef.current?.contains(target)) {
      target.setAttribute('data-targeted', 'true');
      target.scrollIntoView?.({ block: 'center' });
      target.focus({ preventScroll: true });
      return () => target.removeAttribute('data-targeted');
    }
    if (!first.current) headingRef.current?.focus({ preventScroll: true });
    first.current = false;
    return undefined;
  }, [article.slug, location.hash]);

  const activate = (el: Element | null) => {
    const node = el?.closest<HTMLElement>('[data-quote-id]');
    const quote = node ? quoteById.get(node.dataset.quoteId ?? '') : undefined;
    if (node && quote) setOpen({ quote, anchor: node });
  };
  const closePopover = useCallback(() => setOpen(null), []);

  const keyOf = (p: { quote: Quote }) => speakerKey(p.quote, UNATTRIBUTED);
  const query = searchString(params);
  const chosenIds = filter.ids.filter((id) => id !== UNATTRIBUTED && (known.has(id) || isDetail(details.get(id))));
  const chosenNames = chosenIds.map((id) => {
    const d = details.get(id);
    return filterSpeakers.find((s) => s.key === id)?.name ?? (isDetail(d) ? d.name : id);
  });

  // Stepping to the next article quoting the chosen speakers reads their files only when asked,
  // so toggling the filter never waits on the network.
  const [stepMessage, setStepMessage] = useState('');
  const stepBy = async (dir: 1 | -1) => {
    setStepMessage('');
    const loaded = await Promise.all(chosenIds.map((id) => client.loadSpeaker(id).catch(() => null)));
    const target = await stepBySpeakers(loaded.filter((d): d is SpeakerDetail => d !== null), article.position, dir, (id, page) => client.loadSpeakerPage(id, page)).catch(() => undefined);
    if (target === undefined) {
      setStepMessage('The speakers’ articles could not be loaded (a network problem?). Try again.');
      return;
    }
    if (target) navigate(`/articles/${encodeURIComponent(target.slug)}${query}`);
    else setStepMessage(`No ${dir === 1 ? 'later' : 'earlier'} article quotes ${chosenNames.join(' or ')}.`);
  };
  const speakerCount = article.speakers.length;

  // Paragraph rendering, collapsing runs of paragraphs without the chosen speakers' words.
  const body: ReactNode[] = [];
  let hidden = 0;
  const flush = (key: number) => {
    if (hidden === 0) return;
    body.push(
      <div key={`h${key}`} className="collapsed-note">
        <span>{plural(hidden, 'paragraph')} hidden</span>
        <button type="button" className="link-button" onClick={() => setOnly(false)}>
          Show all paragraphs
        </button>
      </div>,
    );
    hidden = 0;
  };
  for (const para of renderCount < layout.length ? layout.slice(0, renderCount) : layout) {
    const mask = paragraphMask(para, chosen, keyOf);
    if (onlyParagraphs && !mask.includes('1')) {
      hidden++;
      continue;
    }
    flush(para.index);
    body.push(
      <Paragraph key={para.index} layout={para} text={article.text} mask={mask} filterActive={chosen !== null} tagged={tagged} styles={styles} />,
    );
  }
  flush(layout.length);
  if (renderCount < layout.length) {
    body.push(
      <p key="progressive" className="progressive-status" role="status">
        Loading the rest of the article… ({renderCount.toLocaleString('en')} of {plural(layout.length, 'paragraph')} shown)
      </p>,
    );
  }

  const chosenCount = chosen === null ? filterSpeakers.length : filterSpeakers.filter((sp) => chosen.has(sp.key)).length;
  const summary = chosen === null ? 'all highlighted' : `${chosenCount} of ${filterSpeakers.length} highlighted`;
  const styleOf = (key: string) => {
    const st = styles.get(key);
    return st ? { slot: st.slot, pattern: st.pattern } : { slot: 'none' as const, pattern: 0 };
  };
  const panel = (
    <>
      <SpeakerFilter speakers={filterSpeakers} chosen={chosen} onlyParagraphs={onlyParagraphs} onChange={setFilter} onOnlyParagraphs={setOnly} />
      <section className="voices-panel" aria-label="Voices">
        <button type="button" className="voices-toggle" aria-expanded={voicesOpen} onClick={() => setVoicesOpen((o) => !o)}>
          Voices: who is quoted, and how much
        </button>
        {voicesOpen && (
          <Suspense fallback={<p className="voices-loading">Loading the chart…</p>}>
            <ArticleVoices
              article={article}
              styleOf={styleOf}
              hrefFor={(key) => `${location.pathname}${searchString(withSpeakerFilter(params, [key]))}`}
              onOnly={(key) => {
                showOnly(key);
                setSheetOpen(false);
              }}
            />
          </Suspense>
        )}
      </section>
    </>
  );

  return (
    <div className="reading-layout">
      <ReadingProgress target={articleRef} />
      {/* The heading comes first in the DOM (screen readers meet the title before the filter); the
          grid puts the filter beside the text on wide screens and in a one-line bar on phones. */}
      <header className="article-header">
        <ProvenanceMeta article={article} extra={[minutes.label, `${plural(article.quotes.length, 'quotation')}${speakerCount > 0 ? ` by ${plural(speakerCount, 'speaker')}` : ''}`]} />
        <h1 ref={headingRef} tabIndex={-1}>
          {article.title}
        </h1>
        {article.byline && <p className="byline">By {article.byline}</p>}
      </header>
      {filterSpeakers.length > 0 && (
        <aside className="reading-aside" aria-label="Speaker filter">
          <FilterArrangement count={filterSpeakers.length} summary={summary} open={sheetOpen} onOpenChange={setSheetOpen}>
            {panel}
          </FilterArrangement>
        </aside>
      )}
      <div className="reading-main">
        {place.saved !== null && (
          <div className="resume-note" role="status">
            <button type="button" className="resume-button" onClick={place.resume}>
              Continue where you stopped <span className="resume-where">(paragraph {place.saved + 1} of {layout.length})</span>
            </button>
            <button type="button" className="link-button" onClick={place.dismiss}>
              Start from the top
            </button>
          </div>
        )}
        {(foreign.length > 0 || filter.rejected > 0) && (
          <div className="notice" role="status">
            {foreign.map((id) => {
              // ?speaker=unattributed where every quotation has a speaker: nothing to look up.
              if (id === UNATTRIBUTED) {
                const rest = filter.ids.filter((x) => x !== id);
                return (
                  <p key={id}>
                    There are no unattributed quotations in this article.{' '}
                    <Link to={`${location.pathname}${searchString(withSpeakerFilter(params, rest.length ? rest : null))}`} preventScrollReset>
                      {rest.length ? 'Remove “Unattributed” from the filter' : 'Clear the filter'}
                    </Link>
                  </p>
                );
              }
              const d = details.get(id);
              return (
                <p key={id}>
                  {d === undefined
                    ? `Looking up speaker “${truncate(id, 60)}”…`
                    : d === 'unknown'
                      ? `The address names an unknown speaker, “${truncate(id, 60)}”; it is ignored.`
                      : d === 'unavailable'
                        ? `Speaker “${truncate(id, 60)}” could not be looked up (the network or the server failed); reload to try again.`
                      : `${d.name} is not quoted in this article.`}{' '}
                  <Link to={`${location.pathname}${searchString(withSpeakerFilter(params, filter.ids.filter((x) => x !== id)))}`} preventScrollReset>
                    Remove {isDetail(d) ? d.name : 'it'} from the filter
                  </Link>
                </p>
              );
            })}
            {filter.rejected > 0 && <p>{plural(filter.rejected, 'speaker value')} in the address could not be used and were ignored.</p>}
          </div>
        )}

        <article
          ref={articleRef}
          className="article-body"
          onPointerOver={(e) => prepareQuoteDetails(e.target)}
          onFocus={(e) => prepareQuoteDetails(e.target)}
          onClick={(e) => {
            // Selecting text to copy it should not open the details.
            if (window.getSelection()?.toString()) return;
            activate(e.target as Element);
          }}
          onKeyDown={(e) => {
            if ((e.key === 'Enter' || e.key === ' ') && (e.target as Element).matches?.('[data-quote-id]')) {
              e.preventDefault();
              activate(e.target as Element);
            }
          }}
        >
          {body}
        </article>

        {selected && (
          <Suspense fallback={null}>
            <MarkQuotation container={articleRef} article={article} articleKey={articleKey} onChanged={setCorrectionStatus} />
          </Suspense>
        )}
        <CorrectionStatus status={correctionStatus} onDone={setCorrectionStatus} />
        <div className="article-tools">
          <ExportQuotations target={{ kind: 'article', article, link: () => new URL(ownHref.slice(1), siteBase()).href }} />
          {corrections.length > 0 && (
            <p className="corrections-summary">
              You corrected {plural(corrections.length, 'quotation')} here. <Link to="/corrections">Your corrections</Link>
            </p>
          )}
        </div>

        <Provenance article={article} />

        <nav className="article-nav" aria-label="Previous and next articles">
          <div className="nav-cell prev">
            {article.prev && (
              <Link rel="prev" to={`${hrefOf(article.prev.slug)}${query}`}>
                <span className="nav-label">← Previous</span> <span className="nav-title">{article.prev.title}</span>
              </Link>
            )}
          </div>
          <div className="nav-cell next">
            {article.next && (
              <Link rel="next" to={`${hrefOf(article.next.slug)}${query}`}>
                <span className="nav-label">Next →</span> <span className="nav-title">{article.next.title}</span>
              </Link>
            )}
          </div>
          {chosenNames.length > 0 && (
            <>
              <div className="nav-cell prev by-speaker">
                <button type="button" className="step-button" onClick={() => void stepBy(-1)}>
                  ← Previous article quoting {chosenNames.join(', ')}
                </button>
              </div>
              <div className="nav-cell next by-speaker">
                <button type="button" className="step-button" onClick={() => void stepBy(1)}>
                  Next article quoting {chosenNames.join(', ')} →
                </button>
              </div>
              <p className="step-status" role="status">
                {stepMessage}
              </p>
            </>
          )}
        </nav>
      </div>


      {openQuote && open && (
        <Suspense fallback={null}>
          <QuoteDetails
            key={openQuote.id}
            quote={openQuote}
            article={article}
            anchor={open.anchor}
            articleKey={articleKey}
            corrections={corrections}
            onClose={closePopover}
            onOnly={(key) => {
              showOnly(key);
              setOpen(null);
            }}
            onChanged={setCorrectionStatus}
          />
        </Suspense>
      )}
    </div>
  );
}

/** Route properties merged into the lazy `/articles/:slug` route (its loader is defined eagerly). */
export const articleRoute = { Component: ArticlePage };
