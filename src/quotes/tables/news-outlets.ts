// Data table: news organisations. In "X said …, according to NBC" or "which the BBC noted" the
// outlet only reports what a person said; when such a person frames the quotation in the same
// sentence, the person is the source (a blanket "prefer the subject" rule cost train quotes, so
// only names in this table yield).

/** Lower-cased names of news outlets, without a leading "the" (keys as the tokenizer makes them). */
export const NEWS_OUTLETS: ReadonlySet<string> = new Set([
  'bbc', 'bbc news', 'nbc', 'nbc news', 'cbs', 'cbs news', 'abc', 'abc news', 'cnn', 'fox news', 'msnbc', 'npr', 'pbs',
  'reuters', 'ap', 'associated press', 'afp', 'agence france-presse', 'bloomberg', 'politico', 'axios', 'al jazeera',
  'sky news', 'itv news', 'channel 4 news', 'guardian', 'observer', 'independent', 'telegraph', 'daily telegraph', 'times',
  'financial times', 'daily mail', 'mirror', 'new york times', 'washington post', 'wall street journal', 'usa today',
  'los angeles times', 'boston globe', 'chicago tribune', 'the hill', 'hill', 'huffington post', 'buzzfeed news', 'vox',
  'cbc', 'cbc news', 'ctv news', 'globe and mail', 'abc australia', 'sydney morning herald', 'xinhua', 'tass', 'rt',
  'deutsche welle', 'dw', 'euronews', 'france 24', 'le monde', 'der spiegel', 'spiegel', 'times of india', 'haaretz',
  'wikinews', 'the associated press', 'anadolu agency', 'yonhap', 'kyodo', 'nhk',
]);
