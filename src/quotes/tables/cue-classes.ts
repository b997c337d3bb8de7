// Data table: cue words grouped by how reliably they frame speech, as the confidence calibration
// sees them (calibrate.ts). On PolNeAR train, embedded partial quotations of a named speaker are
// right 91 % of the time after a say-type verb and 79–83 % after the others ("called", "slammed").

/** The verbs that plainly report words: say, tell, add, write, tweet, ask (every form). */
export const SAY_CUES: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'add', 'adds', 'added', 'adding',
  'write', 'writes', 'wrote', 'writing',
  'tweet', 'tweets', 'tweeted', 'tweeting',
  'ask', 'asks', 'asked', 'asking',
]);

/** Naming verbs: the quotation is often a label the source gave ("called it “rigged”"). */
export const NAMING_CUES: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling',
  'describe', 'describes', 'described', 'describing',
  'dub', 'dubs', 'dubbed', 'label', 'labels', 'labeled', 'labelled', 'brand', 'brands', 'branded',
]);
