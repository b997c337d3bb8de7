// The length limits of slugs and speaker ids, apart from the slug function so that the app's first
// page can check an address without carrying slugify (which the lazy chunks and ingestion use).

/** Longest slug derived from a title (an explicit `slug:` may be longer, up to MAX_EXPLICIT_SLUG_LENGTH). */
export const MAX_SLUG_LENGTH = 80;
/** Longest explicit `slug:` a front matter may give; the app never asks for a longer one. */
export const MAX_EXPLICIT_SLUG_LENGTH = 120;
/** Longest speaker id; the app treats a longer `?speaker=` or `/speakers/:id` as junk. */
export const MAX_SPEAKER_ID_LENGTH = 80;
