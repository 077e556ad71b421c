import { InputError } from "../../data-loaders/InputError.ts";
import { loadOffice } from "../profile/loadOffice.ts";
import type { DoctorCheck } from "./DoctorCheck.ts";

/** The configuration loads and validates, as every command will load it. */
export function checkConfig(configDir: string): DoctorCheck {
  const label = "設定檔";
  try {
    const { profile, sop, calendar, planItems } = loadOffice(configDir);
    const [first, last] = calendar.range;
    const years = [...new Set(planItems.map((p) => p.year))].join("、");
    return {
      status: "ok",
      label,
      detail: `${configDir}：${profile.office.name}（${profile.office.code}），處理時限 ${sop.length} 項，辦公日曆 ${first} 至 ${last}，工作計畫 ${years} 年 ${planItems.length} 項`,
      fix: null,
    };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { status: "fail", label, detail: e.message, fix: `依上面的訊息修正 ${configDir} 中的檔案後，再執行 sqd doctor；沒有設定檔時以 sqd init 建立。` };
  }
}
