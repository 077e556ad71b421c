/**
 * Detail for the data steward — table and column names, types, file paths, settings and commands —
 * folded away under 「技術細節」, so that the page in front of it reads in plain Chinese. Strings
 * become paragraphs; elements (a table, a list) are added as they are.
 */
export function TechnicalDetails(content: readonly (string | Node)[]): HTMLDetailsElement {
  const details = document.createElement("details");
  details.className = "technical-details";
  details.appendChild(document.createElement("summary")).textContent = "技術細節";
  for (const part of content) {
    if (typeof part === "string") details.appendChild(document.createElement("p")).textContent = part;
    else details.appendChild(part);
  }
  return details;
}
