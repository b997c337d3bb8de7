// Data tables: closed word classes the attribution sieve needs to read a frame without a
// parser: what may sit between a subject and its verb, what starts a noun phrase, what ends
// an inverted subject ("said Obama on Tuesday").

/** Adverbs and auxiliaries that may stand between a subject and its cue verb ("he also said"). */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set([
  'also', 'has', 'had', 'have', 'later', 'then', 'once', 'would', 'will', 'could', 'might', 'may', 'can', 'should',
  'did', 'does', 'do', 'not', 'never', 'previously', 'recently', 'repeatedly', 'since', 'further',
  'simply', 'just', 'often', 'frequently', 'again', 'even', 'still', 'already', 'famously', 'first', 'last',
  'publicly', 'privately', 'bluntly', 'flatly', 'reportedly', 'allegedly', 'initially', 'originally', 'quickly',
  'angrily', 'sarcastically', 'jokingly', 'earlier', 'subsequently', 'finally', 'ultimately', 'went', 'goes', 'on', 'to',
  'is', 'was', 'were', 'are', 'been', 'being', 'be', 'sometimes', 'always', 'openly', 'candidly', 'told',
  'separately', 'herself', 'himself', 'themselves', 'itself', 'in', 'an', 'interview', 'statement',
]);

/**
 * Words that open a subordinate clause before the main one ("When asked about it, she said",
 * "Asked whether …, he laughed and said"): the sentence's subject follows the clause's comma.
 */
export const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set([
  'when', 'while', 'after', 'before', 'although', 'though', 'because', 'since', 'if', 'unless', 'once', 'until', 'asked', 'whereas',
]);

/**
 * Prepositions that open a sentence with a phrase before its subject ("In a Fox interview later that
 * day, Trump went further", "Back in 1999, Mr. Trump expressed"): the subject follows one of the
 * phrase's commas, and a name inside the phrase is not it.
 */
export const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'on', 'during', 'amid', 'despite', 'following', 'back', 'throughout', 'under', 'for', 'from', 'with', 'without', 'like', 'unlike', 'as',
  // and words that open such a phrase the same way ("Early in his campaign, Trump attacked Romney",
  // "Based on …, Ailes", "Given Sanders' success, his endorsements", "Alongside BLM, a top strategist")
  'early', 'late', 'earlier', 'later', 'shortly', 'based', 'given', 'alongside', 'outside', 'inside', 'between', 'among', 'across', 'through', 'within', 'beyond', 'along', 'upon', 'by', 'over', 'around', 'near', 'against', 'toward', 'towards', 'thanks',
]);

/**
 * Words that may come before an opening subordinate clause ("But even as Trump claimed that “…,”
 * one of the prosecutors said"); with 'as', which opens such a clause only there and at the start.
 */
export const CLAUSE_LEADS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'even']);

/** Openers of a clause whose own cue frames a quotation inside it, beside SUBORDINATE_OPENERS ("As the crowd chanted “…,” Trump smiled"). */
export const FRAMED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as']);

/** Determiners and possessives that open a descriptive noun phrase ("a spokesman", "the agency"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one',
  'another', 'some', 'many', 'several', 'two', 'three', 'four', 'five', 'most', 'other', 'both', 'each', 'every',
  'any', 'no', 'few', 'more',
]);

/** Prepositions that may continue a speaker noun phrase ("a spokesman for the hospital"). */
export const NP_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'at', 'with', 'from', 'to']);

/** Words that end an inverted subject: "said Obama [on] Tuesday", "said a spokesman [in] a statement". */
export const NP_STOPPERS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'as', 'that', 'who', 'which', 'because', 'about',
  'to', 'and', 'but', 'if', 'than', 'since', 'by', 'last', 'this', 'earlier', 'later', 'today', 'yesterday',
  'tonight', 'recently', 'adding', 'saying', 'noting', 'referring', 'told', 'said', 'says', 'into', 'via', 'through',
  'outside', 'inside', 'where', 'whose', 'over', 'under', 'amid', 'despite', 'following', 'ahead',   'with', 'also', 'afterward', 'afterwards', 'then', 'simply', 'flatly',
  // subordinators: "“Don't you do it,” until gunshots are heard" has no subject after the quotation
  'until', 'unless', 'although', 'though', 'whereas',
]);

/** Day and time words: "said Tuesday" has no subject after the verb. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'earlier', 'later', 'recently', 'afterward', 'afterwards', 'repeatedly', 'bluntly', 'flatly', 'again', 'then',
  'last', 'this', 'next', 'once', 'twice', 'previously', 'simply', 'emphatically', 'quietly', 'loudly',
]);

/**
 * Time phrases that stand between a subject and its verb ("Trump at the time said", "the
 * department less than two weeks ago said"): never the subject. Each is matched as words ending
 * right before the verb; "ago" phrases are read by AGO_PHRASE_WORDS.
 */
