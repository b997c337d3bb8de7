// Data tables: the words the classify stage reads around a quoted span to tell speech from a
// title, a nickname, a named term or site furniture (PolNeAR train counts in docs/decisions/011).

/** Minor words that may stay lower-case inside a title ("Bridge Over Troubled Water", "Meet the Press"). */
export const TITLE_MINOR: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'vs', 'after']);

/** Nouns that, right after a title-case quotation, show it names a thing ("the “History” section"). */
export const NAMED_THING: ReadonlySet<string> = new Set(['section', 'page', 'tab', 'program', 'programme', 'campaign', 'initiative', 'project', 'event',
  'series', 'column', 'segment', 'show', 'website', 'site', 'app', 'account', 'forum', 'blog']);

/** Words that announce a title or a name rather than speech ("his book “…”", "the nickname “…”"). */
export const TITLE_CUES: ReadonlySet<string> = new Set(['titled', 'entitled', 'book', 'show', 'program', 'programme', 'film', 'song', 'anthem', 'album',
  'series', 'documentary', 'novel', 'memoir', 'movie', 'column', 'headline', 'slogan', 'nickname', 'nicknamed', 'dubbed',
  'hashtag', 'called', 'named', 'banner', 'segment', 'podcast', 'magazine', 'newspaper', 'website', 'ad', 'video', 'report', 'memo', 'play', 'musical', 'poem', 'exhibit', 'exhibition']);

/** Words that introduce a term being named rather than speech (one word, or two joined by a space). */
export const TERM_CUES: ReadonlySet<string> = new Set(['so-called', 'known as', 'dubbed', 'nicknamed', 'termed', 'referred to as', 'also called', 'is called', 'are called', 'was called', 'were called', 'is dubbed', 'was dubbed', 'were dubbed', 'been dubbed']);

/** Stage directions and site furniture inside marks: "(CROSSTALK.)", "Follow Pam Key on Twitter". */
export const NOT_SPEECH_TEXT: readonly RegExp[] = [/^\([^)]*\)\.?$/, /^follow\b.*\bon twitter\b/i];

/** The word that, after a comma-closed quoted span, introduces its author: a headline and its byline ("“…,” by Times' Ben Sisario"). */
export const BYLINE_WORDS: ReadonlySet<string> = new Set(['by']);

/** Words of speaking or broadcasting that, two or three words before "on", make the title-case span after "on" a programme ("said on “Meet the Press”", "an appearance on “Morning Joe”"). */
export const PROGRAMME_CUES: ReadonlySet<string> = new Set(['said', 'says', 'spoke', 'speaking', 'appearance', 'appeared', 'appears', 'appearing', 'aired', 'airs', 'interview', 'interviewed', 'later', 'earlier', 'guest', 'host', 'hosted', 'hosts']);
