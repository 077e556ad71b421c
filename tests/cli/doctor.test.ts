import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../pipelines/build/buildModels.ts";
import { checkConfig, checkPlaceholders } from "../../cli/doctor/configChecks.ts";
import { checkInbox } from "../../cli/doctor/checkInbox.ts";
import { checkChromium, checkCjkFonts, checkDiskSpace, checkNode } from "../../cli/doctor/machineChecks.ts";
import { checkWarehouse, loadedFiles } from "../../cli/doctor/warehouseChecks.ts";
import { inboxSources } from "../../cli/init/workingFolderContents.ts";
import { initWorkingFolder } from "../../cli/init/initWorkingFolder.ts";
import { contracts } from "../../data-loaders/contracts/contracts.ts";
import { loadOffice } from "../../data-loaders/profile/loadOffice.ts";
import { chromiumInstallHint } from "../../pipelines/report/chromium.ts";
import { migrations, schemaVersion } from "../../data-loaders/warehouse/migrations.ts";
import { openWarehouse } from "../../data-loaders/warehouse/openWarehouse.ts";
import { sqdInProcess } from "../support/sqdInProcess.ts";
import { secondOffice } from "../support/setUpSecondOffice.ts";

// A working folder made by initWorkingFolder (what sqd init runs), with a warehouse opened (migrated)
// and its marts built, empty, as of a fixed day.
let root: string;
let configDir: string;
let inbox: string;
let db: string;
let sources: string[];
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "sqd-doctor-"));
  ({ configDir, inbox } = initWorkingFolder(root, secondOffice));
  db = join(root, "data", "warehouse.duckdb");
  const office = loadOffice(configDir);
  sources = inboxSources(office.profile).map((s) => s.name);
  const warehouse = await openWarehouse(office, { path: db });
  await buildModels(warehouse.connection, office, { asOf: "2025-04-10" });
  warehouse.close();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const doctor = () => sqdInProcess("doctor", "--db", db, "--config", configDir, "--inbox", inbox);

/** A warehouse made by every migration but the last, as an older sqd left it. */
async function olderWarehouse(path: string): Promise<void> {
  const instance = await DuckDBInstance.create(path);
  const c = await instance.connect();
  await c.run(
    "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMPTZ DEFAULT now())",
  );
  for (const m of migrations().slice(0, -1)) {
    await c.run(m.sql);
    await c.run(`INSERT INTO schema_migrations (version, name) VALUES (${m.version}, '${m.name}')`);
  }
  c.closeSync();
  instance.closeSync();
}

describe("sqd doctor in a healthy working folder", () => {
  it("passes the configuration, inbox and warehouse checks", async () => {
    expect(checkConfig(configDir)).toMatchObject({
      status: "ok",
      fix: null,
      detail: expect.stringContaining("林園戶政事務所（64000150），處理時限 18 項"),
    });
    expect(await checkInbox(inbox, sources, await loadedFiles(db))).toEqual({
      status: "ok",
      label: "收件匣",
      detail: `${inbox}：9/9 個來源資料夾，0 個檔案，都已匯入`,
      fix: null,
    });
    expect(await checkWarehouse(db)).toMatchObject({
      status: "ok",
      fix: null,
      detail: expect.stringMatching(
        new RegExp(`（[\\d.]+ MB），結構版本 ${schemaVersion()}，統計表資料基準日 2025-04-10$`),
      ),
    });
  });

  it("prints a line per check with ✓, ! or ✗ and exits 0", async () => {
    const run = await doctor();
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const checks = run.stdout.split("\n").filter((l) => /^[✓!✗] /.test(l));
    expect(checks.map((l) => l.split("：")[0])).toEqual([
      "✓ Node.js",
      "✓ 設定檔",
      "! 待填項目",
      "✓ 收件匣",
      "✓ 資料倉儲",
      expect.stringMatching(/^[✓!] Chromium（PDF 月報）$/),
      expect.stringMatching(/^[✓!] 中文字型（PDF 月報）$/),
      expect.stringMatching(/^[✓!] 磁碟空間$/),
    ]);
    expect(run.stdout).toMatch(/結果：0 項錯誤、\d 項提醒。/);
  });

  it("says what sqd init left for the office to replace: the SOP, the contact and the sample office's plan", () => {
    const check = checkPlaceholders(loadOffice(configDir));
    expect(check.status).toBe("warn");
    expect(check.detail).toBe(
      "sop.csv 仍是系統預設的處理時限；office.json 沒有 contact（開放資料的聯絡單位與總機），不匯出開放資料；plan-items/2025.csv 仍是示範機關的工作計畫",
    );
    expect(check.fix).toContain("把 plan-items/ 換成本所的年度提升服務工作計畫");
    expect(checkPlaceholders(loadOffice()).detail).toBe("sop.csv 仍是系統預設的處理時限");
  });

  it("warns of a service area neither office.json nor the office's name gives", () => {
    const office = loadOffice();
    const profile = {
      ...office.profile,
      service_area: undefined,
      office: { ...office.profile.office, name: "苗栗縣大湖戶政事務所", city: "苗栗縣" },
    };
    const check = checkPlaceholders({ ...office, profile, contracts: contracts(profile) });
    expect(check.detail).toContain("office.json 沒有 service_area，機關全銜也看不出服務的行政區");
    expect(check.fix).toContain("在 office.json 填寫 service_area");
  });
});

