/** Registers an element unless the tag already exists, so loading the bundle twice is harmless. */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

/**
 * Loads an element's module the first time the page uses its tag, as Shoelace's autoloader does: a page that never
 * shows the element never downloads it. The document is watched only until the tag appears.
 */
export function loadWhenUsed(tag: string, load: () => Promise<unknown>): void {
  if (customElements.get(tag)) return;
  const used = () => document.querySelector(tag) !== null;
  if (used()) {
    void load();
    return;
  }
  const observer = new MutationObserver(() => {
    if (!used()) return;
    observer.disconnect();
    void load();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