export const TIME_PHRASES: readonly (readonly string[])[] = [
  ['at', 'the', 'time'], ['at', 'that', 'time'], ['at', 'one', 'point'], ['in', 'the', 'past'], ['last', 'week'], ['last', 'month'],
  ['last', 'year'], ['this', 'week'], ['this', 'month'], ['this', 'year'], ['earlier', 'this', 'week'], ['earlier', 'this', 'month'], ['earlier', 'this', 'year'],
];

/** Words of a "… ago" phrase before it: "less than two weeks ago", "a few days ago", "21 years ago". */
export const AGO_PHRASE_WORDS: ReadonlySet<string> = new Set([
  'a', 'few', 'several', 'couple', 'of', 'less', 'more', 'than', 'about', 'nearly', 'almost', 'just', 'only', 'some',
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'hour', 'hours', 'minutes',
]);

/**
 * Capitalised words that start sentences or stand alone but are never (part of) a speaker's
 * name: "But Obama said" names Obama, not "But Obama".
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'of', 'for', 'to', 'as', 'by', 'with', 'from',
  'after', 'before', 'during', 'when', 'while', 'if', 'though', 'although', 'because', 'since', 'that', 'this',
  'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their',
  'our', 'my', 'your', 'what', 'which', 'who', 'whom', 'whose', 'where', 'why', 'how', 'asked', 'still', 'also',
  'now', 'then', 'however', 'meanwhile', 'instead', 'indeed', 'later', 'earlier', 'today', 'yesterday', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'said', 'says', 'according',
  'despite', 'even', 'just', 'not', 'no', 'yes', 'all', 'some', 'many', 'most', 'one', 'two', 'both',
  'each', 'every', 'among', 'under', 'over', 'about', 'into', 'like', 'unlike', 'until', 'whether',
  'speaking', 'last', 'next', 'first', 'again', 'only', 'thus', 'once', 'other', 'such', 'mr',
  'amid', 'against', 'without', 'within', 'through', 'throughout', 'do', 'does', 'did', 'is', 'was', 'are', 'were',
  'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had', 'q', 'more', 'less', 'few', 'several',
  'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'moments', 'seconds', 'decades',
  'sources', 'officials', 'twitter', 'facebook', 'update', 'updated', 'editor', 'note', 'read', 'related', 'photo',
]);

/** Words that mark a capitalised name as an organisation rather than a person. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'house', 'times', 'post', 'journal', 'news', 'press', 'committee', 'department', 'party', 'campaign', 'council',
  'association', 'institute', 'university', 'college', 'foundation', 'center', 'centre', 'agency', 'bureau',
  'office', 'administration', 'court', 'congress', 'senate', 'commission', 'group', 'company', 'corporation',
  'inc', 'corp', 'network', 'club', 'union', 'league', 'coalition', 'fund', 'bank', 'service', 'services',
  'ministry', 'government', 'police', 'fbi', 'cia', 'nsa', 'dnc', 'rnc', 'gop', 'cnn', 'nbc', 'abc', 'cbs', 'fox',
  'msnbc', 'npr', 'reuters', 'ap', 'afp', 'bbc', 'politico', 'breitbart', 'pac', 'tribune', 'herald', 'guardian',
  'telegraph', 'magazine', 'review', 'daily', 'weekly', 'radio', 'television', 'tv', 'poll', 'survey', 'report',
  'pentagon', 'kremlin', 'obamacare', 'nato', 'un', 'caucus', 'board', 'authority', 'trust', 'project',
  'hospital', 'school', 'army', 'navy', 'force', 'guard', 'facebook', 'twitter', 'google', 'apple', 'microsoft',
  'wikileaks', 'isis', 'hamas', 'politifact', 'gallup', 'quinnipiac', 'monmouth', 'economist', 'axios', 'hill',
  'amendment', 'act', 'bill', 'law', 'treaty', 'street', 'avenue', 'county', 'city', 'river', 'state', 'states',
  'church', 'nations', 'forces', 'international', 'wikinews', 'post-dispatch', 'globe', 'sun', 'star', 'register', 'observer', 'examiner', 'courier', 'gazette', 'bulletin',
]);

/** Common verbs (irregular pasts and presents) that show the name before them is acting: "Sanders took the stage". */
export const COMMON_VERBS: ReadonlySet<string> = new Set([
  'took', 'takes', 'went', 'goes', 'made', 'makes', 'got', 'gets', 'gave', 'gives', 'came', 'comes', 'ran', 'runs',
  'won', 'wins', 'lost', 'loses', 'met', 'meets', 'left', 'leaves', 'began', 'begins', 'became', 'becomes', 'brought',
  'brings', 'held', 'holds', 'kept', 'keeps', 'led', 'leads', 'saw', 'sees', 'sent', 'sends', 'stood', 'stands',
  'knew', 'knows', 'spoke', 'speaks', 'is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'did',
  'does', 'must', 'may', 'might', 'sat', 'sits', 'hit', 'hits', 'paid', 'pays', 'built', 'builds', 'drew', 'draws',
  'wants', 'needs', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'tried', 'tries', 'struck',
  'fought', 'fights', 'sought', 'seeks', 'chose', 'chooses', 'broke', 'breaks', 'read', 'reads', 'heard', 'hears',
]);