describe("sqd doctor's failures, each with the fix", () => {
  it("a missing warehouse", async () => {
    expect(await checkWarehouse(join(root, "data", "none.duckdb"))).toMatchObject({
      status: "fail",
      detail: expect.stringContaining("找不到"),
      fix: expect.stringContaining("執行 sqd ingest data/inbox"),
    });
  });

  it("a warehouse an older sqd made, which opening for writing brings up to date", async () => {
    const path = join(root, "older.duckdb");
    await olderWarehouse(path);
    const older = await checkWarehouse(path);
    expect(older).toMatchObject({
      status: "fail",
      detail: expect.stringContaining(`的結構版本為 ${schemaVersion() - 1}，本程式為 ${schemaVersion()}`),
    });
    expect(older.fix).toContain("執行 sqd build");
    (await openWarehouse(loadOffice(configDir), { path })).close();
    expect(await checkWarehouse(path)).toMatchObject({
      status: "warn",
      detail: expect.stringContaining("尚未建置統計表"),
      fix: "執行 sqd build。",
    });
  });

  it("a warehouse newer than the program", async () => {
    const path = join(root, "newer.duckdb");
    const warehouse = await openWarehouse(loadOffice(configDir), { path });
    await warehouse.connection.run("INSERT INTO schema_migrations (version, name) VALUES (999, '999_future.sql')");
    warehouse.close();
    expect(await checkWarehouse(path)).toMatchObject({
      status: "fail",
      detail: expect.stringContaining("結構版本 999 比本程式的"),
      fix: expect.stringContaining("請更新本程式"),
    });
  });

  it("a broken office.json: ✗ naming the file, and sqd doctor exits 1 with the other checks still made", async () => {
    const broken = mkdtempSync(join(tmpdir(), "sqd-doctor-config-"));
    cpSync(configDir, broken, { recursive: true });
    writeFileSync(join(broken, "office.json"), '{ "office": ');
    const check = checkConfig(broken);
    expect(check).toMatchObject({ status: "fail", detail: expect.stringContaining("office.json：不是有效的 JSON") });
    expect(check.fix).toContain(`依上面的訊息修正 ${broken} 中的檔案`);
    const run = await sqdInProcess("doctor", "--db", db, "--config", broken, "--inbox", inbox);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("✗ 設定檔：");
    expect(run.stdout).toContain("✓ 資料倉儲：");
    expect(run.stdout).toMatch(/結果：1 項錯誤/);
    rmSync(broken, { recursive: true, force: true });
  });

  it("a missing inbox", async () => {
    const check = await checkInbox(join(root, "no-inbox"), sources, null);
    expect(check).toMatchObject({ status: "fail", detail: `找不到資料夾 ${join(root, "no-inbox")}` });
    expect(check.fix).toContain("執行 sqd init 建立收件匣，或以 --inbox 指定收件匣");
  });

  it("an inbox without a source's folder, and a file not yet loaded", async () => {
    const other = mkdtempSync(join(tmpdir(), "sqd-doctor-inbox-"));
    for (const s of sources.filter((s) => s !== "actions")) cpSync(join(inbox, s), join(other, s), { recursive: true });
    const missing = await checkInbox(other, sources, new Set());
    expect(missing).toMatchObject({
      status: "warn",
      detail: expect.stringContaining("8/9 個來源資料夾，0 個檔案，都已匯入；缺少 actions/"),
    });
    cpSync(join(inbox, "actions"), join(other, "actions"), { recursive: true });
    writeFileSync(join(other, "cases", "cases-2025-03.csv"), "案件編號\n1\n");
    expect(await checkInbox(other, sources, new Set())).toMatchObject({
      status: "warn",
      detail: expect.stringContaining("1 個檔案，其中 1 個尚未匯入（cases 1）"),
      fix: `執行 sqd ingest ${other} 匯入，再執行 sqd build。`,
    });
    rmSync(other, { recursive: true, force: true });
  });

  it("an inbox holding a shortcut to a folder, whose files ingest would not see", async () => {
    const other = mkdtempSync(join(tmpdir(), "sqd-doctor-inbox-"));
    const elsewhere = mkdtempSync(join(tmpdir(), "sqd-doctor-elsewhere-"));
    for (const s of sources) mkdirSync(join(other, s));
    symlinkSync(elsewhere, join(other, "cases", "三月"));
    expect(await checkInbox(other, sources, new Set())).toEqual({
      status: "warn",
      label: "收件匣",
      detail: `${other}：9/9 個來源資料夾，0 個檔案，都已匯入；${join(other, "cases", "三月")} 是指向資料夾的捷徑，不會匯入`,
      fix: `把捷徑所指資料夾中的檔案放進收件匣，或直接執行 sqd ingest ${elsewhere}。`,
    });
    rmSync(other, { recursive: true, force: true });
    rmSync(elsewhere, { recursive: true, force: true });
  });
});

