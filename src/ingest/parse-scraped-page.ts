// Stage: a raw news page as scraped (plain text, one block per line) → title, date, byline
// and the article's paragraphs, with the site's furniture around the article removed.
//
// Structural rules, applied with the boilerplate table (boilerplate-patterns.ts):
//   1. Lines matching a 'drop' row are furniture wherever they are.
//   2. The masthead: before the headline, weather widgets, date headers and short label lines
//      (a city, a section name: at most three words, no sentence punctuation) are furniture.
//   3. The headline is the first remaining line of at least three words.
//   4. Between the headline and the first paragraph, date headers and bylines are metadata.
//   5. The article ends where a block of other articles begins ('end' rows: "More articles",
//      "Related stories", comments, copyright…); that line and all after it are furniture.
//   6. Each line is a paragraph, except that a line continuing a hard-wrapped sentence (the
//      previous line has no closing punctuation and this one starts in lowercase) joins it.
// Every removed line is kept (with its rule) for the ingest report: nothing disappears unseen.
import { bylineIsProse, looksLikeProse, LOOSE_DATE, matchBoilerplate, proseAfter } from './boilerplate-patterns.ts';
import { normaliseWhitespace } from './paragraphs.ts';
import { ALL_MARKS, markClass, marksThat } from '../quotes/tables/quote-marks.ts';
import type { ParsedSource, RemovedLine } from './types.ts';
import { bareRecord } from '../common/own.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Reads an English date like "Friday, July 19, 2024" or "19 July 2024" as `YYYY-MM-DD`, else null. */
export function parseLooseDate(line: string): string | null {
  const s = line.trim().replace(/^(?:published|posted|updated|last updated|first published)(?:\s+on)?:?\s+/i, '');
  if (!LOOSE_DATE.test(s)) return null;
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  let y: number, m: number, d: number;
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else {
    const month = /([a-z]{3})[a-z]*\.?\s+\d|\d(?:st|nd|rd|th)?\s+([a-z]{3})/i.exec(s.replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, ''));
    const name = (month?.[1] ?? month?.[2] ?? '').toLowerCase();
    const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?![:.]\d)/.exec(s.replace(/\d{4}/, ''));
    const year = /\b(\d{4})\b/.exec(s);
    if (!day || !year || !MONTHS.includes(name)) return null;
    [y, m, d] = [Number(year[1]), MONTHS.indexOf(name) + 1, Number(day[1])];
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

// How a paragraph ends: sentence punctuation, possibly inside closing quotes or brackets.
const SENTENCE_END = new RegExp(`[.!?…:;]${markClass(`${marksThat('close')})]`)}*$`, 'u');
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
// A masthead label: a city, a section name, a site name: short and not a sentence.
const LABEL_END = new RegExp(`${markClass(`.!?:;,${[...ALL_MARKS.keys()].join('')}`)}$`, 'u');
const isShortLabel = (s: string) => wordCount(s) <= 3 && !LABEL_END.test(s);

/** Parses a scraped page. Never fails: a page without a headline or body is caught by validation. */
export function parseScrapedPage(text: string): ParsedSource {
  const lines = text.split('\n');
  const removed: RemovedLine[] = [];
  const kept: RemovedLine[] = [];
  const meta: Record<string, unknown> = {};
  const metaLines = bareRecord<number>();
  const body: { text: string; line: number; lastLine: number }[] = [];
  let state: 'masthead' | 'lead' | 'body' | 'after' = 'masthead';
  const remove = (i: number, rule: string) => removed.push({ line: i + 1, text: lines[i]!, rule });
  const normalised = lines.map(normaliseWhitespace);
  const proseLater = proseAfter(normalised);

  for (let i = 0; i < lines.length; i++) {
    const line = normalised[i]!;
    if (line === '') continue;
    if (state === 'after') {
      remove(i, 'after-article');
      continue;
    }
    let row = matchBoilerplate(line);
    // A row removes only what looks like furniture: a sentence it matches stays, and so does an
    // 'end' line with article text after it ("Topics: …" mid-story, a "Comments" paragraph).
    if (row && ((row.action !== 'header' && looksLikeProse(line)) || (row.action === 'end' && state === 'body' && proseLater[i]) || (row.action === 'byline' && state === 'lead' && bylineIsProse(line)))) {
      kept.push({ line: i + 1, text: lines[i]!, rule: row.name });
      row = null;
    }
    if (state === 'body' && row?.action === 'end') {
      remove(i, row.name);
      state = 'after';
      continue;
    }
    if (row?.action === 'drop') {
      remove(i, row.name);
      continue;
    }
    if (state !== 'body' && (row?.action === 'date' || row?.action === 'page-date')) {
      const date = parseLooseDate(line);
      // A bare date above the headline is the page's "today" header (for a scraped page, the day it
      // was scraped): never the article's date. A labelled date, or a dateline under the headline, is.
      const key = row.action === 'page-date' && state === 'masthead' ? 'page_date' : 'date';
      if (date && (meta[key] === undefined || state === 'lead')) {
        meta[key] = date;
        metaLines[key] = i + 1;
      }
      remove(i, row.name);
      continue;
    }
    if (state === 'masthead') {
      if (row?.action === 'header' || isShortLabel(line) || row?.action === 'end') {
        remove(i, row?.name ?? 'masthead-label');
        continue;
      }
      meta.title = line;
      metaLines.title = i + 1;
      state = 'lead';
      continue;
    }
    if (state === 'lead' && row?.action === 'byline') {
      meta.byline = line.replace(/^(?:by|written by|words by|story by)\s+/i, '');
      metaLines.byline = i + 1;
      remove(i, row.name);
      continue;
    }
    state = 'body';
    // A hard-wrapped paragraph: the previous line stopped mid-sentence and this one goes on in lowercase.
    const previous = body[body.length - 1];
    if (previous && previous.lastLine === i && !SENTENCE_END.test(previous.text) && /^\p{Ll}/u.test(line)) {
      previous.text = `${previous.text} ${line}`;
      previous.lastLine = i + 1;
      continue;
    }
    body.push({ text: line, line: i + 1, lastLine: i + 1 });
  }
  return {
    format: 'scraped-page',
    meta,
    metaLines,
    paragraphs: body.map((p) => p.text),
    paragraphLines: body.map((p) => p.line),
    removed,
    kept,
  };
}
