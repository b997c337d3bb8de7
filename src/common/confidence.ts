// Thresholds the app shows to readers, in one place (docs/decisions/033).

/** Below this confidence an attribution is shown as uncertain: in the reading view, the popover and on speaker pages. */
export const LOW_CONFIDENCE = 0.6;
