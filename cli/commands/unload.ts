import { InputError } from "../../lib/InputError.ts";
import { unloadLoad } from "../../data-loaders/ingest/unloadLoad.ts";
import { openWarehouse } from "../../data-loaders/warehouse/openWarehouse.ts";
import { command } from "../Command.ts";
import { dbOf, officeOf, warehouseOptions } from "../warehouseOptions.ts";

export const unloadCommand = command({
  name: "unload",
  summary: "移除某一匯入批次的資料（誤匯檔案時），並還原被它取代的資料列",
  usage: "用法：sqd unload <批次編號> [--db PATH] [--config DIR]",
  options: warehouseOptions,
  async run(values, positionals) {
    const [loadId] = positionals;
    if (!loadId) throw new InputError("請指定批次編號（load id），例如 sqd unload 20250305T101500-001-ab12cd34。");
    const office = officeOf(values);
    const warehouse = await openWarehouse(office, { path: dbOf(values) });
    try {
      const result = await unloadLoad(warehouse, office, loadId);
      // Rows a later load repeated stay, now that load's: said only when there are some.
      const handed = result.handed ? `，${result.handed} 列改屬之後重複匯入它們的批次` : "";
      console.log(
        `已移除批次 ${loadId}（${result.source}）：刪除 ${result.removed} 列，還原 ${result.restored} 列${handed}。`,
      );
      return 0;
    } finally {
      warehouse.close();
    }
  },
});