describe("sqd doctor's machine checks", () => {
  it("Chromium: ✓ with its path, or ! with how to install it", () => {
    const check = checkChromium();
    if (check.status === "ok") expect(check.detail).toMatch(/^\//);
    else expect(check).toMatchObject({ status: "warn", fix: `${chromiumInstallHint}。` });
    expect(checkChromium({ CHROMIUM_PATH: join(root, "no-chromium") })).toMatchObject({
      status: "warn",
      detail: expect.stringContaining(`找不到 CHROMIUM_PATH=${join(root, "no-chromium")}`),
    });
  });

  it("Node.js 20 or later", () => {
    expect(checkNode("20.1.0").status).toBe("ok");
    expect(checkNode("18.19.0")).toMatchObject({
      status: "fail",
      detail: "v18.19.0，需要 20 以上",
      fix: expect.stringContaining("Node.js 20 LTS"),
    });
  });

  it("fonts for Traditional Chinese, found by fc-list", () => {
    expect(checkCjkFonts(() => ["Noto Sans CJK JP", "Noto Sans CJK TC"])).toMatchObject({
      status: "ok",
      detail: "2 種，例如 Noto Sans CJK TC、Noto Sans CJK JP",
    });
    expect(checkCjkFonts(() => [])).toMatchObject({
      status: "warn",
      fix: expect.stringContaining("sudo apt-get install fonts-noto-cjk"),
    });
    expect(checkCjkFonts(() => null)).toMatchObject({ status: "warn", detail: "沒有 fc-list，無法檢查" });
  });

  it("free disk space where the warehouse is to be, from the nearest folder that exists", () => {
    const gb = 1024 ** 3;
    const path = join(root, "not", "yet", "warehouse.duckdb");
    expect(checkDiskSpace(path, () => 10 * gb)).toEqual({
      status: "ok",
      label: "磁碟空間",
      detail: `${root} 尚有 10.0 GB`,
      fix: null,
    });
    expect(checkDiskSpace(path, () => 0.5 * gb).status).toBe("warn");
    expect(checkDiskSpace(path, () => 0.1 * gb)).toMatchObject({
      status: "fail",
      fix: expect.stringContaining("請清出空間"),
    });
  });
});
