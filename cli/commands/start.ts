import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { InputError } from "../../lib/InputError.ts";
import { buildModels, describeBuildTotal } from "../../pipelines/build/buildModels.ts";
import { ingestFiles } from "../../data-loaders/ingest/ingestFiles.ts";
import { loadOffice } from "../../data-loaders/profile/loadOffice.ts";
import { openWarehouse } from "../../data-loaders/warehouse/openWarehouse.ts";
import { buildSite, describeSite } from "../../pipelines/site/buildSite.ts";
import { serveSite } from "../../pipelines/site/serveSite.ts";
import { command } from "../Command.ts";
import { skippedFolderLinks } from "../../data-loaders/ingest/listInputFiles.ts";
import { describeOutcome, describeSkippedFolderLink, describeTotals } from "../ingestReport.ts";
import { dbOf, siteInputsOf, warehouseOptions } from "../warehouseOptions.ts";

export const startCommand = command({
  name: "start",
  summary: "一鍵開始：沒有資料時先產生示範資料，匯入收件匣，建置統計表與網站並在本機開啟",
  usage: [
    "用法：sqd start [--port N] [--inbox DIR] [--db PATH] [--config DIR] [--out DIR]",
    "",
    "  --port N       本機網址的連接埠（預設 3000；已被占用時自動改用下一個）",
    "  --inbox DIR    資料收件匣（預設 data/inbox）；其中 cases/ 沒有檔案時會先產生示範資料",
    "  --db PATH      資料倉儲檔案（預設 data/warehouse.duckdb）；收件匣的檔案會先匯入（已匯入者略過）",
    "  --config DIR   設定檔資料夾（預設 config）",
    "  --out DIR      網站輸出資料夾（預設 dist）",
  ].join("\n"),
  options: { port: { type: "string" }, inbox: { type: "string" }, ...warehouseOptions, out: { type: "string" } },
  async run(values) {
    const port = values.port === undefined ? 3000 : Number(values.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      throw new InputError(`--port 必須是 1 到 65535 的整數（收到 ${values.port}）。`);
    const { inbox, configDir } = siteInputsOf(values);
    const out = values.out;
    const fromHere = relative(process.cwd(), inbox);
    const shownInbox = fromHere && !fromHere.startsWith("..") ? fromHere : inbox;

    if (!hasFiles(join(inbox, "cases"))) {
      console.log(`${shownInbox} 尚無案件資料，先產生示範資料……`);
      // Loaded only when needed: a first start, not every `sqd` invocation.
      const { generateSample } = await import("../../sample/generateSample.ts");
      const sample = await generateSample(loadOffice(configDir), { out: inbox });
      console.log(`已產生 ${sample.files.length} 個示範資料檔。`);
    }
    const office = loadOffice(configDir);
    const warehouse = await openWarehouse(office, { path: dbOf(values) });
    const db = warehouse.path;
    try {
      console.log(`匯入 ${shownInbox} ……`);
      const outcomes = await ingestFiles(warehouse, office, [inbox]);
      for (const o of outcomes) if (o.status === "rejected") console.log(describeOutcome(o));
      for (const s of skippedFolderLinks([inbox])) console.log(describeSkippedFolderLink(s));
      console.log(describeTotals(outcomes));
      const build = await buildModels(warehouse.connection, office);
      console.log(describeBuildTotal(build));
    } finally {
      warehouse.close();
    }
    console.log("建置網站中……");
    const site = await buildSite({ out, db, configDir });
    for (const line of describeSite(site)) console.log(line);
    await serveSite(site.out, { port });
    return 0;
  },
});

function hasFiles(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).some((f) => !f.startsWith("."));
}
