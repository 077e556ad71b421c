import { describe, expect, it } from "vitest";
import { loadOffice } from "../../../data-loaders/profile/loadOffice.ts";

const office = loadOffice();

// Transcribed by hand from the input contracts (shared/specs/input-formats.md, v1): every header
// the spec names, per source, with the required ones marked by a trailing "*".
const spec: Record<string, string[]> = {
  surveys: [
    "問卷編號",
    "填答日期*",
    "申辦項目",
    "櫃檯",
    "服務態度",
    "專業能力",
    "辦理效率",
    "等候時間",
    "環境設施",
    "資訊清楚",
    "整體滿意度*",
    "性別",
    "年齡層",
    "身分別",
    "填答方式",
    "意見",
  ],
  courtesy: [
    "測試編號",
    "測試日期*",
    "測試時間",
    "受測單位*",
    "分機",
    "受測人員",
    "響鈴聲數",
    "接聽速度*",
    "問候語*",
    "自報單位姓名*",
    "服務態度*",
    "答詢內容*",
    "轉接處理*",
    "結束禮貌*",
    "總分",
    "備註",
  ],
  complaints: [
    "案號*",
    "來源管道*",
    "收件時間*",
    "類別",
    "案由摘要",
    "承辦單位",
    "回覆時間",
    "處理期限",
    "展延日數",
    "結案狀態",
    "逾期原因",
    "陳情人",
    "聯絡電話",
    "回覆滿意度",
  ],
  cases: [
    "案件編號*",
    "申辦項目*",
    "受理方式",
    "取號時間",
    "叫號時間",
    "受理時間*",
    "完成時間",
    "櫃檯",
    "承辦人員",
    "件數",
    "認證方式",
    "免附書證",
  ],
  // 男, 女 and 人口數 come together (+): required once a file has one of them, as a births-and-deaths
  // file has none (issue "Real exports load as published", item 6).
  population: [
    "年月*",
    "區域別",
    "里別*",
    "鄰數",
    "戶數",
    "男+",
    "女+",
    "人口數+",
    "出生",
    "死亡",
    "結婚",
    "離婚",
    "遷入",
    "遷出",
  ],
  evidence: ["工作重點編號*", "日期*", "說明*", "檔案或連結", "業務單位"],
  actions: [
    "建議編號",
    "類型*",
    "措施*",
    "負責單位",
    "開始日期*",
    "預定完成日期",
    "完成日期",
    "狀態",
    "指標",
    "會議日期",
  ],
  annotations: ["起日*", "迄日", "指標", "說明*"],
  service_counts: ["年月*", "指標*", "數值*", "資料來源", "備註"],
  sop: ["申辦項目*", "業務單位*", "處理時限*", "時限單位*"],
  calendar: ["西元日期*", "星期", "是否放假*", "備註"],
};

describe("contracts", () => {
  for (const [name, headers] of Object.entries(spec)) {
    it(`has every column of the ${name} spec with its required flag`, () => {
      const contract = office.contracts[name as keyof typeof office.contracts];
      const byHeader = new Map(contract.columns.map((c) => [c.header, c]));
      for (const entry of headers) {
        const header = entry.replace(/[*+]$/, "");
        const column = byHeader.get(header);
        expect(column, `${name}.${header}`).toBeDefined();
        expect(column!.required, `${name}.${header} required`).toBe(entry.endsWith("*"));
        const together = (contract.together ?? []).flat().includes(column!.alias);
        expect(together, `${name}.${header} required with its group`).toBe(entry.endsWith("+"));
      }
    });
  }

  it("gives every column an English alias, a kind and a description", () => {
    for (const contract of Object.values(office.contracts)) {
      for (const c of contract.columns) {
        expect(c.alias).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(c.kind).toBeTruthy();
        expect(c.description.length).toBeGreaterThan(1);
      }
    }
  });

  it("lets every source carry an optional 機關代碼 column, and no reference table", () => {
    for (const contract of Object.values(office.contracts)) {
      const has = contract.columns.some((c) => c.alias === "office_code" && !c.required);
      expect(has, contract.name).toBe(contract.kind === "source");
    }
  });

  it("names the keys of the spec", () => {
    const keys = Object.fromEntries(
      Object.values(office.contracts).map((c) => [
        c.name,
        c.keys.map((k) => c.columns.find((col) => col.alias === k)!.header),
      ]),
    );
    expect(keys).toEqual({
      surveys: ["問卷編號"],
      courtesy: ["測試編號"],
      complaints: ["案號"],
      cases: ["案件編號"],
      population: ["年月", "區域別", "里別"],
      evidence: ["工作重點編號", "日期", "說明"],
      actions: ["類型", "措施", "開始日期"],
      annotations: ["起日", "指標", "說明"],
      service_counts: ["年月", "指標"],
      sop: ["申辦項目"],
      calendar: ["西元日期"],
      plan_items: ["編號"],
    });
  });

  it("takes owner units from the profile, and cadence per source", () => {
    expect(office.contracts.cases.owner).toBe("戶籍登記課");
    expect(office.contracts.complaints.owner).toBe("戶籍行政課");
    expect(office.contracts.annotations.cadence).toBe("as_needed");
    expect(office.contracts.surveys.cadence).toBe("monthly");
  });

  it("names the column that dates each source's data, for freshness (the spec's main date of each source)", () => {
    const dataDates = Object.fromEntries(
      Object.values(office.contracts)
        .filter((c) => c.kind === "source")
        .map((c) => [c.name, c.dataDate]),
    );
    expect(dataDates).toEqual({
      surveys: "date",
      courtesy: "date",
      complaints: "received_at",
      cases: "received_at",
      population: "month",
      evidence: "date",
      actions: "start_date",
      annotations: "start_date",
      service_counts: "month",
    });
  });

  it("maps complaint channel synonyms from the profile to their channel", () => {
    const channel = office.contracts.complaints.columns.find((c) => c.alias === "channel")!;
    expect(channel.values).toContain("臉書");
    expect(channel.synonyms).toMatchObject({ FB: "臉書", Facebook: "臉書", Email: "電子郵件" });
  });

  it("validates parsed rows: a score of 6 and a missing required date fail, a good row passes", () => {
    const schema = office.contracts.surveys.schema;
    expect(schema.safeParse({ date: "2025-03-05", overall: 5 }).success).toBe(true);
    expect(schema.safeParse({ date: "2025-03-05", overall: 6 }).success).toBe(false);
    expect(schema.safeParse({ overall: 4 }).success).toBe(false);
  });

  it("builds the survey items and courtesy rubric from the profile", () => {
    const rubric = office.contracts.courtesy.columns.filter((c) =>
      office.profile.courtesy.rubric.some((r) => r.alias === c.alias),
    );
    expect(rubric.map((c) => [c.header, c.max])).toEqual([
      ["接聽速度", 15],
      ["問候語", 10],
      ["自報單位姓名", 15],
      ["服務態度", 20],
      ["答詢內容", 25],
      ["轉接處理", 5],
      ["結束禮貌", 10],
    ]);
  });
});
