// The list of search results. Each result carries its texts from the index's doc store (the
// indexed part of the body and every quotation's text, decision 044), so a result is drawn whole
// the moment the list is: no article chunk is fetched per result and nothing moves afterwards.
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { containsPhrase, phrasesOf, snippet } from '../lib/search-client.ts';
import type { ArticleHit, ParsedQuery } from '../lib/search-query.ts';
import { SearchHighlight } from './search-highlight.tsx';
import { useLazyCorrections } from '../lib/lazy-corrections.ts';

/** Why a "some of the words" result is there: `Has “launch” and “shuttle”`. */
export function wordsLabel(words: readonly string[]): string {
  const q = words.map((w) => `“${w}”`);
  const list = q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
  return `Has ${words.length === 1 ? 'only the word' : 'the words'} ${list}`;
}

/** Quotations listed under one article before "and N more". */
const QUOTES_PER_HIT = 3;

/** What a result shows besides its title: the snippet, and whether it has the exact phrase. */
interface HitDetails {
  snippet: string | null;
  exactPhrase: boolean;
}

/** A result's snippet and phrase check, from the texts the hit carries. */
export function detailsFor(hit: ArticleHit, phrases: readonly (readonly string[])[]): HitDetails {
  const haystacks = [hit.title, hit.text, ...hit.quotes.map((q) => q.text)];
  return {
    snippet: hit.articleMatched && hit.text ? snippet(hit.text, hit.terms, phrases) : null,
    exactPhrase: phrases.length > 0 && phrases.every((p) => haystacks.some((h) => containsPhrase(h, p))),
  };
}

/** Results are shown (and re-ranked) in pages of this many. */
export const RESULTS_PAGE = 20;

/**
 * The results that can be drawn while the last page is still being resolved: what no unresolved
 * row can precede. Without a phrase the order is the ranking's, so every resolved result; with one,
 * results holding the exact phrase move first within their page, so only those among the resolved
 * (an unresolved one with the phrase goes after them, one without it could still be overtaken).
 * `ordered` is the page order of `hits` (exact first within each page); `whole` says every result
 * of the pages asked for is resolved.
 */
export function drawable<T>(ordered: readonly { hit: T; page: number; exact: boolean }[], resolved: number, whole: boolean, hasPhrases: boolean): T[] {
  if (whole) return ordered.map((x) => x.hit);
  const open = Math.floor(resolved / RESULTS_PAGE);
  return ordered.filter((x) => x.page < open || !hasPhrases || x.exact).map((x) => x.hit);
}

/**
 * The visible results: articles with their snippet and matching quotations, matches marked. While
 * `whole` is false (the rest of the last page is still being resolved) only what can never move
 * is drawn (see drawable), so a result drawn early is never pushed down by one drawn later.
 */
export function SearchResults({ hits: found, query, whole = true }: { hits: readonly ArticleHit[]; query: ParsedQuery; whole?: boolean }) {
  // The reader's corrections: a quotation shows its corrected speaker, or goes if it is not one.
  // (Their code loads only in a browser that has some, after the results are drawn: decision 085.)
  const corrections = useLazyCorrections();
  const hits = useMemo(() => (corrections === null ? found : found.map((h) => ({
    ...h,
    quotes: h.quotes.flatMap((q) => {
      const speaker = corrections.views.correctQuoteSpeakerRef(h.slug, q.quoteId, q.speaker === null ? null : { id: q.speakerId ?? '', name: q.speaker }, corrections.list);
      return speaker === undefined ? [] : [{ ...q, speaker: speaker?.name ?? null, speakerId: speaker?.id || null }];
    }),
  }))), [found, corrections]);
  const phrases = useMemo(() => phrasesOf(query), [query]);
  const details = useMemo(() => new Map(hits.map((h) => [h.slug, detailsFor(h, phrases)])), [hits, phrases]);
  // Within each page of results, those with the exact phrase come first; earlier pages never
  // change order when more are shown.
  const exact = (h: ArticleHit) => details.get(h.slug)?.exactPhrase ?? false;
  const ordered = drawable(
    hits
      .map((hit, i) => ({ hit, page: Math.floor(i / RESULTS_PAGE), i, exact: exact(hit) }))
      .sort((a, b) => a.page - b.page || Number(b.exact) - Number(a.exact) || a.i - b.i),
    hits.length,
    whole,
    phrases.length > 0,
  );

  return (
    <ol className="qr-search-results" aria-label="Matching articles">
      {ordered.map((hit) => {
        const d = details.get(hit.slug);
        const href = `/articles/${encodeURIComponent(hit.slug)}`;
        const title = hit.title;
        const more = hit.quotes.length - QUOTES_PER_HIT;
        return (
          <li key={hit.slug} className="qr-search-result">
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
                  const text = q.text ? snippet(q.text, q.terms, phrases, 320) : null;
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
                          q.speakerId ? (
                            <Link to={`/speakers/${encodeURIComponent(q.speakerId)}`}>{q.speaker}</Link>
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
