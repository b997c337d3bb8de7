// Data table: what is never a speaker. A quotation whose source phrase heads on one of these
// ("a song says", "health checks showed", "Monday brought") is unattributed, and its reason
// says why; documents ("the report", "a letter", "the summary") do speak for their authors and
// are not listed. Keys are lower-case head nouns (the last word or two of a description or name).

/** Things that do not speak: works, objects, sites, systems, procedures and events. */
export const THING_HEADS: ReadonlySet<string> = new Set([
  'song', 'songs', 'poem', 'film', 'movie', 'album', 'painting', 'photo', 'photograph', 'picture',
  'banner', 'sign', 'billboard', 'message board', 'bulletin board', 'website', 'site', 'homepage', 'database', 'system', 'app', 'map', 'chart',
  'graph', 'check', 'checks', 'test', 'tests', 'scan', 'scans', 'weather', 'storm', 'fire', 'crash', 'collision',
  'attack', 'attacks', 'video', 'footage', 'image', 'images', 'building', 'bridge', 'road', 'car', 'ship', 'vessel',
  // a way of speaking is no speaker: 'To “route out” in Scientology jargon refers to …'
  'jargon', 'parlance', 'slang', 'lingo', 'terminology', 'vernacular',
]);

/** Dates and times: a day, a month or a season never speaks ("Monday brought “a wave of relief”"). */
export const DATE_HEADS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'week', 'weekend', 'month', 'year', 'decade', 'century', 'morning', 'afternoon', 'evening', 'night', 'spring',
  'summer', 'autumn', 'winter',
]);
