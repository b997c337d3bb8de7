// The DOM side of the keyboard shortcuts: which keys do what, and moving focus between highlighted
// quotations or to the next/previous page. No React here; loaded on the first j/k/n/p press
// (whether a press is typing is in typing-target.ts, which the first page carries).

/** Selector of the quotations j/k walk (the rendering contract). */
export const QUOTE_SELECTOR = '[data-quote-id][data-highlighted="true"]';

/** One shortcut, as listed in the help dialog. */
export interface Shortcut {
  /** What the reader presses, as shown (`j`, `?`). */
  keys: string;
  /** What it does. */
  action: string;
}

/** Every shortcut, in the order the help dialog lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'j', action: 'Next highlighted quotation' },
  { keys: 'k', action: 'Previous highlighted quotation' },
  { keys: 'n', action: 'Next article (or next page)' },
  { keys: 'p', action: 'Previous article (or previous page)' },
  { keys: '/', action: 'Focus the search box' },
  { keys: '?', action: 'Show these keyboard shortcuts' },
  { keys: 'Esc', action: 'Close this dialog' },
];

/** False for quotations that are hidden (collapsed paragraphs, closed details). */
function isShown(el: HTMLElement): boolean {
  if (el.closest('[hidden], [aria-hidden="true"], [inert]')) return false;
  // Real layout in browsers; jsdom has no checkVisibility, where everything counts as shown.
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : true;
}

/**
 * Moves focus to the next (+1) or previous (-1) highlighted quotation in document order,
 * counting from the focused one (or the one containing focus). With nothing focused there,
 * `j` starts at the first quotation below the top of the viewport and `k` at the last above it.
 * Returns the element focused, or null when there is none in that direction.
 */
export function moveQuoteFocus(direction: 1 | -1, root: ParentNode = document): HTMLElement | null {
  const quotes = [...root.querySelectorAll<HTMLElement>(QUOTE_SELECTOR)].filter(isShown);
  if (quotes.length === 0) return null;
  const active = document.activeElement;
  let index = -1;
  const current = active ? quotes.findIndex((q) => q === active || q.contains(active)) : -1;
  if (current >= 0) {
    index = current + direction;
  } else if (active && active !== document.body && active !== document.documentElement) {
    // Focus is elsewhere in the page: continue from there in document order.
    const after = quotes.findIndex((q) => Boolean(active.compareDocumentPosition(q) & Node.DOCUMENT_POSITION_FOLLOWING));
    if (direction === 1) index = after;
    else index = (after === -1 ? quotes.length : after) - 1;
  } else {
    // Nothing focused: start from what the reader is looking at.
    const below = quotes.findIndex((q) => q.getBoundingClientRect().top >= 0);
    if (direction === 1) index = below === -1 ? quotes.length : below;
    else index = (below === -1 ? quotes.length : below) - 1;
  }
  const target = quotes[index];
  if (!target) return null;
  if (!target.hasAttribute('tabindex') && target.tabIndex < 0) target.setAttribute('tabindex', '-1');
  const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  target.focus({ preventScroll: true });
  return target;
}

/** Follows the page's `rel=next`/`rel=prev` link, if it has one. Returns whether it did. */
export function followRel(rel: 'next' | 'prev', root: ParentNode = document): boolean {
  const link = root.querySelector<HTMLAnchorElement>(`a[rel~="${rel}"]`);
  if (!link) return false;
  link.click();
  return true;
}
