import { date, text } from "./column.ts";
import { defineContract, outOfOrder } from "./contract.ts";
import type { OfficeProfile } from "./officeProfile.ts";

/** 事件註記: context (staff leave, system outages, typhoons) shown on charts and in reports. */
export function annotationsContract(profile: OfficeProfile) {
  return defineContract({
    name: "annotations",
    title: "事件註記",
    description: "影響指標的事件（人力異動、系統故障、颱風停班等），顯示於圖表與會議報告。",
    kind: "source",
    owner: profile.data_owners.annotations,
    cadence: "as_needed",
    dataDate: "start_date",
    keys: ["start_date", "kpi", "note"],
    columns: {
      start_date: date({
        header: "起日",
        otherHeaders: ["日期"],
        required: true,
        description: "事件起日（單日事件可用「日期」欄）。",
      }),
      end_date: date({ header: "迄日", description: "事件迄日；空白表示單日。" }),
      kpi: text({ header: "指標", description: "相關指標名稱；空白表示所有指標。" }),
      note: text({ header: "說明", required: true, description: "事件說明。" }),
    },
    rules: [
      {
        code: "time_order",
        description: "迄日早於起日。",
        column: "end_date",
        violation: outOfOrder("start_date", "end_date"),
      },
    ],
  });
}
