/** The body class while one section is printed; the print CSS of {@link PRINT_STYLES} keys on it. */
const PRINTING = 'smo-printing-section';

/**
 * Global print CSS (for makeStyles' `@global`) that prints the element with `id` alone — only while
 * {@link printSection} prints it, so printing the rest of the page from the browser still prints the whole page.
 */
export const printStyles = (id: string) => ({
  '@media print': {
    [`body.${PRINTING}-${id} *`]: { visibility: 'hidden' },
    [`body.${PRINTING}-${id} #${id}, body.${PRINTING}-${id} #${id} *`]: {
      visibility: 'visible',
    },
    [`body.${PRINTING}-${id} #${id}`]: {
      position: 'absolute',
      left: 0,
      top: 0,
      width: '100%',
    },
    [`#${id} .smo-no-print`]: { display: 'none' },
  },
});

/** Prints the element with `id` alone (see {@link printStyles}). */
export function printSection(id: string) {
  const marker = `${PRINTING}-${id}`;
  document.body.classList.add(marker);
  const done = () => {
    document.body.classList.remove(marker);
    window.removeEventListener('afterprint', done);
  };
  // Every current browser fires afterprint when the dialog closes, whether print() blocked until then or not.
  window.addEventListener('afterprint', done);
  window.print();
}
