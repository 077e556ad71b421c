/** The text of every element the selector finds under `root`, in document order. */
export function textsOf(root: ParentNode, selector: string): (string | null)[] {
  return [...root.querySelectorAll(selector)].map((e) => e.textContent);
}

/** A rendered table's body as text: per row, the text of each cell, header cells included. */
export function rowTexts(root: ParentNode): (string | null)[][] {
  return [...root.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent));
}
