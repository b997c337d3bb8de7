// Data table: the verbs (and fixed phrases) that introduce reported speech. A cue is what
// links a quotation to its source: "said", "told NBC", "according to", "called it".

/**
 * Speech verbs in every inflected form we match. Finite forms can follow a subject
 * ("Obama said") or precede an inverted one ("said Obama"). Grouped by meaning so a
 * reviewer can see why each one is here; the census of PolNeAR cues (PATTERNS.md §3)
 * says say/tell/write/add/call cover about 70% of all cues.
 */
/**
 * The cues a headline quotes with ("“We will win,” says Obama", "Obama tells Iowa: “…”"), in the
 * forms headlines use; extract-quotes.ts builds its headline patterns from this list. They are
 * speech verbs like the rest: SPEECH below spreads them in, so every word is listed once.
 */
export const HEADLINE_CUE_VERBS: readonly string[] = [
  'say', 'says', 'said', 'tell', 'tells', 'told', 'warn', 'warns', 'claim', 'claims', 'insist', 'insists', 'vow', 'vows',
];

const SPEECH: readonly string[] = [
  ...HEADLINE_CUE_VERBS,
  // say, tell, add: the bulk of news attribution (the headline cues above are the rest of say and tell)
  'saying',
  'telling',
  'add', 'adds', 'added', 'adding',
  // writing and posting
  'write', 'writes', 'wrote', 'writing', 'written',
  'tweet', 'tweets', 'tweeted', 'tweeting', 'retweeted',
  'post', 'posts', 'posted', 'posting',
  'read', 'reads', // "the sign read", "the letter reads"
  // manner of speaking
  'state', 'states', 'stated', 'stating',
  'remark', 'remarks', 'remarked',
  'note', 'notes', 'noted', 'noting',
  'explain', 'explains', 'explained', 'explaining',
  'continue', 'continues', 'continued', 'continuing',
  'ask', 'asks', 'asked', 'asking',
  'reply', 'replies', 'replied', 'replying',
  'respond', 'responds', 'responded', 'responding',
  'answer', 'answers', 'answered',
  'declare', 'declares', 'declared', 'declaring',
  'announce', 'announces', 'announced', 'announcing',
  'recall', 'recalls', 'recalled', 'recalling', 'remembered', // (not 'remember': "I remember" inside reported prose)
  'conclude', 'concludes', 'concluded', 'concluding',
  'joke', 'jokes', 'joked', 'joking',
  'quip', 'quips', 'quipped',
  'muse', 'mused',
  'exclaim', 'exclaimed', 'proclaim', 'proclaimed', 'proclaims', 'retaliated', 'scoffed', 'snapped', 'sniffed', 'fumed', 'gushed',
  'shout', 'shouted', 'shouting',
  'yell', 'yells', 'yelled', 'scream', 'screams', 'screamed', 'cry', 'cries', 'cried', 'shouts',
  'chant', 'chanted', 'chanting',
  'whisper', 'whispered',
  'sing', 'sings', 'sang', 'singing',
  'testify', 'testified',
  'report', 'reports', 'reported', 'reporting',
  'observe', 'observed', 'observes',
  'reiterate', 'reiterated',
  'repeat', 'repeated',
  'describe', 'describes', 'described', 'describing',
  'recount', 'recounted',
  'mention', 'mentioned',
  'comment', 'commented',
  'speak', 'spoke', 'speaks',
  'put', // "as he put it"
  'go', // "went on to say" is caught through 'say'; kept out of finite use below
  // stance: argue, claim, insist
  'argue', 'argues', 'argued', 'arguing',
  'contend', 'contends', 'contended',
  'claimed', 'claiming',
  'insisted', 'insisting',
  'assert', 'asserts', 'asserted', 'asserting',
  'maintain', 'maintained',
  'affirm', 'affirmed',
  'emphasize', 'emphasized', 'emphasizes', 'emphasised', 'stress', 'stressed', 'stresses',
  'suggest', 'suggests', 'suggested', 'suggesting',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging',
  'admit', 'admits', 'admitted', 'admitting',
  'concede', 'concedes', 'conceded',
  'counter', 'countered',
  'retort', 'retorted',
  'allege', 'alleged', 'alleges',
  'predict', 'predicts', 'predicted', 'predicting',
  'believe', 'believes', 'believed',
  'think', 'thinks', 'thought',
  'feel', 'feels', 'felt',
  'agree', 'agreed', 'agrees',
  'disagree', 'disagreed',
  'confirm', 'confirmed', 'confirms',
  'deny', 'denied', 'denies',
  // warning, urging, promising
  'warned', 'warning',
  'urge', 'urges', 'urged', 'urging',
  'caution', 'cautions', 'cautioned',
  'promise', 'promises', 'promised', 'promising',
  'pledge', 'pledges', 'pledged', 'pledging',
  'vowed', 'vowing',
  'assure', 'assured', 'assures',
  'demand', 'demanded', 'demands',
  'threaten', 'threatened',
  'boast', 'boasted', 'boasts',
  'brag', 'bragged',
  'complain', 'complained', 'complains',
  'lament', 'laments', 'lamented',
  'wonder', 'wondered', 'wonders',
  'point', 'pointed', // "pointed out"
  'cite', 'cited', 'cites', 'citing',
  'quote', 'quoted',
  'find', 'found', // "the report found"
  // evaluative verbs that carry partial quotes (PATTERNS.md §3: "called", "described … as")
  'call', 'calls', 'called', 'calling',
  'label', 'labeled', 'labelled', 'labels',
  'dub', 'dubbed',
  'brand', 'branded',
  'term', 'termed',
  'deem', 'deemed',
  'rated', // "PolitiFact rated the claim as “false”": a rating is the rater's word
  'characterize', 'characterized', 'characterizes',
  'refer', 'referred', 'refers', 'referring',
  'accuse', 'accused', 'accuses', 'accusing',
  'criticize', 'criticized', 'criticizes', 'criticised',
  'blast', 'blasted', 'slam', 'slammed',
  'mock', 'mocked', 'mocking',
  'praise', 'praised', 'praises',
  'tout', 'touted',
  'dismiss', 'dismissed',
  'decry', 'decried',
  'condemn', 'condemned',
  'defend', 'defended',
  'attack', 'attacked',
  'hail', 'hailed',
  'applaud', 'applauded',
  'welcome', 'welcomed',
  'promote', 'promoted',
  'offer', 'offered',
  'invoke', 'invoked',
  'express', 'expressed',
  'reveal', 'revealed',
  'indicate', 'indicated',
  'hope', 'hoped', 'hopes',
  'want', 'wanted', 'wants',
  'plan', 'planned',
  // Forms and verbs PolNeAR train annotates as the cue of quoted words that the lists above missed
  // (the gold cue of a quotation attributed wrongly or not at all): "Trump blamed the problem on
  // “sickos”", "He implied a federal judge was “hostile”", "slamming the “dishonest” press".
  'remarking', 'slams', 'slamming', 'blasts', 'blasting', 'mocks', 'praising', 'touts', 'touting',
  'dismisses', 'dismissing', 'decries', 'decrying', 'condemns', 'condemning', 'hails', 'hailing',
  'denounce', 'denounces', 'denounced', 'denouncing',
  'blame', 'blames', 'blamed', 'blaming',
  'portray', 'portrays', 'portrayed', 'portraying',
  'imply', 'implies', 'implied', 'implying',
  'chide', 'chides', 'chided', 'chiding',
  'bemoan', 'bemoans', 'bemoaned', 'bemoaning',
  'interject', 'interjected', 'interjecting',
  'vent', 'vented', 'venting',
  'bark', 'barked', 'elaborate', 'elaborated', 'confess', 'confessed', 'surmise', 'surmised',
  'pronounce', 'pronounced', 'thank', 'thanked', 'thanking',
  // manners of speaking that close a quotation in PolNeAR train ("“…?” Beck questioned", "opined
  // Cleveland's Plain Dealer", "“This is fantastic!” beamed Donald Hartley")
  'opine', 'opined', 'opines', 'exhort', 'exhorted', 'beamed', 'blared', 'reacted', 'questioned', 'pressed', 'marveled', 'marvelled',
];

/** Every cue verb form, lower-cased. */
export const CUE_VERBS: ReadonlySet<string> = new Set(SPEECH);

/**
 * Forms that are too ambiguous to anchor a trailing frame on their own ("“…,” the report
 * found" is fine, but "put" / "go" / "want" mostly are not speech). They still count as the
 * frame verb of an embedded (partial) quotation.
 */
export const WEAK_CUES: ReadonlySet<string> = new Set([
  'put', 'go', 'find', 'found', 'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'feel', 'feels',
  'felt', 'want', 'wanted', 'wants', 'hope', 'hoped', 'hopes', 'plan', 'planned', 'offer', 'offered', 'promote',
  'promoted', 'welcome', 'welcomed', 'attack', 'attacked', 'defend', 'defended', 'express', 'expressed',
  'indicate', 'indicated', 'reveal', 'revealed', 'speak', 'spoke', 'speaks', 'agree', 'agreed', 'agrees',
]);

/** Participles: their subject is the subject of the sentence ("…, saying “…”"). */
export const PARTICIPLE_SUFFIX = 'ing';

/** Multi-word cues whose source follows them ("according to the report"). */
export const ACCORDING_TO: readonly string[] = ['according', 'to'];
