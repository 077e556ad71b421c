import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { decodeText } from "../../data-loaders/readers/textEncoding.ts";
import { loadOffice, loadProfile } from "../../data-loaders/profile/loadOffice.ts";
import { defaultsRoot, projectRoot, siteInputs } from "../../pipelines/site/siteInputs.ts";
import { sqdInFolder } from "../support/sqdInFolder.ts";
import { secondOffice, setUpSecondOffice, type SecondOfficeFolder } from "../support/setUpSecondOffice.ts";

const shipped = loadOffice();
const sources = (Object.values(shipped.contracts) as Contract[]).filter((c) => c.kind === "source").map((c) => c.name);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const folders: string[] = [];
/** A folder not yet there, in a fresh temporary one. */
const newFolder = () => {
  const parent = mkdtempSync(join(tmpdir(), "sqd-init-"));
  folders.push(parent);
  return join(parent, "office");
};

/** `sqd init <name>` run in the folder's parent, the folder named relative to it. */
const initAt = (dir: string, ...args: string[]) => sqdInFolder(dirname(dir), "init", basename(dir), ...args);
const init = (dir: string, ...extra: string[]) =>
  initAt(dir, "--office-code", secondOffice.code, "--office-name", secondOffice.name, ...extra);
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe("sqd init", () => {
  let dir: string;
  let run: Awaited<ReturnType<typeof init>>;
  beforeAll(async () => {
    dir = newFolder();
    run = await init(dir, "--city", secondOffice.city);
  });

  it("copies every shipped configuration file, adds config/README.md, and makes an inbox folder per source contract and a .gitignore", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(filesUnder(join(dir, "config"))).toEqual([...filesUnder("config"), "README.md"].sort());
    expect(readdirSync(join(dir, "data", "inbox")).sort()).toEqual([...sources].sort());
    const ignored = readFileSync(join(dir, ".gitignore"), "utf8").split("\n");
    expect(ignored).toEqual(expect.arrayContaining(["data/*.duckdb", "data/inbox/", "dist/", "dist-public/"]));
  });

  it("keeps the sop, the official calendars and the plan byte for byte; overrides.csv too, the city being the same", () => {
    for (const file of ["sop.csv", "calendar/2025.csv", "calendar/overrides.csv", "plan-items/2025.csv"]) {
      expect(readFileSync(join(dir, "config", file)).equals(readFileSync(join("config", file))), file).toBe(true);
    }
  });

  it("writes office.json with the new office, a comment above every field, and no contact but a commented-out one", () => {
    const text = readFileSync(join(dir, "config", "office.json"), "utf8");
    const profile = loadProfile(join(dir, "config", "office.json"));
    expect(profile.office).toEqual(secondOffice);
    expect(profile.contact).toBeUndefined();
    // The district the name names, with the office's code.
    expect(profile.service_area).toEqual([{ name: "高雄市林園區", code: secondOffice.code }]);
    expect({
      ...profile,
      office: shipped.profile.office,
      contact: shipped.profile.contact,
      service_area: shipped.profile.service_area,
    }).toEqual(shipped.profile);
    const lines = text.split("\n");
    const fields = lines.flatMap((l, i) => (/^\s*"\w+":/.test(l) ? [i] : []));
    expect(fields.length).toBeGreaterThan(40);
    for (const i of fields) expect(lines[i - 1], lines[i]).toMatch(/^\s*\/\/ /);
    expect(text).toContain("// 機關代碼（8 位數字）");
    expect(text).toContain("// 及格分數：總分達此分為及格。允許範圍：0–100");
    expect(text).toMatch(/\n {2}\/\/ "contact": \{ "unit": "戶籍行政課", "phone": "（請填本所總機）" \},\n/);
  });

  it("prints in zh-TW what the office must replace and the commands to run next", () => {
    expect(run.stdout).toContain("已建立 林園戶政事務所（機關代碼 64000150）的工作資料夾");
    expect(run.stdout).toContain("contact（開放資料的聯絡單位與機關總機）尚未填寫");
    expect(run.stdout).toContain("config/sop.csv 是系統預設的處理時限");
    expect(run.stdout).toContain(
      "config/plan-items/2025.csv 是示範機關的年度提升服務工作計畫，只供格式參考：請換成本所自己的工作計畫",
    );
    for (const step of ["data/inbox/cases/", "sqd ingest data/inbox", "sqd build", "sqd doctor"])
      expect(run.stdout).toContain(step);
  });

  it("makes a folder where the site's defaults (site, report, start, export-open-data) are its own files", () => {
    expect(defaultsRoot(dir)).toBe(dir);
    expect(siteInputs({}).configDir).toBe(join(projectRoot, "config")); // this test runs in the project
    expect(defaultsRoot(tmpdir())).toBe(projectRoot);
  });

  it("refuses a folder that already has config/office.json, and overwrites nothing", async () => {
    const before = readFileSync(join(dir, "config", "office.json"));
    const again = await init(dir, "--city", secondOffice.city);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("已經有 config/office.json，不會覆寫既有的設定");
    expect(readFileSync(join(dir, "config", "office.json")).equals(before)).toBe(true);
  });

  it("refuses to overwrite a configuration file even without office.json", async () => {
    const other = newFolder();
    await initAt(other, "--office-code", "64000160", "--office-name", "高雄市小港戶政事務所");
    rmSync(join(other, "config", "office.json"));
    const again = await initAt(other, "--office-code", "64000160", "--office-name", "高雄市小港戶政事務所");
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("已有同名檔案，不會覆寫：config/calendar/2023.csv、");
    expect(again.stderr).toContain(`等 ${filesUnder("config").length} 個。請指定空的資料夾。`);
  });

  it("takes the city from a full name, and empties overrides.csv for another city", async () => {
    const taipei = newFolder();
    const made = await initAt(taipei, "--office-code", "63000010", "--office-name", "臺北市松山區戶政事務所");
    expect(made.status).toBe(0);
    expect(loadProfile(join(taipei, "config", "office.json")).office.city).toBe("臺北市");
    expect(readFileSync(join(taipei, "config", "calendar", "overrides.csv"), "utf8")).toBe(
      "西元日期,星期,是否放假,備註\n",
    );
    expect(made.stdout).toContain("config/calendar/overrides.csv 原有的停止上班日屬於示範機關所在縣市，已清空");
  });

  it("names the option of a bad code or name, and asks for the city it cannot tell", async () => {
    const never = newFolder();
    const bad = await initAt(never, "--office-code", "6400", "--office-name", "林園戶政事務所");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--office-code：機關代碼必須是 8 位數字（收到「6400」）");
    expect(bad.stderr).toContain("無法從「林園戶政事務所」判斷所在縣市：請以 --city 指定");
    const none = await initAt(never);
    expect(none.stderr).toContain("請以 --office-code 與 --office-name 指定機關代碼與名稱");
    expect(existsSync(never)).toBe(false);
  });

  it("makes a folder outside the one it runs in, as the operator names it", async () => {
    const outside = newFolder();
    const run = await sqdInFolder(
      dirname(newFolder()),
      "init",
      outside,
      "--office-code",
      secondOffice.code,
      "--office-name",
      secondOffice.name,
      "--city",
      secondOffice.city,
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(loadProfile(join(outside, "config", "office.json")).office.code).toBe(secondOffice.code);
  });
});

