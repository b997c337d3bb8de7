// Whether a key press is typing rather than a page shortcut. Its own tiny module because the
// first page's shortcut listener needs it at once, while the navigation code loads on demand.

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
