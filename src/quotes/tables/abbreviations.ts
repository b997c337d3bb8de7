// Data table: abbreviations whose period does not end a sentence. The normalize stage masks
// these periods so that "Mr. Trump said" is one sentence and "Mr." one token.

/** Lower-cased abbreviations (without the final period). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // honorifics and titles
  'mr', 'mrs', 'ms', 'dr', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'lt', 'gen', 'col', 'maj', 'sgt', 'capt',
  'cmdr', 'adm', 'prof', 'rev', 'hon', 'pres', 'amb', 'supt', 'det', 'insp', 'cpl', 'pvt', 'fr', 'sr', 'jr', 'st',
  'messrs', 'mmes', 'atty', 'gens',
  // organisations and misc
  'inc', 'co', 'corp', 'ltd', 'llc', 'bros', 'dept', 'univ', 'assn', 'no', 'nos', 'vs', 'v', 'etc', 'approx',
  'est', 'fig', 'vol', 'ft', 'mt', 'ave', 'blvd', 'rd', 'sq', 'pp', 'ed', 'eds', 'al',
  // months and days
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // US states as newspapers abbreviate them (AP style)
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'penn', 'tenn', 'tex', 'vt',
  'va', 'wash', 'wis', 'wyo',
]);
