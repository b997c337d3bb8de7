// Saved HTML pages with heavy furniture: Readability finds the article, metadata comes
// from JSON-LD / OpenGraph / <time>, and no furniture or markup survives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../../src/ingest/ingest-file.ts';

const HTML = join(import.meta.dirname, '../../fixtures/html');
const load = (name: string) => {
  const r = ingestBytes({ path: join(HTML, name), display: name }, readFileSync(join(HTML, name)));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.article;
};
const FURNITURE = ['cookies', 'Skip to content', 'Advertisement', 'Related stories', 'Ferry timetable', 'newsletter', 'Log in', '©', 'Tags:', 'Facebook', 'Photo:', 'Most read', 'You might also like', 'Great news', 'Powered by', 'Share this', 'min read', 'dataLayer'];

describe('news page with JSON-LD (@graph), cookie banner, nav, ads, related, comments', () => {
  const a = load('news-site-jsonld.html');
  it('takes title, date, authors, site and canonical URL from the metadata', () => {
    expect(a.meta).toMatchObject({
      title: 'Harbour bridge reopens after two-year repair',
      date: '2024-03-05',
      byline: 'Maria Lindqvist, Tom Okafor',
      source: 'The Coastal Herald',
      url: 'https://coastal-herald.example/news/harbour-bridge-reopens',
    });
  });
  it('keeps exactly the five paragraphs of the story', () => {
    expect(a.text.split('\n\n')).toHaveLength(5);
    expect(a.text.startsWith('The harbour bridge reopened')).toBe(true);
    expect(a.text.endsWith('completed in May.')).toBe(true);
    for (const f of FURNITURE) expect(a.text).not.toContain(f);
  });
});

describe('WordPress-style page with OpenGraph, <time>, sidebar, share and comments', () => {
  const a = load('blog-opengraph.html');
  it('takes metadata from og: tags and meta author', () => {
    expect(a.meta).toMatchObject({ title: 'Library opens on Sundays for the first time', date: '2023-11-12', byline: 'Priya Raman', source: 'Millbrook Gazette' });
  });
  it('keeps the four story paragraphs and none of the furniture', () => {
    expect(a.text.split('\n\n')).toHaveLength(4);
    expect(a.text.startsWith("Millbrook's public library")).toBe(true);
    for (const f of [...FURNITURE, 'Posted on', 'Subscribe']) expect(a.text).not.toContain(f);
  });
});

describe('hostile saved page', () => {
  it('keeps only text: no tags, handlers or javascript: URLs reach the data', () => {
    const r = ingestBytes({ path: 'h.html', display: 'h.html' }, readFileSync(join(HTML, '../hostile/hostile-page.html')));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.article.text).not.toMatch(/onerror|<img|<iframe|javascript:|inline-script|page-script/);
    expect(r.article.meta.url).toBeNull();
    // Escaped markup in the page is the article's own text and stays literal.
    expect(r.article.text).toContain("<script>window.__pwned='escaped'</script>");
  });
});
