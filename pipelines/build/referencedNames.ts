/**
 * The identifiers a SQL text mentions, lower-cased, with comments and string literals left out
 * (a comment naming another model is not a dependency). Quoted identifiers keep their spelling.
 */
export function referencedNames(sql: string): Set<string> {
  const code = sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'/g, " ");
  const names = new Set<string>();
  for (const m of code.matchAll(/"((?:[^"]|"")+)"|[A-Za-z_][A-Za-z0-9_$]*/g)) names.add(m[1] === undefined ? m[0].toLowerCase() : m[1].replace(/""/g, '"'));
  return names;
}
