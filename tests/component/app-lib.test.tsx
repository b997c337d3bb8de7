// The app's pure helpers, table-driven: URL safety, the speaker parameter, initials, the article
// layout (quotation pieces, mentions, bad offsets), and the data client's fetch rules.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { layoutArticle } from '../../src/lib/article-layout.ts';
import { clearDataCache, DataNotFoundError, fetchData } from '../../src/lib/data-client.ts';
import { safeHttpUrl } from '../../src/lib/safe-url.ts';
import { initials, uniqueInitials } from '../../src/lib/speaker-colors.ts';
import { readSpeakerFilter, withSpeakerFilter } from '../../src/lib/speaker-param.ts';
import { makeArticle } from './helpers/fixtures.ts';

describe('safeHttpUrl', () => {
  it.each([
    ['https://en.wikinews.org/wiki/X', 'https://en.wikinews.org/wiki/X'],
    ['  http://example.com/a?b=c  ', 'http://example.com/a?b=c'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox', null],
    ['//evil.example/x', null],
    ['/relative/path', null],
    ['www.example.com', null],
    ['not a url', null],
    ['', null],
    [null, null],
  ])('%j → %j', (input, expected) => expect(safeHttpUrl(input)).toBe(expected));
});

describe('readSpeakerFilter', () => {
  it.each([
    ['', { active: false, ids: [], rejected: 0 }],
    ['speaker=', { active: true, ids: [], rejected: 0 }],
    ['speaker=a&speaker=b&speaker=a', { active: true, ids: ['a', 'b'], rejected: 0 }],
    ['speaker=%20a%20', { active: true, ids: ['a'], rejected: 0 }],
    [`speaker=${'x'.repeat(121)}&speaker=ok`, { active: true, ids: ['ok'], rejected: 1 }],
    [Array.from({ length: 55 }, (_, i) => `speaker=s${i}`).join('&'), { active: true, ids: Array.from({ length: 50 }, (_, i) => `s${i}`), rejected: 5 }],
  ])('%s', (query, expected) => expect(readSpeakerFilter(new URLSearchParams(query))).toEqual(expected));

  it('writes the filter back keeping other parameters; [] means None, null removes it', () => {
    const p = new URLSearchParams('only=paragraphs&speaker=x');
    expect(withSpeakerFilter(p, ['a', 'b']).toString()).toBe('only=paragraphs&speaker=a&speaker=b');
    expect(withSpeakerFilter(p, []).toString()).toBe('only=paragraphs&speaker=');
    expect(withSpeakerFilter(p, null).toString()).toBe('only=paragraphs');
  });
});

describe('initials', () => {
  it.each([
    ['Donald Trump', 'DT'],
    ['Sarah Huckabee Sanders', 'SS'],
    ['Madonna', 'MA'],
    ['Émile Zola', 'ÉZ'],
    ['de Blasio', 'DB'],
    ['"Quoted" Name', 'QN'],
    ['', '?'],
    ['42', '?'],
  ])('%s → %s', (name, expected) => expect(initials(name)).toBe(expected));
});

describe('uniqueInitials', () => {
  it.each([
    [['Donald Trump', 'Matthew Miller'], ['DT', 'MM']],
    [['Kristen Wilkins', 'Kathryn Waters', 'Elaine Gustafon'], ['KWi', 'KWa', 'EG']],
    [['Ann Lee', 'Al Lee', 'Amy Lee'], ['ALe1', 'ALe2', 'ALe3']],
    [['Madonna', 'Mark Adams'], ['MAa', 'MAd']],
  ])('%j → %j', (names, expected) => expect(uniqueInitials(names)).toEqual(expected));
});

describe('layoutArticle', () => {
  const text = (nodes: ReturnType<typeof layoutArticle>[number]['nodes'], full: string) =>
    nodes.map((n) => (n.kind === 'text' ? full.slice(n.start, n.end) : `[${n.runs.map((r) => full.slice(r.start, r.end)).join('|')}]`)).join('');

  it('splits paragraphs into text and quotation pieces that cover the text exactly', () => {
    const a = makeArticle({
      slug: 's',
      title: 't',
      paragraphs: ['He said "one" and "two".', 'No quotes here.'],
      quotes: [
        { text: '"one"', speaker: 'A B' },
        { text: '"two"', speaker: null },
      ],
    });
    const layout = layoutArticle(a);
    expect(layout.map((p) => text(p.nodes, a.text))).toEqual(['He said ["one"] and ["two"].', 'No quotes here.']);
    expect(layout[0]!.pieces.map((p) => p.quote.id)).toEqual(['q1', 'q2']);
    expect(layout[1]!.pieces).toEqual([]);
  });

  it('cuts a quotation that spans paragraphs into numbered parts', () => {
    const a = makeArticle({ slug: 's', title: 't', paragraphs: ['Intro "start', 'middle', 'end" outro'], quotes: [{ text: '"start\n\nmiddle\n\nend"', speaker: 'A' }] });
    const layout = layoutArticle(a);
    expect(layout.map((p) => text(p.nodes, a.text))).toEqual(['Intro ["start]', '[middle]', '[end"] outro']);
    expect(layout.map((p) => p.pieces[0]?.part)).toEqual([0, 1, 2]);
  });

  it('marks mention runs with the quotations that rest on them, inside or outside quotations', () => {
    const a = makeArticle({ slug: 's', title: 't', paragraphs: ['"Yes," Ann said. "No," she added.'], quotes: [{ text: '"Yes,"', speaker: 'Ann', mention: 'Ann' }, { text: '"No,"', speaker: 'Ann', mention: 'she' }] });
    const nodes = layoutArticle(a)[0]!.nodes;
    const mentions = nodes.filter((n) => n.kind === 'text' && n.mentionOf.length).map((n) => (n.kind === 'text' ? [a.text.slice(n.start, n.end), n.mentionOf] : null));
    expect(mentions).toEqual([
      ['Ann', ['q1']],
      ['she', ['q2']],
    ]);
  });

  it('drops quotations with offsets outside the text or overlapping an earlier one, instead of crashing', () => {
    const a = makeArticle({ slug: 's', title: 't', paragraphs: ['A "b c" d.'], quotes: [{ text: '"b c"', speaker: 'X' }] });
    const q = a.quotes[0]!;
    a.quotes.push({ ...q, id: 'q2', start: q.start + 1, end: q.end + 1 }, { ...q, id: 'q3', start: 5, end: 999 }, { ...q, id: 'q4', start: 4, end: 2 });
    const layout = layoutArticle(a);
    expect(layout[0]!.pieces.map((p) => p.quote.id)).toEqual(['q1']);
    expect(text(layout[0]!.nodes, a.text)).toBe('A ["b c"] d.');
  });
});

describe('fetchData', () => {
  const respond = (body: string, status: number, type: string) => vi.fn(async () => new Response(body, { status, headers: { 'content-type': type } }));
  beforeEach(() => clearDataCache());
  afterEach(() => vi.unstubAllGlobals());

  it('parses JSON and caches each file for the session', async () => {
    const fetchMock = respond('{"a":1}', 200, 'application/json');
    vi.stubGlobal('fetch', fetchMock);
    expect(await fetchData('data/x.json')).toEqual({ a: 1 });
    expect(await fetchData('data/x.json')).toEqual({ a: 1 });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a 404', respond('nope', 404, 'text/plain')],
    ['the HTML page a static host answers for unknown files', respond('<!doctype html>', 200, 'text/html')],
  ])('treats %s as not found', async (_label, fetchMock) => {
    vi.stubGlobal('fetch', fetchMock);
    await expect(fetchData('data/articles/x.json')).rejects.toBeInstanceOf(DataNotFoundError);
  });

  it('reports other HTTP failures with the path and status, and retries them next time', async () => {
    vi.stubGlobal('fetch', respond('boom', 500, 'text/plain'));
    await expect(fetchData('data/manifest.json')).rejects.toThrow('Could not load data/manifest.json: HTTP 500');
    vi.stubGlobal('fetch', respond('{"ok":true}', 200, 'application/json'));
    expect(await fetchData('data/manifest.json')).toEqual({ ok: true });
  });
});
