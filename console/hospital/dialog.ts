/**
 * Opens one of a view's <dialog>s as a modal (the browser keeps the focus inside and Escape closes it) and gives
 * the focus back to the control that opened it once it closes, however it closes.
 */
export function openDialog(dialog: HTMLDialogElement | null | undefined, opener: EventTarget | null): void {
  if (!dialog || dialog.open) return;
  const returnTo = opener instanceof HTMLElement ? opener : null;
  dialog.addEventListener(
    'close',
    () => {
      if (returnTo?.isConnected) returnTo.focus();
    },
    { once: true },
  );
  dialog.showModal();
}

/** The dialog a control sits in, closed. */
export function closeDialogOf(control: EventTarget | null): void {
  if (control instanceof Element) control.closest('dialog')?.close();
}
