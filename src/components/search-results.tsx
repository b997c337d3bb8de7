// The list of search results. The index stores titles and speakers but not the text (that
// would double its size), so snippets and quotation texts come from the articles' own chunks,
// fetched for the visible results only, after the list itself is on screen.
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ArticleChunk } from '../contract/article-data.ts';
import { useDataClient } from '../lib/data-client-context.ts';
import { containsPhrase, phrasesOf, snippet } from '../lib/search-client.ts';
import type { ArticleHit, ParsedQuery } from '../lib/search-query.ts';
import { SearchHighlight } from './search-highlight.tsx';
import { correctQuoteSpeaker } from '../lib/corrected-views.ts';
import { useAllCorrections } from '../lib/use-corrections.ts';

/** Why a "some of the words" result is there: `Has “launch” and “shuttle”`. */
export function wordsLabel(words: readonly string[]): string {
  const q = words.map((w) => `“${w}”`);
  const list = q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
  return `Has ${words.length === 1 ? 'only the word' : 'the words'} ${list}`;
}

/** Quotations listed under one article before "and N more". */
const QUOTES_PER_HIT = 3;

/** Texts for one hit, once its chunk has loaded. */
interface HitDetails {
  /** The article's title from its chunk (the index may not store it with quotations). */
  title: string | null;
  snippet: string | null;
  quotes: Map<string, string>;
  exactPhrase: boolean;
}

const NO_DETAILS: HitDetails = { title: null, snippet: null, quotes: new Map(), exactPhrase: false };

function quoteText(chunk: ArticleChunk, quoteId: string): string | null {
  const body = chunk.quotes.find((q) => q.id === quoteId);
  if (body) return chunk.text.slice(body.start, body.end);
  const title = chunk.titleQuotes.find((q) => q.id === quoteId);
  return title ? chunk.title.slice(title.start, title.end) : null;
}

function detailsFor(hit: ArticleHit, chunk: ArticleChunk, phrases: string[][]): HitDetails {
  const quotes = new Map<string, string>();
  for (const q of hit.quotes.slice(0, QUOTES_PER_HIT)) {
    const text = quoteText(chunk, q.quoteId);
    if (text !== null) quotes.set(q.quoteId, snippet(text, q.terms, phrases, 320));
  }
  const haystacks = [chunk.title, chunk.text];
  return {
    title: chunk.title,
    snippet: hit.articleMatched ? snippet(chunk.text, hit.terms, phrases) : null,
    quotes,
    exactPhrase: phrases.length > 0 && phrases.every((p) => haystacks.some((h) => containsPhrase(h, p))),
  };
}

/**
 * Loads the chunks of the given hits and derives their snippets. Details already derived for
 * this query are kept while more load ("Show more" adds hits), so nothing flickers.
 */
function useHitDetails(hits: readonly ArticleHit[], query: ParsedQuery): Map<string, HitDetails> {
  const client = useDataClient();
  const [state, setState] = useState<{ query: ParsedQuery; details: Map<string, HitDetails> }>({ query, details: new Map() });
  const current = state.query === query ? state.details : null;
  useEffect(() => {
    let live = true;
    const phrases = phrasesOf(query);
    const known = current ?? new Map<string, HitDetails>();
    const missing = hits.filter((h) => !known.has(h.slug));
    if (missing.length === 0) return;
    void Promise.allSettled(missing.map((h) => client.loadArticle(h.slug))).then((chunks) => {
      if (!live) return;
      const details = new Map(known);
      chunks.forEach((c, i) => {
        const hit = missing[i];
        if (!hit) return;
        // A chunk that fails to load leaves its hit without a snippet; the title still links.
        details.set(hit.slug, c.status === 'fulfilled' ? detailsFor(hit, c.value, phrases) : NO_DETAILS);
      });
      setState({ query, details });
    });
    return () => {
      live = false;
    };
  }, [client, hits, query, current]);
  return current ?? new Map();
}

/**
 * Display name → speaker id, for linking the speakers of matching quotations to their pages (the
 * index stores only the name). Names two speakers share are left out rather than guessed.
 */
function useSpeakerIds(): ReadonlyMap<string, string> {
  const client = useDataClient();
  const [ids, setIds] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let live = true;
    client.loadSpeakers().then(
      (speakers) => {
        if (!live) return;
        const byName = new Map<string, string | null>();
        for (const sp of speakers) byName.set(sp.name, byName.has(sp.name) ? null : sp.id);
        const unique = new Map<string, string>();
        for (const [name, id] of byName) if (id !== null) unique.set(name, id);
        setIds(unique);
      },
      () => {
        // Without the list the names stay plain text.
      },
    );
    return () => {
      live = false;
    };
  }, [client]);
  return ids;
}

