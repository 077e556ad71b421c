import { InputError } from "../../lib/InputError.ts";
import { loadOffice, type Office } from "../../data-loaders/profile/loadOffice.ts";
import type { DoctorCheck } from "./DoctorCheck.ts";

/** The configuration as every command loads it: the office, or the InputError saying what is wrong. */
export function loadConfig(configDir: string): Office | InputError {
  try {
    return loadOffice(configDir);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e;
  }
}

/** The configuration loads and validates (`loaded`: loadConfig's result, when the caller has it). */
export function checkConfig(configDir: string, loaded: Office | InputError = loadConfig(configDir)): DoctorCheck {
  const label = "設定檔";
  if (loaded instanceof InputError) {
    return {
      status: "fail",
      label,
      detail: loaded.message,
      fix: `依上面的訊息修正 ${configDir} 中的檔案後，再執行 sqd doctor；沒有設定檔時以 sqd init 建立。`,
    };
  }
  const { profile, sop, calendar, planItems } = loaded;
  const [first, last] = calendar.range;
  const years = [...new Set(planItems.map((p) => p.year))].join("、");
  return {
    status: "ok",
    label,
    detail: `${configDir}：${profile.office.name}（${profile.office.code}），處理時限 ${sop.length} 項，辦公日曆 ${first} 至 ${last}，工作計畫 ${years} 年 ${planItems.length} 項`,
    fix: null,
  };
}
