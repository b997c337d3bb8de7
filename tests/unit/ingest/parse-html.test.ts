// Saved HTML pages with heavy furniture: Readability finds the article, metadata comes
// from JSON-LD / OpenGraph / <time>, and no furniture or markup survives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestBytes, nodeParseEnvironment } from '../../../src/ingest/ingest-file.ts';
import { blocksOf } from '../../../src/ingest/parse-html.ts';

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

describe('text outside p/li/headings: bare text, table cells, <dl>, <details> (issue 10, item 4)', () => {
  const a = load('bare-text-tables-details.html');
  it.each([
    ['bare text in <article>', 'We have waited ten years for this', 'Ana Silva'],
    ['a table cell', 'This is the right plan for the harbour', 'Ben Okoro'],
    ['another table cell', 'It costs far too much', 'Clara Diaz'],
    ['a <dd>', 'The first boats will dock in spring', 'Dan Fisher'],
    ['bare text in <details>', 'Nobody expected it to take this long', 'Eva Lund'],
  ])('keeps the quotation in %s, attributed', (_where, words, speaker) => {
    expect(a.text).toContain(words);
    const q = a.analysis.quotes.find((x) => a.text.slice(x.start, x.end).includes(words));
    expect(q?.speaker?.name).toContain(speaker);
  });

  it('keeps every block as its own paragraph, furniture still out', () => {
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs).toContain('What happens next');
    expect(paragraphs).toContain('Background');
    expect(paragraphs).toContain('For');
    expect(a.text).not.toContain('Coastal Herald');
    expect(a.text).not.toContain('Home');
  });
});

describe('blocksOf keeps all the text it is given', () => {
  it('every word of the content, in order, whatever the markup', () => {
    const html = '<div>bare <b>bold</b> text<section><span>in span</span></section>tail</div><table><tr><td>cell one</td><td>cell <i>two</i></td></tr></table><dl><dt>term</dt><dd>definition</dd></dl><details><summary>sum</summary>hidden text</details>';
    const blocks = blocksOf(html, nodeParseEnvironment.parseDocument);
    expect(blocks).toEqual(['bare bold text', 'in span', 'tail', 'cell one', 'cell two', 'term', 'definition', 'sum', 'hidden text']);
  });
});
