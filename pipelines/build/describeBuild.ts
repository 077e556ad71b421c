import type { BuildReport, BuiltModel } from "./buildModels.ts";

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} 秒`;

/** One line per model: name, rows made (or 巨集), time. */
export function describeModel(model: BuiltModel): string {
  const made = model.rows === null ? "巨集" : `${model.rows.toLocaleString("en-US")} 列`;
  return `  ${model.name.padEnd(28)} ${made.padStart(12)} ${seconds(model.ms).padStart(10)}`;
}

/** The closing line: how many models, as of which date, total time. */
export function describeBuildTotal(report: BuildReport): string {
  return `已建置 ${report.models.length} 個模型（資料基準日 ${report.asOf}），共 ${seconds(report.ms)}。`;
}