/** Countries, regions and their adjectives: named often, never the "he" or "she" of a quote. */
export const PLACE_WORDS: ReadonlySet<string> = new Set(`
america american americans arabia saudi russia russian china chinese iran iranian iraq iraqi syria syrian israel israeli
ukraine ukrainian turkey turkish mexico mexican canada canadian japan japanese korea korean india indian pakistan
afghanistan afghan germany german france french britain british england english scotland scottish wales welsh ireland
irish europe european australia australian brazil brazilian venezuela cuba cuban egypt egyptian libya yemen qatar
africa african asia asian london paris moscow beijing washington tehran kabul baghdad damascus jerusalem berlin tokyo
texas california florida ohio iowa virginia york jersey carolina pennsylvania michigan georgia arizona nevada colorado
wisconsin minnesota illinois chicago boston atlanta detroit houston dallas denver seattle portland miami philadelphia
north south east west northern southern eastern western
`.split(/\s+/).filter(Boolean));

/** Nationality adjectives among the place words ("Syrian", "Australian", "Chinese"): they modify, they do not speak. */
export const DEMONYM = /^(?:\p{L}+(?:ian|ean|can|ese|ish|ch|i)|german|afghan|thai)$/u;

/** A nationality word ("australian", "virginian": a place word or a place word + n), lower-cased; never a person's name ("brian" is no place). */
export function isNationality(word: string): boolean {
  return DEMONYM.test(word) && (PLACE_WORDS.has(word) || PLACE_WORDS.has(word.slice(0, -1)));
}


/** Plural group names ("Democrats", "Americans"): a group, never the "he" or "she" of a sentence. */
export const GROUP_NAME = /^(?:\p{L}+(?:icans|crats|ians|ists|ites)|voters|liberals|conservatives|progressives|muslims|christians|jews|latinos|hispanics|independents|evangelicals|millennials|catholics|blacks|whites|israelis|russians|chinese|germans|mexicans|critics|officials|analysts|experts|protesters|demonstrators|activists|residents|researchers|scientists)$/u;

/** Singular nouns that name a group of people ("a group of Afghan refugees", "the crowd"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(['group', 'crowd', 'team', 'panel', 'committee', 'family', 'couple', 'audience', 'jury', 'board', 'council', 'coalition', 'delegation', 'majority', 'minority']);

/** Number words that end a description after "of" ("a mother of three", "a father of two"). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five']);

/** "a spokesman for Donald Trump", "an adviser to the mayor": after these the named person is not the phrase's speaker. */
export const FOR_WHOM_PREPOSITIONS: readonly string[] = ['for', 'to'];

/** Prepositions that close a description's head ("the director of …", "a doctor at …", "a letter seen by …"). */
export const HEAD_PREPOSITIONS: readonly string[] = ['of', 'for', 'at', 'with', 'from', 'to', 'by'];

/** The same for a resolved speaker's own words, where "in" and "on" close the head too ("a poster on the forum"). */
export const SPEAKER_HEAD_PREPOSITIONS: readonly string[] = ['of', 'for', 'at', 'with', 'from', 'to', 'in', 'on'];

/** Words that may follow a name without making it a modifier ("Trump and …", "Obama of …"; unlike "the Trump campaign"). */
export const NAME_LINKS: ReadonlySet<string> = new Set(['and', 'or', 'who', 'of', 'in', 'on', 'at', 'for', 'to', 'with', 'from', 'as', 'by']);

/** Words that end the clause of a cue and open another ("Reid said …, but he gave …"): a pronoun past one is no word of what the cue reports. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['but', 'although', 'though', 'while', 'yet', 'whereas']);

/** Words that open a relative clause ("the tweets in which he called …"): its subject describes a noun of the sentence, it is no clause of the quotation's frame. */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(['which', 'whom', 'who', 'whose', 'that']);
