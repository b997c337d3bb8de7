// Furniture rules never take article text (issue 10, item 6): a row may end or strip the article
// only where what it removes looks like furniture (short lines, link lists, no sentences);
// otherwise the text stays and the build warns.
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../../src/ingest/ingest-file.ts';
import { parseScrapedPage } from '../../../src/ingest/parse-scraped-page.ts';

const page = (...lines: string[]) => parseScrapedPage(['Example Gazette', 'Council approves the new bridge plan', ...lines].join('\n'));
const QUOTE = '"We have waited ten years for this bridge," said Mayor Ana Silva on Tuesday.';

describe('scraped pages: a furniture row that matches article text keeps it', () => {
  it.each([
    ['a lead that starts like a byline', ['By Tuesday, officials said the bridge would reopen within the month.', QUOTE], 'byline'],
    ['a sentence the subscribe rule matches', ['The council met on Monday evening.', 'Get out and vote today, the mayor told the crowd of about two hundred people.', QUOTE], 'subscribe-prompt'],
    ['"Topics:" opening a paragraph mid-story', ['The council met on Monday evening.', 'Topics: the budget, the bridge and the schools were all on the agenda that night.', QUOTE], 'after-article'],
    ['a "Comments" line with the story going on after it', ['The council met on Monday evening.', 'Comments', QUOTE], 'comments'],
    ['a quotation the cross-link rule matches', ['The council met on Monday evening.', 'Related: "this changes everything for the harbour," said a fisher.', QUOTE], 'cross-link'],
  ])('%s', (_label, lines, rule) => {
    const p = page(...lines);
    for (const line of lines) expect(p.paragraphs.join('\n')).toContain(line);
    expect(p.kept?.map((k) => k.rule)).toContain(rule);
    expect(p.meta.byline).toBeUndefined();
  });

  it('still removes real furniture: a byline, a prompt, and the link list after the article', () => {
    const p = page('By Jane Doe, political correspondent', 'The council met on Monday evening.', QUOTE, 'Sign up to our daily newsletter for free', 'Related stories', 'Island hotel bookings slump', 'Minister defends ferry contract', 'Topics: Politics, Harbour');
    expect(p.meta.byline).toBe('Jane Doe, political correspondent');
    expect(p.paragraphs).toEqual(['The council met on Monday evening.', QUOTE]);
    expect(p.kept).toEqual([]);
  });

  it('warns for every kept line, naming the file, line and rule', () => {
    const text = ['Example Gazette', 'Council approves the new bridge plan', 'The council met on Monday evening.', 'Comments', QUOTE].join('\n');
    const r = ingestBytes({ path: 'a/page.txt', display: 'a/page.txt' }, new TextEncoder().encode(text));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.article.analysis.quotes.map((q) => q.speaker?.name)).toEqual(['Ana Silva']);
    const w = r.warnings.find((x) => x.code === 'furniture-kept');
    expect(w).toMatchObject({ file: 'a/page.txt', line: 4 });
    expect(w!.message).toContain('"comments"');
  });
});

describe('saved HTML: the same rule', () => {
  const html = (body: string) => new TextEncoder().encode(`<!doctype html><html><head><title>Council approves the new bridge plan</title></head><body><article><h1>Council approves the new bridge plan</h1>${body}</article></body></html>`);
  it('a <p>Comments</p> with the story going on after it ends nothing', () => {
    const r = ingestBytes({ path: 'a.html', display: 'a.html' }, html(`<p>The council met on Monday evening to vote on the plan for the new bridge across the river.</p><p>Comments</p><p>${QUOTE}</p><p>The vote was seven to four, and building starts in May if the loan is approved.</p>`));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.article.text).toContain('We have waited ten years');
    expect(r.article.analysis.quotes).toHaveLength(1);
    expect(r.warnings.map((w) => w.code)).toContain('furniture-kept');
  });
});
