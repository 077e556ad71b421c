/**
 * Parses JSON that may carry comments (the office.json `sqd init` writes). A syntax error's
 * message says on which line it is, since a person fixes it in a text editor, not by offset.
 */
export function parseJsonc(text: string): unknown {
  const json = stripJsonComments(text.replace(/^\uFEFF/, ""));
  try {
    return JSON.parse(json);
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    if (!at) throw e;
    const line = json.slice(0, Number(at[1])).split("\n").length;
    throw new SyntaxError(`第 ${line} 行：${message}`);
  }
}

/**
 * JSON with comments (`// …` to the end of the line and `/* … *\/`) → plain JSON. Comments become
 * spaces, line breaks are kept, so a JSON.parse error's position still points at the same line
 * and column of the file. `//` inside a string ("https://…") is text, not a comment.
 */
export function stripJsonComments(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      const stop = end < 0 ? text.length : end;
      out += blank(text.slice(i, stop));
      i = stop;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += blank(text.slice(i, stop));
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Index just past the closing quote of the string opening at `start` (or the end of an unclosed one). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i + 1;
    else if (text[i] === "\n") return i; // an unclosed string: let JSON.parse report it
  }
  return text.length;
}

const blank = (comment: string) => comment.replace(/[^\n\r]/g, " ");
