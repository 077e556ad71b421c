import { BuildFailed } from "./BuildFailed.ts";
import type { ModelFile } from "./readModels.ts";

export interface OrderedModel extends ModelFile {
  /** Names of the model files it reads (tables it selects from, macros it calls). */
  dependsOn: string[];
}

/**
 * The models in an order where each comes after everything it mentions: a model depends on
 * another when its SQL names a table or macro the other defines. Ties go alphabetically, so the
 * order is the same on every run. A cycle fails the build before anything runs.
 */
export function modelOrder(models: readonly ModelFile[]): OrderedModel[] {
  const definedBy = new Map<string, string>();
  for (const m of models) for (const d of m.defines) definedBy.set(d, m.name);
  const nodes = new Map<string, OrderedModel>();
  for (const m of models) {
    const dependsOn = [...referencedNames(m.sql)]
      .map((n) => definedBy.get(n))
      .filter((n): n is string => n !== undefined && n !== m.name);
    nodes.set(m.name, { ...m, dependsOn: [...new Set(dependsOn)].sort() });
  }
  const order: OrderedModel[] = [];
  const done = new Set<string>();
  while (done.size < nodes.size) {
    const ready = [...nodes.values()]
      .filter((n) => !done.has(n.name) && n.dependsOn.every((d) => done.has(d)))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    if (ready.length === 0)
      throw new BuildFailed(`模型之間有循環相依，無法決定建置順序：${cycleIn(nodes, done).join(" → ")}`);
    for (const n of ready) {
      order.push(n);
      done.add(n.name);
    }
  }
  return order;
}

/** Follows unbuilt dependencies from any unbuilt model until one repeats: that loop is a cycle. */
function cycleIn(nodes: Map<string, OrderedModel>, done: Set<string>): string[] {
  const path: string[] = [];
  let at = [...nodes.keys()].sort().find((n) => !done.has(n))!;
  while (!path.includes(at)) {
    path.push(at);
    at = nodes.get(at)!.dependsOn.find((d) => !done.has(d))!;
  }
  return [...path.slice(path.indexOf(at)), at];
}

/**
 * The identifiers a SQL text mentions, lower-cased, with comments and string literals left out
 * (a comment naming another model is not a dependency). Quoted identifiers keep their spelling.
 */
export function referencedNames(sql: string): Set<string> {
  const code = sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'/g, " ");
  const names = new Set<string>();
  for (const m of code.matchAll(/"((?:[^"]|"")+)"|[A-Za-z_][A-Za-z0-9_$]*/g))
    names.add(m[1] === undefined ? m[0].toLowerCase() : m[1].replace(/""/g, '"'));
  return names;
}

/**
 * The models that make what `names` mentions (tables, views, macros) and everything they depend on,
 * in build order: a caller reading a few marts builds only those (a month's report snapshot).
 */
export function neededModels(order: readonly OrderedModel[], names: Iterable<string>): OrderedModel[] {
  const wanted = new Set(names);
  const needed = new Set(order.filter((m) => m.defines.some((d) => wanted.has(d))).map((m) => m.name));
  // build order puts dependencies first, so one pass from the end closes the set
  for (const m of [...order].reverse()) if (needed.has(m.name)) for (const d of m.dependsOn) needed.add(d);
  return order.filter((m) => needed.has(m.name));
}
