/** An SVG holding one line of text, in place of a chart that has nothing to draw (so the figure keeps its shape). */
export function emptyChart(width: number, message: string): SVGSVGElement {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", "40");
  const text = svg.appendChild(document.createElementNS("http://www.w3.org/2000/svg", "text"));
  text.setAttribute("x", "0");
  text.setAttribute("y", "24");
  text.setAttribute("fill", "currentColor");
  text.textContent = message;
  return svg;
}
