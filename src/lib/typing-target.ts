// Whether a key press is typing rather than a page shortcut (the page's keys, and the quote
// details popover's own keys, ask it).

/**
 * True when the key press is not for the page's shortcuts: it carries a modifier, it goes to a
 * text field, or it happens inside a dialog or popover (e.g. the quote details), which has keys
 * of its own.
 */
export function isTyping(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return true;
  const target = event.target;
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return true;
  if (target.closest('dialog, [role="dialog"], [role="alertdialog"], [popover]')) return true;
  return target instanceof HTMLElement && target.isContentEditable;
}
