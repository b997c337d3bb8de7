// Thresholds the app shows to readers, in one place (docs/decisions/033, 015).

/**
 * Below this confidence an attribution is shown as uncertain: in the reading view, the popover and on
 * speaker pages. Confidences are calibrated (src/quotes/calibrate.ts, decision 015) and corrected for
 * PolNeAR's audited label noise, so the cut that marked the same quotations before the correction
 * (0.7 then) is 0.75 now: on PolNeAR dev and the Wikinews set the quotations below it are right
 * three to seven times in ten and hold over half of the wrong attributions, while being about an
 * eighth of all quotations (the figures per refit are in decision 015).
 */
export const LOW_CONFIDENCE = 0.75;
