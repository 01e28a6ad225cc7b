/**
 * Prints one element alone. A widget cannot print its own shadow tree without the host page
 * around it, so for the length of the print a constructable stylesheet (allowed by strict CSPs)
 * is adopted into the page: it hides everything but the marked element, then goes away.
 */
const sheet = typeof CSSStyleSheet === 'function' ? new CSSStyleSheet() : undefined;
sheet?.replaceSync(`@media print {
  body * { visibility: hidden !important; }
  [data-sf-printing], [data-sf-printing] * { visibility: visible !important; }
  [data-sf-printing] { position: absolute !important; inset-block-start: 0 !important; inset-inline-start: 0 !important; inline-size: 100% !important; }
}`);

export function printOnly(element: HTMLElement): void {
  const doc = element.ownerDocument;
  if (!sheet) {
    doc.defaultView?.print();
    return;
  }
  element.dataset['sfPrinting'] = '';
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const cleanUp = () => {
    delete element.dataset['sfPrinting'];
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  doc.defaultView?.addEventListener('afterprint', cleanUp, { once: true });
  doc.defaultView?.print();
}
