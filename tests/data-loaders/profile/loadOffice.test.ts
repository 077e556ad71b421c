import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadOffice } from "../../../data-loaders/profile/loadOffice.ts";

/** A copy of the shipped configuration with one edit applied, in a fresh temp folder. */
function configWith(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "sqd-config-"));
  cpSync("config", dir, { recursive: true });
  edit(dir);
  return dir;
}

function editProfile(dir: string, change: (p: any) => void) {
  const file = join(dir, "office.json");
  const profile = JSON.parse(readFileSync(file, "utf8"));
  change(profile);
  writeFileSync(file, JSON.stringify(profile));
}

const failure = (dir: string) => {
  try {
    loadOffice(dir);
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected loadOffice to fail");
};

describe("loadOffice", () => {
  it("loads the shipped sample office", () => {
    const office = loadOffice();
    expect(office.profile.office).toEqual({ code: "64000140", name: "高雄市大寮戶政事務所", city: "高雄市" });
    expect(office.sop.find((s) => s.case_type === "門牌編釘")).toMatchObject({
      deadline: 7,
      deadline_unit: "工作天",
      placeholder: true,
    });
  });

  it("names the file, the field and the allowed range of a target out of range", () => {
    const dir = configWith((d) => editProfile(d, (p) => (p.targets.satisfied_pct = 150)));
    const error = failure(dir);
    expect(error.name).toBe("InputError");
    expect(error.message).toContain("office.json");
    expect(error.message).toContain("targets.satisfied_pct");
    expect(error.message).toContain("允許範圍：0–100");
  });

  it("names a bad office code with its rule", () => {
    const error = failure(configWith((d) => editProfile(d, (p) => (p.office.code = "6400"))));
    expect(error.message).toMatch(/office\.code：.*8 位數字/);
  });

  it("rejects a data owner that is not one of the units", () => {
    const error = failure(configWith((d) => editProfile(d, (p) => (p.data_owners.cases = "秘書室"))));
    expect(error.message).toContain("data_owners.cases");
    expect(error.message).toContain("秘書室");
  });

  it("says which file is not valid JSON", () => {
    const error = failure(configWith((d) => writeFileSync(join(d, "office.json"), '{ "office": ')));
    expect(error.message).toMatch(/office\.json：不是有效的 JSON/);
  });

  it("names the row and column of a bad SOP deadline", () => {
    const dir = configWith((d) => {
      const file = join(d, "sop.csv");
      writeFileSync(
        file,
        readFileSync(file, "utf8").replace("出生登記,戶籍登記課,30,分鐘", "出生登記,戶籍登記課,三十,分鐘"),
      );
    });
    expect(failure(dir).message).toMatch(/sop\.csv 第 2 列「處理時限」欄：「三十」不是數字/);
  });

  it("rejects an unknown deadline unit with the allowed values", () => {
    const dir = configWith((d) => {
      const file = join(d, "sop.csv");
      writeFileSync(
        file,
        readFileSync(file, "utf8").replace("門牌編釘,戶籍行政課,7,工作天", "門牌編釘,戶籍行政課,7,天"),
      );
    });
    expect(failure(dir).message).toMatch(/sop\.csv 第 19 列「時限單位」欄：「天」不是允許的值（分鐘、工作天）/);
  });

  it("rejects a SOP unit that is neither one of the units nor 全所各課, with the row and what is allowed", () => {
    const dir = configWith((d) => {
      const file = join(d, "sop.csv");
      writeFileSync(file, readFileSync(file, "utf8").replace("出生登記,戶籍登記課,30,分鐘", "出生登記,秘書室,30,分鐘"));
    });
    expect(failure(dir).message).toMatch(
      /sop\.csv 第 2 列「業務單位」欄：「秘書室」不在 office\.json 的 units 名單中（可用：戶籍行政課、戶籍登記課、全所各課）/,
    );
  });

  it("rejects a negative SOP deadline with its allowed range", () => {
    const dir = configWith((d) => {
      const file = join(d, "sop.csv");
      writeFileSync(
        file,
        readFileSync(file, "utf8").replace("門牌編釘,戶籍行政課,7,工作天", "門牌編釘,戶籍行政課,-3,工作天"),
      );
    });
    expect(failure(dir).message).toMatch(/sop\.csv 第 19 列「處理時限」欄：.*（允許範圍：1–10000）/);
  });

  it("rejects a negative complaint deadline, naming the channel's field and the range", () => {
    const error = failure(configWith((d) => editProfile(d, (p) => (p.complaint_channels[1].deadline_days = -1))));
    expect(error.message).toMatch(/office\.json：欄位 complaint_channels\.1\.deadline_days：.*（允許範圍：1–60）/);
  });

  it("rejects a courtesy rubric whose full marks do not sum to 100", () => {
    const error = failure(configWith((d) => editProfile(d, (p) => (p.courtesy.rubric[0].max = 10))));
    expect(error.message).toContain("office.json：欄位 courtesy.rubric：各項滿分合計為 95，應為 100");
  });

  it("rejects a contact unit that is not one of the units", () => {
    const error = failure(configWith((d) => editProfile(d, (p) => (p.contact.unit = "秘書室"))));
    expect(error.message).toMatch(/欄位 contact\.unit：「秘書室」不在 units 名單中/);
  });

  it("reads office.json with // and /* */ comments, leaving // inside strings alone", () => {
    const dir = configWith((d) => {
      const file = join(d, "office.json");
      const text = readFileSync(file, "utf8")
        .replace("{\n", "// 本所設定檔\n{ /* 區塊說明 */\n")
        .replace(
          '"contact": { "unit": "戶籍行政課", "phone": "(07)788-1234" },',
          '// 開放資料聯絡單位\n  "contact": { "unit": "戶籍行政課", "phone": "(07)788-1234" }, // 總機\n',
        )
        .replace(
          '"description": "響鈴 3 聲或 10 秒內接聽"',
          '"description": "響鈴 3 聲或 10 秒內接聽，見 https://example.gov.tw/a//b"',
        );
      expect(text).toContain("}, // 總機");
      writeFileSync(file, text);
    });
    const office = loadOffice(dir);
    expect(office.profile.contact).toEqual({ unit: "戶籍行政課", phone: "(07)788-1234" });
    expect(office.profile.courtesy.rubric[0]!.description).toBe(
      "響鈴 3 聲或 10 秒內接聽，見 https://example.gov.tw/a//b",
    );
  });

  it("says on which line office.json stops being JSON", () => {
    const error = failure(
      configWith((d) =>
        writeFileSync(join(d, "office.json"), '// 說明\n{\n  "office": { "code": "64000140" }\n  "units": []\n}\n'),
      ),
    );
    expect(error.message).toMatch(/office\.json：不是有效的 JSON（第 4 行：/);
  });
});
