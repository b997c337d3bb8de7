// Written by `npm run quotes:calibrate` (scripts/fit-calibration.ts); do not edit by hand: refit.
// Fitted on polnear-train.jsonl (8425 predicted quotations) as a small decision tree. Each row:
// a group of train quotations (the path of feature=value from the root '*', see calibrate.ts
// featureValues), how many, the share of them found and attributed right (the shared scorer's
// verdict) shrunk toward the parent group's (weight 10), and the feature its subgroups split on.
// 'pronoun-resolution': [pronoun-resolved quotations in tests/fixtures/wikinews-silver.jsonl, how much less often their speaker is
// right by name than a named one's, shrunk toward 1 as if 35 more had no discount]: PolNeAR
// credits "he" whoever he was resolved to; the reader sees the name.
// 'sieve-prior|<sieve>': [train quotations of a sieve too rare for the tree (under 40), the sieve's own
// measured precision, used instead of the tree].
// A split needs subgroups of 40+ quotations and a squared-error gain of 1+; depth at most 5.
// Reliability after fitting:
//   train            ECE  0.8 pts | stated >= 0.8: 95.6% right, covering 85.3% of quotations | e2e F1 89.4
//   dev              ECE  3.9 pts | stated >= 0.8: 96.6% right, covering 84.0% of quotations | e2e F1 92.0
//   wikinews names   ECE  9.0 pts | stated >= 0.8: 98.0% right, covering 77.5% of quotations | e2e F1 93.6

/** Group key -> [train quotations in the group, calibrated confidence, feature its subgroups split on]. */
export type CalibrationTable = Readonly<Record<string, readonly [n: number, confidence: number, split?: string]>>;

/** The fitted mapping. */
export const CALIBRATION: CalibrationTable = {
  '*': [8425, 0.89, 'sieve'],
  '*|sieve=according-to': [81, 0.89],
  '*|sieve=colon-intro': [60, 0.83],
  '*|sieve=earlier-sentence': [51, 0.41],
  '*|sieve=embedded-frame': [2144, 0.86, 'step'],
  '*|sieve=embedded-frame|step=description': [218, 0.76],
  '*|sieve=embedded-frame|step=name': [1254, 0.90, 'cue'],
  '*|sieve=embedded-frame|step=name|cue=naming': [181, 0.87],
  '*|sieve=embedded-frame|step=name|cue=say': [716, 0.93],
  '*|sieve=embedded-frame|step=name|cue=verb': [357, 0.86],
  '*|sieve=embedded-frame|step=none': [62, 0.50],
  '*|sieve=embedded-frame|step=organisation': [87, 0.67, 'words'],
  '*|sieve=embedded-frame|step=organisation|words=1-2': [43, 0.50],
  '*|sieve=embedded-frame|step=pronoun': [514, 0.91],
  '*|sieve=intro-frame': [545, 0.90, 'gap'],
  '*|sieve=intro-frame|gap=0-12': [253, 0.95],
  '*|sieve=intro-frame|gap=13-60': [177, 0.90],
  '*|sieve=intro-frame|gap=61+': [115, 0.78],
  '*|sieve=later-frame': [127, 0.75, 'kind'],
  '*|sieve=later-frame|kind=direct': [72, 0.91],
  '*|sieve=later-frame|kind=partial': [55, 0.53],
  '*|sieve=none': [76, 0.19],
  '*|sieve=paragraph-continuation': [1605, 0.95, 'kind'],
  '*|sieve=paragraph-continuation|kind=continuation': [1534, 0.98, 'gap'],
  '*|sieve=paragraph-continuation|kind=continuation|gap=0-12': [790, 0.99],
  '*|sieve=paragraph-continuation|kind=continuation|gap=13-60': [413, 0.98],
  '*|sieve=paragraph-continuation|kind=continuation|gap=61+': [331, 0.93],
  '*|sieve=paragraph-continuation|kind=partial': [71, 0.44],
  '*|sieve=previous-paragraph': [156, 0.63, 'cue'],
  '*|sieve=previous-paragraph|cue=say': [78, 0.69],
  '*|sieve=previous-paragraph|cue=verb': [42, 0.45],
  '*|sieve=sentence-subject': [276, 0.48, 'others'],
  '*|sieve=sentence-subject|others=0': [153, 0.42],
  '*|sieve=sentence-subject|others=1-2': [64, 0.44],
  '*|sieve=sentence-subject|others=3+': [59, 0.61],
  '*|sieve=trailing-frame': [3274, 0.97, 'kind'],
  '*|sieve=trailing-frame|kind=direct': [3052, 0.99],
  '*|sieve=trailing-frame|kind=partial': [222, 0.79, 'cue'],
  '*|sieve=trailing-frame|kind=partial|cue=say': [167, 0.92],
  '*|sieve=trailing-frame|kind=partial|cue=verb': [52, 0.42],
  'pronoun-resolution': [34, 0.99],
  'sieve-prior|transcript-label': [4, 0.90],
  'sieve-prior|next-line-frame': [7, 0.80],
  'sieve-prior|in-the-words-of': [1, 0.85],
  'sieve-prior|reported-frame': [18, 0.35],
};
