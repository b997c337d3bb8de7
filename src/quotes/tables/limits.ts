// Data table: every window and limit the frame readers and resolvers use, named, so that a rule
// reads "within TRAILING_CUE_WINDOW tokens" and a newcomer can find and tune each in one place.
// Token counts are counts of Token (words and punctuation, a quotation being one token).

/** Adverbs, auxiliaries and time words skipped between a subject and its verb ("he also on Tuesday said"). */
export const MAX_WORDS_BETWEEN_SUBJECT_AND_VERB = 6;
/** Longest parenthesis skipped between a subject and its verb ("Obama (D-Ill.) said"). */
export const MAX_PARENTHESIS_TOKENS = 12;
/** Longest comma-delimited appositive hopped back over ("Hugh Hill, a doctor at the clinic, said"). */
export const MAX_APPOSITIVE_TOKENS = 40;
/** Appositives hopped back over before the verb ("Cynthia Thompson, curator of …, Fayetteville, said"). */
export const MAX_APPOSITIVE_HOPS = 3;
/** Longest appositive skipped when checking that a verb follows a name (", a spokesman for …,"). */
export const MAX_APPOSITIVE_BEFORE_VERB = 20;
/** Words of a descriptive noun phrase read back from its head ("the hospital's chief medical spokesman"). */
export const MAX_DESCRIPTION_WORDS = 6;
/** Longest inverted subject after a verb ("said Chicago Alderman Jason C. Ervin"). */
export const MAX_INVERTED_SUBJECT_TOKENS = 14;
/** Tokens after a quotation searched for its cue verb ("“…,” Howard Dean, the former governor, said"). */
export const TRAILING_CUE_WINDOW = 28;
/** Tokens after a comma-closed quotation searched for any verb whose subject follows the quote. */
export const TRAILING_VERB_WINDOW = 25;
/** Parts of an inverted subject chain followed to a final name ("said Org, Place's chancellor, Name"). */
export const MAX_SUBJECT_CHAIN_PARTS = 2;
/** Modifiers read back between a possessor and its speech noun ("Trump’s recent evidence-free assertion"). */
export const MAX_SPEECH_NOUN_MODIFIERS = 2;
/** Tokens back from an inner frame searched for an outer speech verb ("X said Y called it …"). */
export const OUTER_SPEECH_WINDOW = 20;
/** Earlier sentences of the paragraph searched for a frame ("She says … ¶ … “It is their life”"). */
export const EARLIER_SENTENCES = 3;
/** Paragraphs back a pronoun's antecedent may be named ("he" → a person named up to 8 paragraphs earlier). */
export const PRONOUN_PARAGRAPHS = 8;
/** Paragraphs back an organisation may be the antecedent of "it"/"they". */
export const ORGANISATION_PRONOUN_PARAGRAPHS = 3;
/** Paragraphs back a salient person is preferred over a more recent one of unknown gender. */
export const SALIENT_PERSON_PARAGRAPHS = 1;
/** Name mentions looked at backwards for an antecedent (bounds the search on very long texts). */
export const MAX_ANTECEDENT_LOOKBACK = 400;
/** Characters before a name searched for its title ("director General Suleiman al-Amr"). */
export const TITLE_LOOKBACK_CHARS = 40;
/** Shortest surname matched by a near spelling to a full name ("Water" → Kathryn Waters). */
export const NEAR_SPELLING_MIN_LENGTH = 5;
/** Surnames this long may differ by two edits ("Bauchtman" → Lydia Buchtmann); shorter ones by one. */
export const NEAR_SPELLING_LONG_LENGTH = 8;
/** Longest term after "so-called", "known as", "dubbed" read as a named term rather than speech. */
export const MAX_TERM_WORDS = 5;
/** Longest phrase inside a later sentence of a paragraph that is a scare quote when it would only inherit the previous quotation's speaker (train: ≤ 3 words lose no right attribution, 4 lose two). */
export const MAX_INHERITED_PHRASE_WORDS = 3;
/** Calibration: quotations of this many words or more fall in the top length band (counted no further). */
export const WORDS_TOP_BAND = 13;