/** Results are shown (and re-ranked) in pages of this many. */
export const RESULTS_PAGE = 20;

/** The visible results: articles with their snippet and matching quotations, matches marked. */
export function SearchResults({ hits: found, query }: { hits: readonly ArticleHit[]; query: ParsedQuery }) {
  // The reader's corrections: a quotation shows its corrected speaker, or goes if it is not one.
  const corrections = useAllCorrections();
  const hits = useMemo(() => (corrections.length === 0 ? found : found.map((h) => ({
    ...h,
    quotes: h.quotes.flatMap((q) => {
      const speaker = correctQuoteSpeaker(h.slug, q.quoteId, q.speaker, corrections);
      return speaker === undefined ? [] : [{ ...q, speaker }];
    }),
  }))), [found, corrections]);
  const details = useHitDetails(hits, query);
  const phrases = phrasesOf(query);
  const speakerIds = useSpeakerIds();
  // Within each page of results, those with the exact phrase come first, once their text is in;
  // earlier pages never change order when more are shown.
  const exact = (h: ArticleHit) => Number(details.get(h.slug)?.exactPhrase ?? false);
  const ordered = hits
    .map((hit, i) => ({ hit, page: Math.floor(i / RESULTS_PAGE), i }))
    .sort((a, b) => a.page - b.page || exact(b.hit) - exact(a.hit) || a.i - b.i)
    .map((x) => x.hit);
  const loading = hits.some((h) => !details.has(h.slug));

  return (
    <ol className="qr-search-results" aria-label="Matching articles" aria-busy={loading}>
      {ordered.map((hit) => {
        const d = details.get(hit.slug);
        const href = `/articles/${encodeURIComponent(hit.slug)}`;
        const title = d?.title ?? hit.title;
        const more = hit.quotes.length - QUOTES_PER_HIT;
        return (
          // Until its title, snippet and quotations are read, a result keeps its place but is not drawn,
          // so nothing on screen moves when they arrive (search's layout shift, issue 13).
          <li key={hit.slug} className="qr-search-result" data-pending={d ? undefined : 'true'}>
            <h2 className="qr-search-result__title">
              <Link to={href}>
                <SearchHighlight text={title} terms={hit.terms} phrases={phrases} />
              </Link>
            </h2>
            {d?.exactPhrase && <p className="qr-search-result__badge">Exact phrase</p>}
            {hit.matchedWords && hit.matchedWords.length > 0 && (
              <p className="qr-search-result__why">{wordsLabel(hit.matchedWords)}</p>
            )}
            {d?.snippet && (
              <p className="qr-search-result__snippet">
                <SearchHighlight text={d.snippet} terms={hit.terms} phrases={phrases} />
              </p>
            )}
            {hit.quotes.length > 0 && (
              <ul className="qr-search-result__quotes" aria-label={`Matching quotations in ${title}`}>
                {hit.quotes.slice(0, QUOTES_PER_HIT).map((q) => {
                  const text = d?.quotes.get(q.quoteId);
                  return (
                    <li key={q.quoteId}>
                      <Link
                        to={`${href}#${encodeURIComponent(q.quoteId)}`}
                        className="qr-search-result__quote"
                        data-quote-id={q.quoteId}
                        data-speaker={q.speaker ?? ''}
                        data-highlighted="true"
                      >
                        {text ? (
                          <q>
                            <SearchHighlight text={text} terms={q.terms} phrases={phrases} />
                          </q>
                        ) : (
                          <span>Quotation {q.quoteId}</span>
                        )}
                      </Link>{' '}
                      <span className="qr-search-result__speaker">
                        {'— '}
                        {q.speaker ? (
                          speakerIds.has(q.speaker) ? (
                            <Link to={`/speakers/${encodeURIComponent(speakerIds.get(q.speaker) ?? '')}`}>{q.speaker}</Link>
                          ) : (
                            q.speaker
                          )
                        ) : (
                          'speaker unknown'
                        )}
                      </span>
                    </li>
                  );
                })}
                {more > 0 && (
                  <li className="qr-search-result__more">
                    and {more} more matching {more === 1 ? 'quotation' : 'quotations'}
                  </li>
                )}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
