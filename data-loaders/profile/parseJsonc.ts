import { stripJsonComments } from "./stripJsonComments.ts";

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
