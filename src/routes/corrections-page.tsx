// "Your corrections": every attribution the reader fixed, by article, with whether it still applies
// (a correction whose quotation can no longer be found is listed, never dropped), "Undo correction"
// for each, and "Export corrections" (the JSON file maintainers publish in src/content/corrections/).
import { useEffect, useState } from 'react';
import { Link, type RouteObject } from 'react-router-dom';
import type { ArticleChunk } from '../contract/article-data.ts';
import { CORRECTIONS_FORMAT, CORRECTIONS_VERSION, type Correction, type CorrectionsFile } from '../corrections/correction.ts';
import { deleteCorrection, type StoredCorrection } from '../lib/corrections-db.ts';
import { useDataClient } from '../lib/data-client-context.ts';
import { useDocumentTitle } from '../lib/document-title.ts';
import { download, EXPORT_TYPES } from '../lib/export-job.ts';
import { plural } from '../lib/format.ts';
import { correctArticle, useAllCorrections } from '../lib/use-corrections.ts';
import '../styles/corrections.css';

/** A correction as it goes into the published file (without the store's own fields). */
export function publishable(c: StoredCorrection): Correction {
  const { key: _key, quoteId: _quoteId, shown: _shown, title: _title, ...rest } = c;
  return rest;
}

/** The corrections file "Export corrections" downloads. */
export function correctionsFile(all: readonly StoredCorrection[]): CorrectionsFile {
  return { format: CORRECTIONS_FORMAT, version: CORRECTIONS_VERSION, corrections: all.map(publishable) };
}

const ACTIONS: Record<Correction['action'], string> = { speaker: 'Speaker corrected', remove: 'Not a quotation', add: 'Marked as a quotation' };

type ArticleState = { title: string; unapplied: Set<string>; agrees: Set<string> } | 'missing' | 'loading';

/** Loads the articles the corrections are about, to name them and to find corrections that no longer apply. */
function useCorrectedArticles(all: readonly StoredCorrection[]): Map<string, ArticleState> {
  const client = useDataClient();
  const [states, setStates] = useState<Map<string, ArticleState>>(new Map());
  const slugs = [...new Set(all.map((c) => c.article))].filter((s) => !s.startsWith('mine:')).sort().join('\n');
  useEffect(() => {
    let live = true;
    const list = slugs ? slugs.split('\n') : [];
    Promise.all(list.map(async (slug): Promise<[string, ArticleState]> => {
      try {
        const chunk: ArticleChunk = await client.loadArticle(slug);
        const { unapplied } = correctArticle(chunk, all, slug);
        const key = (u: (typeof unapplied)[number]): string => (u.correction as StoredCorrection).key;
        return [slug, { title: chunk.title, unapplied: new Set(unapplied.filter((u) => u.reason !== 'engine-agrees').map(key)), agrees: new Set(unapplied.filter((u) => u.reason === 'engine-agrees').map(key)) }];
      } catch {
        return [slug, 'missing'];
      }
    })).then((rows) => {
      if (live) setStates(new Map(rows));
    });
    return () => {
      live = false;
    };
  }, [client, slugs, all]);
  return states;
}

function CorrectionsPage() {
  useDocumentTitle('Your corrections');
  const all = useAllCorrections();
  const states = useCorrectedArticles(all);
  const [status, setStatus] = useState('');
  const byArticle = new Map<string, StoredCorrection[]>();
  for (const c of all) byArticle.set(c.article, [...(byArticle.get(c.article) ?? []), c]);
  const notFound = [...states.values()].reduce((n, s) => n + (typeof s === 'object' ? s.unapplied.size : 0), 0);

  return (
    <div className="corrections-page">
      <h1>Your corrections</h1>
      <p>
        {all.length === 0
          ? 'You have not corrected any attribution yet. Open a quotation’s details in an article and choose “Correct speaker” or “Not a quotation”, or select words and choose “Mark as quotation”.'
          : `${plural(all.length, 'correction')} in ${plural(byArticle.size, 'article')}, kept in this browser.${notFound ? ` ${plural(notFound, 'correction')} no longer find${notFound === 1 ? 's' : ''} its quotation (marked below).` : ''}`}
      </p>
      {all.length > 0 && (
        <p>
          <button type="button" onClick={() => {
            download(`quote-reader-corrections-${new Date().toISOString().slice(0, 10)}.json`, [`${JSON.stringify(correctionsFile(all), null, 2)}\n`], EXPORT_TYPES.json);
            setStatus(`Exported ${plural(all.length, 'correction')}.`);
          }}>Export corrections</button>{' '}
          <span className="hint">A JSON file; send it to the site’s maintainers so every reader sees your fixes.</span>
        </p>
      )}
      <p role="status">{status}</p>
      {[...byArticle].map(([slug, list]) => {
        const state = states.get(slug);
        const own = slug.startsWith('mine:');
        const title = typeof state === 'object' ? state.title : (list.find((c) => c.title)?.title ?? slug);
        const href = own ? `/mine/${encodeURIComponent(slug.slice('mine:'.length))}` : `/articles/${encodeURIComponent(slug)}`;
        return (
          <section key={slug} className="corrections-article">
            <h2><Link to={href}>{title}</Link>{own && <span className="hint"> (your article)</span>}</h2>
            {state === 'missing' && <p className="field-error">This article is no longer on the site; its corrections are kept.</p>}
            <ul>
              {list.map((c) => {
                const lost = typeof state === 'object' && state.unapplied.has(c.key);
                return (
                  <li key={c.key} data-unapplied={lost ? 'true' : undefined}>
                    <q>{c.quote.text.length > 200 ? `${c.quote.text.slice(0, 200)}…` : c.quote.text}</q>{' '}
                    <span>{ACTIONS[c.action]}{c.action !== 'remove' ? `: ${c.speaker?.name ?? 'no identifiable speaker'}` : ''}</span>
                    {c.engine && c.action === 'speaker' && <span className="hint"> (the engine said {c.engine.speaker ?? 'nobody'})</span>}
                    {lost && <strong className="field-error"> The quotation can no longer be found in the article.</strong>}
                    {typeof state === 'object' && state.agrees.has(c.key) && <span className="hint"> The engine now gives it this speaker itself.</span>}{' '}
                    <button type="button" onClick={() => void deleteCorrection(c.key).then(() => setStatus('Correction undone.'))}>Undo correction</button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** The `/corrections` route. */
export const correctionsRoute: Pick<RouteObject, 'Component'> = { Component: CorrectionsPage };
