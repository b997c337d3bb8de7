// Data tables: the closed word classes the frame readers (noun-phrases.ts, frames.ts) use to
// tell a subject from an object and a cue verb from a noun without a parser. Keys are
// lower-case, as the tokenizer makes them (Token.key).

/** Prepositions: a noun phrase right after one is an object, not a subject ("marching through the streets chanted"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['through', 'in', 'on', 'at', 'by', 'with', 'from', 'to', 'into', 'for', 'of', 'about', 'under', 'over', 'against', 'among', 'during', 'toward', 'towards', 'across', 'behind', 'near', 'outside', 'around', 'beyond']);

/** Possessive determiners: a noun after one is a noun, not a verb ("his claims"); their owner is a source. */
export const POSSESSIVE_WORDS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Verbs that are (almost) never nouns in news prose. */
export const CORE_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'wrote', 'writes', 'tweeted', 'asked', 'asks', 'stated', 'explained', 'argued', 'insisted', 'warned', 'declared', 'acknowledged', 'noted', 'called', 'described', 'continued', 'replied', 'responded', 'recalled', 'conceded', 'suggested', 'urged', 'predicted', 'announced', 'admitted', 'claimed', 'contended', 'emphasized', 'remarked', 'quipped', 'joked']);

/** -s forms that are usually plural nouns ("his remarks", "the claims"). */
export const NOUN_LIKE: ReadonlySet<string> = new Set(['claims', 'states', 'reports', 'notes', 'calls', 'remarks', 'comments', 'tweets', 'posts', 'promises', 'warnings', 'answers', 'reads', 'demands', 'threats', 'hopes', 'plans', 'quotes', 'cites', 'attacks', 'praises', 'labels', 'brands', 'terms', 'votes', 'responds', 'replies', 'mentions', 'offers', 'stresses', 'wants', 'thinks', 'feels', 'counters', 'denies', 'defends', 'observes']);

/** Nouns (and a noun-like adjective) ending in -ly, so not adverbs: "the assembly said", "the elderly told". */
export const LY_NOUNS: ReadonlySet<string> = new Set(['rally', 'tally', 'supply', 'reply', 'assembly', 'monopoly', 'belly', 'bully', 'jelly', 'anomaly', 'butterfly', 'elderly', 'weekly', 'monthly', 'quarterly']);

/** Verbs whose object is the one spoken to ("told the Guardian"). */
export const ADDRESSING: ReadonlySet<string> = new Set(['tell', 'tells', 'told', 'telling']);

/** Documents that have an author named after "by"/"from" ("a statement released by …"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'report', 'letter', 'release', 'memo', 'document', 'filing', 'transcript', 'tweet', 'post', 'email', 'complaint', 'ruling', 'study', 'survey', 'calculations', 'analysis', 'estimate', 'estimates']);

/** Nouns of speech whose possessor is a source ("his claim", "Trump’s remarks"). */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set(['claim', 'claims', 'remark', 'remarks', 'statement', 'statements', 'comment', 'comments', 'words', 'warning', 'promise', 'pledge', 'argument', 'assertion', 'suggestion', 'tweet', 'tweets', 'testimony', 'assessment', 'description', 'prediction', 'vow', 'boast', 'insistence', 'contention', 'charge', 'accusation', 'complaint', 'response', 'reply', 'answer', 'speech', 'message', 'letter', 'post']);

/** Indefinite pronouns: "anybody who complains" does not make "who" a source. */
export const INDEFINITES: ReadonlySet<string> = new Set(['anybody', 'anyone', 'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'those', 'people', 'one', 'all', 'many', 'few', 'some', 'others']);

/** Reporting verbs whose clause complement holds the inner frame ("X said (that) Y called it …"). */
export const OUTER_SPEECH: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'argued', 'argues', 'claimed', 'claims', 'insisted', 'noted', 'explained', 'stated', 'warned', 'acknowledged', 'suggested', 'recalled', 'tweeted']);

/** A transcript's speaker label opening a quotation ("WALLACE: Let’s start…"): upper-case words and a colon. */
export const TRANSCRIPT_LABEL = /^([A-Z][A-Z.'’ -]{1,30}[A-Z]):\s/;

/** Indefinite pronouns that stand for a source in a frame ("“…,” one said", "said another"). */
export const INDEFINITE_SOURCES: ReadonlySet<string> = new Set(['one', 'another', 'others', 'some', 'several', 'many']);

/** Participles whose "by" phrase only modifies a document ("a letter seen by Sky News says"). */
export const MODIFYING_PARTICIPLES: ReadonlySet<string> = new Set(['seen', 'obtained', 'reviewed', 'viewed', 'published', 'released', 'leaked', 'shared', 'sent', 'signed', 'filed', 'written', 'commissioned', 'prepared', 'cited', 'quoted', 'posted']);

/** Phrases that name a source without a verb, before it ("in the words of X", "to quote X"). */
export const WORDS_OF_CUES: readonly (readonly string[])[] = [['in', 'the', 'words', 'of'], ['to', 'quote']];

/** Cue verbs that report speech only with their particle: "pointed out" does, "pointed to the table" does not. */
export const PARTICLE_CUES: ReadonlyMap<string, string> = new Map([['point', 'out'], ['points', 'out'], ['pointed', 'out'], ['pointing', 'out']]);

/** Forms of "go" in "goes on to say": the infinitive after it is the frame. */
export const GO_ON: ReadonlySet<string> = new Set(['go', 'goes', 'went', 'going', 'gone']);

/**
 * Verbs that report a retort when "back" follows ("Hillary shot back, “…”", "Rubio fired back:
 * “…”", "“…,” Trump hit back"); alone they are no speech ("shot", "fired" a staffer).
 */
export const RETORT_VERBS: ReadonlySet<string> = new Set(['shot', 'shoots', 'fired', 'fires', 'hit', 'hits', 'pushed', 'pushes']);

/** A word opening a reported clause ("reports that Trump called …"): a quotation framed inside it is second-hand (sieves/reported-frame.ts). */
export const REPORTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that']);

/** Words that may join the names of a signature between a dash and a colon ("- Mark Blumenthal and Jon Cohen: “…”"). */
export const SIGNATURE_JOINERS: ReadonlySet<string> = new Set(['and', 'more', 'from']);

/** Words that lead into a signature's name ("- More from Jones: “…”"). */
export const SIGNATURE_LEADS: ReadonlySet<string> = new Set(['more', 'from']);
