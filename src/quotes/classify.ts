// Stage 6, classify: tell speech from quote marks that are not speech — scare quotes nobody
// said, titles of works, nicknames, words being mentioned. Uses the span's shape and whether
// the attribution stage found a real frame for it.
import type { AttributedText } from './attribute.ts';
import type { AttributedBy } from './sieves/sieve.ts';

/** Why a candidate is or is not a quotation. */
export type Verdict = 'speech' | 'scare-quote' | 'title' | 'nickname';

/** The attributed text with a verdict per candidate. */
export interface ClassifiedText extends AttributedText {
  verdicts: Verdict[];
}

// Minor words that may stay lower-case inside a title ("Bridge Over Troubled Water", "Meet the Press").
const TITLE_MINOR = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'vs', 'after']);

// Nouns that, right after a title-case quotation, show it names a thing ("the “History” section").
const NAMED_THING = new Set(['section', 'page', 'tab', 'program', 'programme', 'campaign', 'initiative', 'project', 'event',
  'series', 'column', 'segment', 'show', 'website', 'site', 'app', 'account', 'forum', 'blog']);

// Sieves that rest on a cue next to the quotation: strong enough to keep even a one-word quote.
const FRAMED: ReadonlySet<AttributedBy> = new Set<AttributedBy>(['trailing-frame', 'intro-frame', 'according-to', 'transcript-label']);

// Words that announce a title or a name rather than speech ("his book “…”", "the nickname “…”").
const TITLE_CUES = new Set(['titled', 'entitled', 'book', 'show', 'program', 'programme', 'film', 'song', 'anthem', 'album',
  'series', 'documentary', 'novel', 'movie', 'column', 'headline', 'slogan', 'nickname', 'nicknamed', 'dubbed',
  'hashtag', 'called', 'named', 'banner', 'segment', 'podcast', 'magazine', 'newspaper', 'website', 'ad', 'video', 'report', 'memo', 'play', 'musical', 'poem', 'exhibit', 'exhibition']);

// Stage directions and site furniture inside marks: "(CROSSTALK.)", "Follow Pam Key on Twitter".
const NOT_SPEECH_TEXT: readonly RegExp[] = [/^\([^)]*\)\.?$/, /^follow\b.*\bon twitter\b/i];

/**
 * Classifies every candidate. The thresholds come from counting, on PolNeAR train, how often
 * each (rule, length, case) bucket is an annotated quotation (see docs/decisions/011).
 */
export function classify(doc: AttributedText): ClassifiedText {
  const verdicts = doc.candidates.map((q, i): Verdict => {
    const a = doc.attributions[i]!;
    // Only the first words matter for the shape tests (≤ 9 words); long quotations are not split.
    const raw = doc.text.slice(q.start + q.openLen, Math.min(q.end - q.closeLen, q.start + q.openLen + 200)).trim();
    const inner = raw.replace(/[\s.,;:!?…'’]+$/u, '').trim();
    const words = inner.split(/\s+/, 12).filter((w) => /[\p{L}\p{N}]/u.test(w));
    const n = words.length;
    if (n === 0 || NOT_SPEECH_TEXT.some((re) => re.test(raw))) return 'scare-quote';
    if (a.sieve === 'transcript-label') return 'speech';
    const titleCase = words.every((w, k) => /^[\p{Lu}\d]/u.test(w) || (k > 0 && TITLE_MINOR.has(w.toLowerCase())));
    const sentence = /[.!?]$/.test(raw);
    const at = doc.quoteAt[i]!;
    const toks = doc.sentences[at.sentence]?.tokens ?? [];
    const prev = toks[at.token - 1];
    // Rep. Robert C. “Bobby” Scott: a capitalised word between two parts of a name is a nickname.
    if (titleCase && n <= 2 && prev?.cap && prev.kind === 'word' && toks[at.token + 1]?.cap && toks[at.token + 1]?.kind === 'word') return 'nickname';
    // A title-case phrase of 3–6 words with no frame is a title even with the sentence's period inside.
    if (titleCase && sentence && n >= 3 && n <= 6 && !FRAMED.has(a.sieve) && a.sieve !== 'embedded-frame' && !/[?!]$/.test(raw) && !/[.!?]\s/.test(raw)) return 'title';
    // "MSNBC’s “Morning Joe”", "his 2002 book, “…”", "a club called “Open Books,”": a title, whatever
    // the frame, so it is checked before the frame may keep a short title-case span as speech.
    if (titleCase && n <= 6 && prev && (/['’]s?$/.test(prev.text) && prev.cap || TITLE_CUES.has(prev.key)
      || (prev.text === ',' && TITLE_CUES.has(toks[at.token - 2]?.key ?? '')))) return n === 1 ? 'nickname' : 'title';
    // "the “History” section": the span names the thing the next noun is.
    if (titleCase && !sentence && n <= 6 && NAMED_THING.has(toks[at.token + 1]?.key ?? '')) return n === 1 ? 'nickname' : 'title';
    if (titleCase && !sentence) {
      // Works and programmes ("Face the Nation", "Make Your Kid a Millionaire") are 3–6 title-case words.
      if (n >= 3 && n <= 6) return 'title';
      if (n === 2) return FRAMED.has(a.sieve) || a.sieve === 'embedded-frame' ? 'speech' : 'title';
      if (n === 1) return a.sieve === 'none' || a.sieve === 'paragraph-continuation' ? 'nickname' : 'speech';
    }
    // Short phrases nobody is said to have said are scare quotes ("the ''elites''").
    if (a.sieve === 'none' && n <= 4) return 'scare-quote';
    // A single word that only the sentence subject could have said is more often a scare quote
    // (train: dropping these gains 0.1 end-to-end; dropping 2-word ones too costs quotation recall).
    if (a.sieve === 'sentence-subject' && n === 1 && !/[.!?]$/.test(raw)) return 'scare-quote';
    if (a.sieve === 'earlier-sentence' && n === 1) return 'scare-quote';
    return 'speech';
  });
  return { ...doc, verdicts };
}
