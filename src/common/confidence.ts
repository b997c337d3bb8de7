// Thresholds the app shows to readers, in one place (docs/decisions/033, 015).

/**
 * Below this confidence an attribution is shown as uncertain: in the reading view, the popover and on
 * speaker pages. Confidences are calibrated (src/quotes/calibrate.ts, decision 015) and corrected for
 * PolNeAR's audited label noise, so the cut that marked the same quotations before the correction
 * (0.7 then) is 0.75 now: on PolNeAR dev the quotations below it are right about two times in three
 * and hold half of the wrong attributions, on the Wikinews set three times in five and two thirds,
 * while being an eighth of all quotations.
 */
export const LOW_CONFIDENCE = 0.75;
