import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../../lib/InputError.ts";
import { shippedConfigDir } from "../init/initWorkingFolder.ts";
import { loadOffice, loadProfile, type Office } from "../../data-loaders/profile/loadOffice.ts";
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

/** Yearly plan files still byte for byte the sample office's (sqd init copies them as a template). */
function templatePlans(office: Office, shippedDir: string): string[] {
  if (loadProfile(join(shippedDir, "office.json")).office.code === office.profile.office.code) return [];
  const dir = join(office.configDir, "plan-items");
  return readdirSync(dir)
    .filter((f) => /^\d{4}\.csv$/.test(f) && existsSync(join(shippedDir, "plan-items", f)))
    .filter((f) => readFileSync(join(dir, f)).equals(readFileSync(join(shippedDir, "plan-items", f))));
}

/**
 * What a valid configuration may still hold in place of the office's own: pages work with these,
 * but deadlines, the plan and the open-data contact would be someone else's.
 */
export function checkPlaceholders(office: Office, shippedDir = shippedConfigDir): DoctorCheck {
  const found: string[] = [];
  const fixes: string[] = [];
  if (office.profile.sop_placeholder) {
    found.push("sop.csv 仍是系統預設的處理時限");
    fixes.push("把 sop.csv 換成本所核定的處理時限，再把 office.json 的 sop_placeholder 改為 false");
  }
  if (!office.profile.contact) {
    found.push("office.json 沒有 contact（開放資料的聯絡單位與總機），不匯出開放資料");
    fixes.push("在 office.json 填寫 contact 的 unit 與 phone");
  }
  if (!office.contracts.population.area?.members.length) {
    found.push("office.json 沒有 service_area，機關全銜也看不出服務的行政區：全市、全國的人口統計檔無法只取本所的列");
    fixes.push('在 office.json 填寫 service_area，例如 [{ "name": "苗栗縣大湖鄉", "code": "10005010" }]');
  }
  const plans = templatePlans(office, shippedDir);
  if (plans.length) {
    found.push(`plan-items/${plans.join("、")} 仍是示範機關的工作計畫`);
    fixes.push("把 plan-items/ 換成本所的年度提升服務工作計畫");
  }
  const label = "待填項目";
  if (found.length === 0)
    return { status: "ok", label, detail: "處理時限、開放資料聯絡單位與工作計畫都是本所的", fix: null };
  return { status: "warn", label, detail: found.join("；"), fix: `${fixes.join("；")}。` };
}
