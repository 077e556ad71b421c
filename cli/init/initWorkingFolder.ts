import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { contracts } from "../../data-loaders/contracts/contracts.ts";
import type { OfficeProfile } from "../../data-loaders/contracts/officeProfile.ts";
import { InputError } from "../../lib/InputError.ts";
import { loadOffice } from "../../data-loaders/profile/loadOffice.ts";
import { parseJsonc } from "../../data-loaders/profile/parseJsonc.ts";
import { projectRoot } from "../../pipelines/site/siteInputs.ts";
import { checkNewOffice, newOfficeProfile, type NewOffice } from "./newOfficeProfile.ts";
import { inboxSources, workingConfigFiles } from "./workingFolderContents.ts";
import { configReadme, officeJsonText, workingFolderGitignore } from "./workingFolderTexts.ts";

/** The shipped configuration `sqd init` copies: the sample office's, beside this program. */
export const shippedConfigDir = join(projectRoot, "config");

export interface InitResult {
  dir: string;
  office: NewOffice;
  configDir: string;
  inbox: string;
  sources: { name: string; title: string }[];
  /** What the office must still replace before the numbers mean anything. */
  todo: string[];
}

/** Refuses a file, or a folder that already is a working folder. */
function refuseWorkingFolder(dir: string): void {
  if (existsSync(dir) && !statSync(dir).isDirectory())
    throw new InputError(`${dir} 是檔案，不是資料夾：請指定要建立工作資料夾的位置。`);
  if (existsSync(join(dir, "config", "office.json"))) {
    throw new InputError(
      `${dir} 已經有 config/office.json，不會覆寫既有的設定。要重新建立，請指定另一個資料夾，或先把 config/ 移走。`,
    );
  }
}

/** Refuses to overwrite any file (a config/ without office.json, perhaps half copied by hand). */
function refuseExisting(dir: string, paths: readonly string[]): void {
  const taken = paths.filter((p) => existsSync(join(dir, p)));
  if (taken.length)
    throw new InputError(
      `${dir} 已有同名檔案，不會覆寫：${taken.slice(0, 5).join("、")}${taken.length > 5 ? ` 等 ${taken.length} 個` : ""}。請指定空的資料夾。`,
    );
}

/** Adds the working folder's ignore lines to its .gitignore, keeping whatever it already holds. */
function writeGitignore(file: string): void {
  const had = existsSync(file) ? readFileSync(file, "utf8") : "";
  const present = new Set(had.split(/\r?\n/).map((l) => l.trim()));
  const missing = workingFolderGitignore.filter((l) => !present.has(l));
  if (missing.length) appendFileSync(file, `${had && !had.endsWith("\n") ? "\n" : ""}${missing.join("\n")}\n`);
}

/**
 * Creates a working folder for an office: `config/` (the shipped configuration with the office
 * filled in and commented), `data/inbox/<source>/` for each source contract, and a .gitignore.
 * The written configuration is loaded back before returning, so it is known to pass.
 */
export function initWorkingFolder(
  target: string,
  given: Parameters<typeof checkNewOffice>[0],
  shippedDir = shippedConfigDir,
): InitResult {
  const dir = resolve(target);
  refuseWorkingFolder(dir);
  const office = checkNewOffice(given);
  const shippedProfile = loadOffice(shippedDir).profile; // the template itself must be valid
  const shipped = parseJsonc(readFileSync(join(shippedDir, "office.json"), "utf8")) as Record<string, unknown>;
  const { profile, contactExample } = newOfficeProfile(shipped, office);
  const all = contracts(shippedProfile);
  const copy = workingConfigFiles(
    shippedDir,
    officeJsonText(profile, contactExample, all),
    shippedProfile.office.city === office.city,
  );
  const readme = { path: "README.md", content: configReadme(all) };
  const files = [...copy.files.filter((f) => f.path !== readme.path), readme];
  refuseExisting(
    dir,
    files.map((f) => `config/${f.path}`),
  );

  const configDir = join(dir, "config");
  for (const f of files) {
    mkdirSync(dirname(join(configDir, f.path)), { recursive: true });
    writeFileSync(join(configDir, f.path), f.content);
  }
  const written = loadOffice(configDir).profile;
  const sources = inboxSources(written);
  const inbox = join(dir, "data", "inbox");
  for (const s of sources) mkdirSync(join(inbox, s.name), { recursive: true });
  writeGitignore(join(dir, ".gitignore"));
  return { dir, office, configDir, inbox, sources, todo: [...todoOf(written), ...copy.todo] };
}

/** What the new profile still holds as a placeholder. */
function todoOf(profile: OfficeProfile): string[] {
  return [
    ...(profile.contact
      ? []
      : [
          "config/office.json 的 contact（開放資料的聯絡單位與機關總機）尚未填寫：填好後刪除該行開頭的 //；未填前不匯出開放資料。",
        ]),
    ...(profile.sop_placeholder
      ? ["config/sop.csv 是系統預設的處理時限：換成本所核定的時限後，把 office.json 的 sop_placeholder 改為 false。"]
      : []),
  ];
}

/** What `sqd init` prints: what it made, what the office must still replace, and the commands to run next. */
export function initNextSteps(result: InitResult, sqd: string, cwd = process.cwd()): string[] {
  const fromHere = relative(cwd, result.dir);
  const here = fromHere.startsWith("..") ? result.dir : fromHere;
  const sources = result.sources.map((s) => `${s.name}/`).join("、");
  return [
    `已建立 ${result.office.name}（機關代碼 ${result.office.code}）的工作資料夾 ${result.dir}：`,
    "  config/       設定檔：office.json（每個欄位上方有說明）、sop.csv、calendar/、plan-items/；欄位說明見 config/README.md",
    `  data/inbox/   收件匣，每個資料來源一個資料夾：${sources}`,
    "  .gitignore    資料倉儲、收件匣（含個人資料）與網站不納入版本控制",
    "",
    "請先完成（沿用範本的值要換成本所的）：",
    ...result.todo.map((t, i) => `  ${i + 1}. ${t}`),
    `  ${result.todo.length + 1}. office.json 的業務單位、目標值、滿意度題項、電話禮貌評分表與陳情管道沿用範本，請依本所實際情形確認。`,
    "",
    "接下來：",
    ...(here ? [`  cd ${here}`] : []),
    "  把各系統的匯出檔放進 data/inbox/ 的同名資料夾（例如案件放 data/inbox/cases/）；",
    `  手工登記簿的空白 Excel 範本可用 ${sqd} templates --out 範本 產生。`,
    `  ${sqd} ingest data/inbox   匯入收件匣`,
    `  ${sqd} build               建置統計表與網站（dist/）`,
    `  ${sqd} doctor              檢查環境、設定、收件匣與資料倉儲`,
  ];
}
