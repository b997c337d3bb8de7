// The table of site furniture found around articles on scraped news pages. Each row is a
// general pattern (not a string from one page) with what to do when a whole line matches it.
// Lines are trimmed before matching. Add a row (and a test row) for every new kind of furniture.
// A row only removes what looks like furniture: a line that reads as article prose (looksLikeProse)
// is kept even when a row matches it, and the parsers warn about it instead.
import { DOUBLE_MARKS } from '../quotes/tables/quote-marks.ts';

/** What a matching line means for the page's structure. */
export type BoilerplateAction =
  /** Furniture wherever it appears: drop the line. */
  | 'drop'
  /** Masthead furniture: dropped only before the headline (e.g. a weather widget). */
  | 'header'
  /** A labelled date ("Published: …", "Updated …"): dropped, and its date becomes the article's date. */
  | 'date'
  /**
   * A bare date: dropped. Before the headline it is the page's own date header (the day the page
   * was served or scraped, not the article's: kept as `page_date`); after the headline it is the
   * article's dateline.
   */
  | 'page-date'
  /** "By Jane Doe" near the headline: dropped, and becomes the byline. */
  | 'byline'
  /** The article has ended: this line and everything after it are furniture (only once the body started). */
  | 'end';

/** One row of the table. */
export interface BoilerplatePattern {
  name: string;
  action: BoilerplateAction;
  pattern: RegExp;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?';
const TIME = '(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?';
/** "Friday, July 19, 2024", "19 July 2024", "July 19 2024", "2024-07-19", optional time. */
export const LOOSE_DATE = new RegExp(
  `^(?:${WEEKDAY}\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})${TIME}$`,
  'i',
);

/** The boilerplate table, in the order rows are tried. */
export const BOILERPLATE_PATTERNS: readonly BoilerplatePattern[] = [
  // Weather widgets in mastheads: "21.9 C", "-3°C", "72 °F", "Weather: 14 °C".
  { name: 'weather', action: 'header', pattern: /^(?:weather:?\s*)?-?\d{1,3}(?:[.,]\d{1,2})?\s*°?\s*[CF]$/i },
  // Labelled dates: "Published: 3 March 2024 10:42", "Updated 3 May 2023".
  { name: 'publication-date', action: 'date', pattern: new RegExp(`^(?:published|posted|updated|last updated|first published)(?:\\s+on)?:?\\s+${LOOSE_DATE.source.slice(1)}`, 'i') },
  // Bare date headers: "Friday, July 19, 2024" (in a masthead: the page's date, not the article's).
  { name: 'date-header', action: 'page-date', pattern: LOOSE_DATE },
  // Post meta lines: "Posted on November 12, 2023 by Priya Raman · 3 min read · 4 comments".
  { name: 'post-meta', action: 'date', pattern: new RegExp(`^(?:posted|published|updated|last updated)(?:\\s+on)?:?\\s+(?:${WEEKDAY}\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b.{0,120}$`, 'i') },
  // Bylines: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Written by J. Smith".
  { name: 'byline', action: 'byline', pattern: /^(?:[Bb]y|[Ww]ritten by|[Ww]ords by|[Ss]tory by|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}.'’-]*){0,5}(?:\s*[,|–—-]\s*[\p{L} .&'’]{1,60})?$/u },
  // "- Advertisement -" labels, often glued to the ad's teaser: "- Advertisement -Top 20 Blogs".
  { name: 'advertisement', action: 'drop', pattern: /^[-–—]+\s*(?:advertisement|advert|sponsored|ad)\s*[-–—]+/i },
  { name: 'advertisement', action: 'drop', pattern: /^(?:advertisement|advertisements|advert|sponsored|sponsored content|paid content|paid post|promoted|promoted content|ad|ads)$/i },
  // Teaser headings that introduce other articles: "Must read", "Trending now", "Editor's picks".
  { name: 'teaser-heading', action: 'drop', pattern: /^(?:must read|must-read|don['’]t miss|trending|trending now|popular|popular now|editor['’]?s picks?|top stories|breaking news|breaking|just in|featured|highlights|watch|listen|live|live updates)$/i },
  // Share and social buttons: "Share", "Share this article", "Facebook Twitter WhatsApp", "Tweet".
  { name: 'share-buttons', action: 'drop', pattern: /^(?:(?:share(?: this)?(?: article| story| post| page)?|share on \w+|tweet|pin it|e-?mail|print|copy link|save|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest)(?:\s*[|·•,/]?\s*)){1,8}:?$/i },
  // Newsletter and subscription prompts (short lines only, so body sentences are safe).
  { name: 'subscribe-prompt', action: 'drop', pattern: /^(?=.{0,120}$)(?:subscribe|sign up|join|get)\b.*\b(?:newsletter|subscribe|updates|inbox|free trial|today)\b.*$/i },
  // Navigation bars and breadcrumbs: "Home | World | Politics", "News › Europe › France".
  { name: 'navigation', action: 'drop', pattern: /^(?:[\p{L}&'’ ]{1,24}\s*[|•·»›>/]\s*){2,}[\p{L}&'’ ]{1,24}$/u },
  { name: 'navigation', action: 'drop', pattern: /^(?:skip to (?:main )?content|menu|search|log ?in|sign ?in|sign out|close|home|back to top|toggle navigation)$/i },
  // Cookie banners.
  { name: 'cookie-banner', action: 'drop', pattern: /^(?=.{0,300}$)(?:we use cookies|this (?:web)?site uses cookies|by continuing to (?:use|browse)|accept (?:all )?cookies)/i },
  // Cross-links inside the body: "Read more: …", "Also read: …", "RELATED: …".
  { name: 'cross-link', action: 'drop', pattern: /^(?=.{0,160}$)(?:read more|read also|also read|related|see also|recommended|more on this|click here)\b\s*[:»›-]/i },
  // Photo credits and captions labelled as such.
  { name: 'photo-credit', action: 'drop', pattern: /^(?=.{0,200}$)(?:photo|image|picture|file photo|credit|photograph)\s*(?::|by\b|credit\b)/i },
  // Reading time and comment counters: "5 min read", "12 comments".
  { name: 'counter', action: 'drop', pattern: /^(?:\d+\s*(?:min(?:ute)?s?)\s+read|\d+\s+comments?|\d+\s+shares?|\d+\s+views?)$/i },
  // Blocks that follow the article: everything from here on is furniture.
  { name: 'more-articles', action: 'end', pattern: /^(?:more (?:articles|stories|news|from [\p{L} .&'’]{1,40}|like this)|latest (?:articles?|news|stories|posts?)|related (?:articles?|stories|posts?|news|coverage|content|reading)|recommended(?: for you| stories| articles)?|you (?:may|might) also (?:like|enjoy)|read next|up next|what to read next|most (?:popular|read|viewed|shared)|popular posts|further reading|also on [\p{L} .&'’]{1,40})\s*:?$/iu },
  { name: 'comments', action: 'end', pattern: /^(?:comments?|\d+ comments?|leave a (?:reply|comment)|join the (?:conversation|discussion)|show comments|view comments)$/i },
  { name: 'after-article', action: 'end', pattern: /^(?:tags?:.*|topics?:.*|filed under:?.*|share this:|about the author|©.*|\(c\) ?\d{4}.*|copyright ©?\s*\d{4}.*|all rights reserved\.?)$/i },
];

/** The first table row whose pattern matches the whole (trimmed) line, or null. */
export function matchBoilerplate(line: string): BoilerplatePattern | null {
  const trimmed = line.trim();
  for (const row of BOILERPLATE_PATTERNS) if (row.pattern.test(trimmed)) return row;
  return null;
}

// Sentence punctuation at the end, possibly inside closing quotes or brackets.
const ENDS_LIKE_SENTENCE = /[.!?…]["'”’)\]]*$/u;
const DOUBLE_MARK = new RegExp(`[${[...DOUBLE_MARKS.keys()].join('')}]`, 'u');
/** Fewest words of a line that reads as a sentence of the article rather than a label or a link. */
export const PROSE_MIN_WORDS = 8;

/**
 * True when a line reads as article text, not furniture: a sentence of at least PROSE_MIN_WORDS
 * words ending in sentence punctuation, or a line of at least five words with a quotation mark.
 * Furniture is short labels, link lists and headlines, none of which usually do either.
 */
export function looksLikeProse(line: string): boolean {
  const words = line.trim().split(/\s+/).filter(Boolean).length;
  return (words >= PROSE_MIN_WORDS && ENDS_LIKE_SENTENCE.test(line.trim())) || (words >= 5 && DOUBLE_MARK.test(line));
}

/**
 * True when a line the byline row matched is really the article's first sentence: after the
 * name part there are three or more lower-case words ("By Tuesday, officials said the bridge…"),
 * where a byline has a role or an outlet ("By Jane Doe, political correspondent").
 */
export function bylineIsProse(line: string): boolean {
  const tail = line.split(/[,|–—-]/).slice(1).join(' ');
  return looksLikeProse(line) || tail.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && w !== 'and').length >= 3;
}

/** For each line, whether a later line reads as prose: an 'end' row ends the article only when none does. */
export function proseAfter(lines: readonly string[]): boolean[] {
  const after: boolean[] = new Array(lines.length).fill(false);
  let seen = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    after[i] = seen;
    if (looksLikeProse(lines[i]!)) seen = true;
  }
  return after;
}