describe("a second office from sqd init to the marts, every command run inside its folder", () => {
  let office: SecondOfficeFolder;
  let rows: (sql: string) => Promise<Record<string, unknown>[]>;
  let close: () => void;
  beforeAll(async () => {
    office = setUpSecondOffice();
    folders.push(office.root);
    const instance = await DuckDBInstance.create(office.db, { access_mode: "READ_ONLY" });
    const connection = await instance.connect();
    rows = async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
    close = () => {
      connection.closeSync();
      instance.closeSync();
    };
  });
  afterAll(() => close?.());

  it("builds office_targets and kpi_monthly for 64000150 林園戶政事務所 only", async () => {
    expect(await rows("SELECT office_code, office_name FROM office_targets")).toEqual([
      { office_code: secondOffice.code, office_name: secondOffice.name },
    ]);
    expect(await rows("SELECT DISTINCT office_code FROM kpi_monthly")).toEqual([{ office_code: secondOffice.code }]);
    expect(await rows("SELECT DISTINCT month FROM kpi_monthly ORDER BY month")).toEqual([
      { month: "2025-01" },
      { month: "2025-02" },
      { month: "2025-03" },
    ]);
  });

  it("has 大寮 in no file of its config/ (the calendars read as Big5)", () => {
    for (const file of filesUnder(office.configDir)) {
      const text = decodeText(readFileSync(join(office.configDir, file)))!.text;
      expect(text, file).not.toContain("大寮");
    }
  });

  it("has 大寮 in no table or view of its warehouse", async () => {
    const tables = await rows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'");
    expect(tables.length).toBeGreaterThan(30);
    for (const { table_name } of tables) {
      const [hit] = await rows(
        `SELECT count(*)::INTEGER AS n FROM "${String(table_name)}" t WHERE CAST(t AS VARCHAR) LIKE '%大寮%'`,
      );
      expect(hit!.n, String(table_name)).toBe(0);
    }
  });
});
