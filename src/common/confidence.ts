// Thresholds the app shows to readers, in one place (docs/decisions/033, 015).

/**
 * Below this confidence an attribution is shown as uncertain: in the reading view, the popover and on
 * speaker pages. Confidences are calibrated (src/quotes/calibrate.ts, decision 015): on PolNeAR dev the
 * quotations stated below 0.7 are right about half the time, those at 0.7–0.8 four times in five.
 */
export const LOW_CONFIDENCE = 0.7;
