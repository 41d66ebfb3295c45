import { useLayoutEffect } from 'react';

/** What a person fills in first: a text field, a checkbox or a select — not a button (Cancel must not be the first). */
const FIRST_FIELD = [
  'input:not([type="hidden"]):not([disabled])',
  'textarea:not([disabled])',
  'select:not([disabled])',
  '[role="button"][aria-haspopup]:not([aria-disabled="true"])',
].join(', ');

/**
 * Moves the keyboard focus into a dialog once it has opened — a MUI Dialog's `onEntered` (see
 * {@link dialogFocusProps}): onto its first field, or, when it has none, onto the dialog itself, so a
 * screen reader starts reading at its title. MUI's focus trap alone focuses the backdrop's container, outside the
 * element with role dialog; it still gives the focus back to what opened the dialog when it closes. Not earlier than
 * `onEntered`: a radio button focused from the keyboard before its ripple has mounted throws in MUI 4.
 */
export function focusIntoDialog(node: HTMLElement) {
  const dialog =
    node.querySelector<HTMLElement>('[role="dialog"]') ??
    (node.getAttribute('role') === 'dialog' ? node : undefined);
  if (!dialog || dialog.contains(node.ownerDocument.activeElement)) return;
  const field = dialog.querySelector<HTMLElement>(FIRST_FIELD);
  (field ?? dialog).focus();
}

/**
 * The props that make a MUI Dialog take the focus as it opens ({@link focusIntoDialog}): its Paper focusable by script,
 * for a dialog without fields. Spread them onto the Dialog.
 */
export const dialogFocusProps = {
  TransitionProps: { onEntered: focusIntoDialog },
  PaperProps: { tabIndex: -1 },
};

/** `element` and its ancestors up to the body, nearest first. */
function ancestry(element: HTMLElement): HTMLElement[] {
  const path: HTMLElement[] = [];
  for (let e: HTMLElement | null = element; e && e !== e.ownerDocument.body; ) {
    path.push(e);
    e = e.parentElement;
  }
  return path;
}

/** Once `opener` has left the page with the focus on nobody, focuses the nearest of `ancestors` still there. */
function watchFocusReturn(opener: HTMLElement, ancestors: HTMLElement[]) {
  const doc = opener.ownerDocument;
  const observer = new MutationObserver(() => settle());
  const elsewhere = (event: FocusEvent) => {
    if (event.target !== opener) stop();
  };
  function stop() {
    observer.disconnect();
    doc.removeEventListener('focusin', elsewhere);
  }
  function settle() {
    if (opener.isConnected) return;
    // Still on something (the closing dialog's field): wait until that goes too.
    const active = doc.activeElement;
    if (active && active !== doc.body && active.isConnected) return;
    stop();
    const place = ancestors.find(a => a.isConnected);
    if (!place) return;
    if (!place.hasAttribute('tabindex')) place.tabIndex = -1;
    place.focus();
  }
  observer.observe(doc.body, { childList: true, subtree: true });
  doc.addEventListener('focusin', elsewhere);
  // The opener may have gone in the same render that closed the dialog.
  queueMicrotask(settle);
}

/**
 * Gives the focus a place when a dialog has gone and what opened it is gone too — a "Request waiver" button that
 * became a "Requested" chip once the request was made: the nearest part of the page that is still there, so a keyboard
 * user goes on from where they were rather than from the top of the page. While the opener exists MUI gives the focus
 * back to it; this acts only when the opener leaves the page with the focus on nobody, and stops watching as soon as
 * the focus goes anywhere else. `open` is the dialog's.
 */
export function useFocusReturn(open: boolean) {
  // A layout effect: it runs before MUI's focus trap moves the focus into the dialog. Its cleanup runs when the dialog
  // closes and also when it is unmounted while open (with the card that rendered it, say), when no later render
  // would see it closed.
  useLayoutEffect(() => {
    const opener = document.activeElement;
    if (!open || !(opener instanceof HTMLElement) || opener === document.body) {
      return undefined;
    }
    const [, ...ancestors] = ancestry(opener);
    return () => watchFocusReturn(opener, ancestors);
  }, [open]);
}
