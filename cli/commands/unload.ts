import { InputError } from "../../lib/InputError.ts";
import { unloadLoad } from "../../data-loaders/ingest/unloadLoad.ts";
import { loadOffice } from "../../data-loaders/profile/loadOffice.ts";
import { openWarehouse } from "../../data-loaders/warehouse/openWarehouse.ts";
import type { Command } from "../Command.ts";

export const unloadCommand: Command = {
  name: "unload",
  summary: "移除某一匯入批次的資料（誤匯檔案時），並還原被它取代的資料列",
  usage: "用法：sqd unload <批次編號> [--db PATH] [--config DIR]",
  options: { db: { type: "string" }, config: { type: "string" } },
  async run(values, positionals) {
    const [loadId] = positionals;
    if (!loadId) throw new InputError("請指定批次編號（load id），例如 sqd unload 20250305T101500-001-ab12cd34。");
    const office = loadOffice(values.config as string | undefined);
    const warehouse = await openWarehouse(office, { path: values.db as string | undefined });
    try {
      const result = await unloadLoad(warehouse, office, loadId);
      console.log(`已移除批次 ${loadId}（${result.source}）：刪除 ${result.removed} 列，還原 ${result.restored} 列。`);
      return 0;
    } finally {
      warehouse.close();
    }
  },
};
