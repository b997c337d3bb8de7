// Speaker colours: the Okabe–Ito palette, which stays distinguishable with the common colour-vision
// deficiencies. Colour is never the only cue: quotations also carry the speaker's initials.

/** Palette index order puts the hues with the best contrast on light backgrounds first. */
export const SPEAKER_PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442'] as const;

/** Number of distinct colour slots; the CSS defines `--speaker-<n>` for each per theme. */
export const SPEAKER_SLOTS = SPEAKER_PALETTE.length;

/** Slot for the speaker at `index` in an article's speaker list (most quoted first). */
export function speakerSlot(index: number): number {
  return ((index % SPEAKER_SLOTS) + SPEAKER_SLOTS) % SPEAKER_SLOTS;
}

/** Line patterns (plain, stripes, double underline) that tell apart speakers whose hue repeats. */
export const SPEAKER_PATTERNS = 3;

/** Pattern for the speaker at `index`: 0 for the first seven, then 1, then 2, then round again. */
export function speakerPattern(index: number): number {
  return Math.floor(Math.max(0, index) / SPEAKER_SLOTS) % SPEAKER_PATTERNS;
}

/** `Donald Trump` → `DT`, `Sarah Huckabee Sanders` → `SS`, `Madonna` → `MA`. */
export function initials(name: string): string {
  const words = name.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return '?';
  const letter = (w: string) => (Array.from(w.replace(/^[^\p{L}]+/u, ''))[0] ?? '').toUpperCase();
  if (words.length === 1) return Array.from(words[0]!.replace(/^[^\p{L}]+/u, '')).slice(0, 2).join('').toUpperCase();
  return letter(words[0]!) + letter(words[words.length - 1]!);
}

/**
 * Initials that tell an article's speakers apart without colour: on a clash (Kristen Wilkins and
 * Kathryn Waters are both KW) the last name's second letter is added (KWi, KWa), then a number.
 */
export function uniqueInitials(names: readonly string[]): string[] {
  const base = names.map(initials);
  const count = (list: string[], tag: string) => list.filter((t) => t === tag).length;
  const longer = names.map((name, i) => {
    if (count(base, base[i]!) === 1) return base[i]!;
    const last = Array.from(name.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).pop()?.replace(/^[^\p{L}]+/u, '') ?? '');
    return base[i]! + (last[1] ?? '').toLowerCase();
  });
  const seen = new Map<string, number>();
  return longer.map((tag) => {
    if (count(longer, tag) === 1) return tag;
    const n = (seen.get(tag) ?? 0) + 1;
    seen.set(tag, n);
    return `${tag}${n}`;
  });
}
