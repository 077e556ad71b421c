import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseJsonc } from "../../data-loaders/profile/parseJsonc.ts";
import { sqdIn } from "../support/setUpSecondOffice.ts";
import { sqdInFolder } from "../support/sqdInFolder.ts";

// The whole country's 104年5月 births, deaths, marriages and divorces (tests/fixtures/real-exports),
// loaded by offices `sqd init` made for other districts; sums by awk over the file's rows.
const vital = fileURLToPath(new URL("../fixtures/real-exports/moi_village_vital_10405.csv", import.meta.url));

const initialised = (...options: string[]) => {
  const root = mkdtempSync(join(tmpdir(), "sqd-area-"));
  sqdIn(root, "init", ...options);
  return root;
};

describe("an office's service area", () => {
  it("is named by sqd init from the office's name, with its code, and loads that district's rows of a national file", () => {
    const root = initialised("--office-code", "65000010", "--office-name", "新北市板橋戶政事務所");
    const profile = parseJsonc(readFileSync(join(root, "config", "office.json"), "utf8")) as Record<string, unknown>;
    expect(profile.service_area).toEqual([{ name: "新北市板橋區", code: "65000010" }]);
    const run = sqdIn(root, "ingest", vital, "--source", "population", "--json");
    const [file] = (JSON.parse(run.stdout) as { files: Record<string, unknown>[] }).files;
    expect(file).toMatchObject({ status: "loaded", rows_read: 126, rows_loaded: 126, rows_out_of_area: 7851 - 126 });
  });

  it("takes --district where the name does not tell it", () => {
    const root = initialised(
      "--office-code",
      "10005010",
      "--office-name",
      "苗栗縣大湖戶政事務所",
      "--district",
      "苗栗縣大湖鄉",
    );
    const profile = parseJsonc(readFileSync(join(root, "config", "office.json"), "utf8")) as Record<string, unknown>;
    expect(profile.service_area).toEqual([{ name: "苗栗縣大湖鄉", code: "10005010" }]);
  });

  it("leaves the service area to office.json when a county office's name does not tell it, and sqd doctor asks for it", async () => {
    const root = initialised("--office-code", "10005010", "--office-name", "苗栗縣大湖戶政事務所");
    const profile = parseJsonc(readFileSync(join(root, "config", "office.json"), "utf8")) as Record<string, unknown>;
    expect(profile.service_area).toBeUndefined();
    const doctor = await sqdInFolder(root, "doctor");
    expect(doctor.stdout).toContain("office.json 沒有 service_area");
  });
});
