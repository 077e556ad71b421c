/** A highlighted message box (Framework's `note`/`warning` styles), for states such as 尚無資料. */
export function Notice(title: string, lines: readonly string[], kind: "note" | "warning" = "note"): HTMLDivElement {
  const box = document.createElement("div");
  box.className = kind;
  box.setAttribute("label", title);
  for (const line of lines) box.appendChild(document.createElement("p")).textContent = line;
  return box;
}
