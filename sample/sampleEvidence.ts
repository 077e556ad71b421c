import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { columnLayout, type SampleRow } from "./columnLayout.ts";
import { counterUnit } from "./counterUnit.ts";
import type { Random } from "./createRandom.ts";
import type { SampleFile } from "./SampleContext.ts";
import { attachmentFolder } from "../data-loaders/contracts/evidence.ts";
import { plantPlan } from "./plantPlan.ts";
import { blankRowBefore, plantRows, type Plant } from "./plantRows.ts";
import { rocDate } from "../lib/rocDate.ts";
import type { SampleContext } from "./SampleContext.ts";
import { samplePatterns } from "./samplePatterns.ts";
import { workingDaysOf } from "./calendarDate.ts";
import { writeXlsx } from "./writeXlsx.ts";
import { placeholderPdf } from "./placeholderPdf.ts";

// One register gets one row of each problem that applies; see docs/sample-data.md.
const wanted = { missing_required: 1, type_error: 1, duplicate_key: 1, blank_rows: 1 };

const plants: Record<keyof typeof wanted, Plant> = {
  missing_required: (row) => [{ ...row, description: "" }],
  type_error: (row) => [{ ...row, date: "上半年" }],
  // The same entry registered twice, the second time pointing at a corrected file.
  duplicate_key: (row, previous) => [
    {
      ...row,
      plan_item: previous.plan_item!,
      date: previous.date!,
      description: previous.description!,
      link: `${previous.link}（修正版）`,
    },
  ],
  blank_rows: blankRowBefore,
};

/** A 工作重點 of the office's plan with the evidence a month may leave for it. */
interface Recurring {
  planItem: string;
  /** Which months (1–12) produce an entry. */
  months: readonly number[];
  unit: (ctx: SampleContext) => string;
  entry: (month: string, ctx: SampleContext, random: Random) => { description: string; link: string };
}

const every = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const rocMonth = (month: string) => `${rocDate(month, "year")}年${Number(month.slice(5, 7))}月`;

/** Work the whole office does now and then, filed with an optional attachment named by its month. */
const occasional = (planItem: string, months: readonly number[], description: string, attachment = ""): Recurring => ({
  planItem,
  months,
  unit: () => "全所各課",
  entry: (month) => ({ description, link: attachment && `${rocMonth(month)}${attachment}` }),
});

// Plan item codes follow the office's 114年度提升服務工作計畫 (../shared/seed/).
const recurring: readonly Recurring[] = [
  {
    planItem: "五(一)2",
    months: every,
    unit: (ctx) => ctx.office.profile.data_owners.population,
    entry: (month) => ({
      description: `更新人口統計專區 ${rocMonth(month)}資料`,
      link: `${rocMonth(month)}人口統計.pdf`,
    }),
  },
  {
    planItem: "一(三)3",
    months: every,
    unit: (ctx) => ctx.office.profile.data_owners.courtesy,
    entry: (month, _ctx, random) => ({
      description: `辦理${rocMonth(month)}電話服務品質及禮貌測試，共 ${random.int(6, 10)} 通`,
      link: `${rocMonth(month)}電話禮貌測試紀錄.pdf`,
    }),
  },
  {
    planItem: "二(三)",
    months: [3, 6, 9, 12],
    unit: (ctx) => ctx.office.profile.data_owners.surveys,
    entry: (month) => ({
      description: `${rocDate(month, "year")}年第${Number(month.slice(5, 7)) / 3}季服務滿意度調查統計分析，提所務會議報告`,
      link: `${rocMonth(month)}滿意度分析.pdf`,
    }),
  },
  {
    planItem: "零",
    months: [1],
    unit: () => "全所各課",
    entry: (month) => ({
      description: `訂定${rocDate(month, "year")}年度提升服務工作計畫並公開於機關網站`,
      link: `${rocDate(month, "year")}年度提升服務工作計畫.pdf`,
    }),
  },
  {
    planItem: "四(三)",
    months: [2, 4, 6, 8, 10, 12],
    unit: (ctx) => counterUnit(ctx.office.profile),
    entry: (month, ctx, random) => {
      const village = random.pick(ctx.site.villages);
      return {
        description: `行動戶所至${village}活動中心駐點服務`,
        link: `${rocMonth(month)}行動戶所${village}成果照片.pdf`,
      };
    },
  },
  occasional("一(一)1", [3], "檢討修訂申辦案件標準作業流程", "申辦案件SOP修訂版.pdf"),
  occasional("一(一)3", [4, 10], "辦理戶籍法規及服務禮儀在職訓練"),
  {
    planItem: "一(二)1",
    months: [1, 4, 7, 10],
    unit: (ctx) => ctx.office.profile.units[0]!.name,
    entry: (month) => ({
      description: "檢核機關網站服務項目、法規及應備表件資訊",
      link: `${rocMonth(month)}網站資訊檢核表.pdf`,
    }),
  },
  {
    planItem: "一(三)1",
    months: [7],
    unit: () => "全所各課",
    entry: () => ({
      description: "洽公環境綠美化及無障礙設施檢視",
      link: "https://example.gov.tw/service/environment",
    }),
  },
  occasional("一(四)2", [9], "派員至鄰近戶政事務所觀摩標竿學習"),
  {
    planItem: "二(二)2",
    months: [6, 12],
    unit: (ctx) => ctx.office.profile.units[0]!.name,
    entry: (month) => ({ description: "更新機關網站常見問答連結", link: `${rocMonth(month)}FAQ更新紀錄.pdf` }),
  },
  occasional("三(二)1", [5], "推廣戶政線上e指通APP線上申辦及預約"),
  {
    planItem: "五(二)2",
    months: [3, 9],
    unit: () => "全所各課",
    entry: (_month, ctx, random) => ({
      description: `參與${random.pick(ctx.site.villages)}活動宣導戶政便民措施`,
      link: "",
    }),
  },
  occasional("三(一)1", [2], "單一窗口全功能櫃檯一處收件、全程服務執行檢討", "單一窗口執行檢討.pdf"),
  occasional("三(三)1", [6], "運用跨機關便民服務資訊平臺免附戶籍謄本", "跨機關平臺運用統計.pdf"),
  occasional("三(三)2", [8], "推廣自然人憑證線上申辦"),
  occasional("四(一)1", [4], "設置銀髮族及新住民優先櫃檯、多語服務指引", "分眾服務設施照片.pdf"),
  occasional("四(一)2", [3, 9], "至行動不便民眾住處到府辦理戶籍登記"),
  occasional("四(二)", [5, 11], "與社區發展協會合作宣導戶政服務訊息", "社區宣導成果.pdf"),
  occasional("五(一)1", [1, 7], "依政府資訊公開法主動公開機關資訊", "政府資訊公開檢核表.pdf"),
  occasional("五(二)1", [6, 12], "彙整主任信箱及臉書粉絲專頁意見", "民意彙整表.pdf"),
  occasional("六(一)", [4, 10], "出席里長聯繫會報蒐集基層意見", "里長聯繫會報紀錄.pdf"),
  occasional("六(二)1", [8], "擴大網路申辦項目並推廣線上預約"),
  {
    planItem: "六(三)1",
    months: [5, 11],
    unit: (ctx) => ctx.office.profile.units[0]!.name,
    entry: (month) => ({ description: "辦理志工在職教育訓練", link: `${rocMonth(month)}志工訓練簽到表.pdf` }),
  },
];

function entryDate(ctx: SampleContext, month: string, random: Random): string {
  return random.pick(workingDaysOf(ctx.office.calendar, month));
}

/** Evidence the configured office files for its improvement actions, in the months they happened. */
function patternEntries(
  ctx: SampleContext,
): { date: string; planItem: string; description: string; link: string; unit: string; keep: boolean }[] {
  const staffing = samplePatterns.shortStaffed;
  return [
    {
      date: "2025-08-11",
      planItem: "三(四)1",
      description: "尖峰時段彈性增開櫃檯並推廣網路預約取號",
      link: "114年8月增開櫃檯簽陳.pdf",
      unit: counterUnit(ctx.office.profile),
    },
    {
      date: "2025-10-15",
      planItem: "三(四)1",
      description: `${staffing.kpi}回復目標值，增開櫃檯措施檢討報告`,
      link: "114年10月等候時間檢討.pptx",
      unit: counterUnit(ctx.office.profile),
    },
  ]
    .filter((e) => ctx.site.primary && ctx.months.includes(e.date.slice(0, 7)))
    .map((e) => ({ ...e, keep: true }));
}

/**
 * The register's PDF attachments as placeholder PDFs. Other kinds (the 等候時間檢討 slides) are left
 * out, as an office's register also names files nobody filed, which the export reports as missing.
 */
function writeAttachments(dir: string, rows: readonly SampleRow[]): void {
  const names = [...new Set(rows.map((r) => String(r.link ?? "")).filter((l) => l.endsWith(".pdf")))];
  if (names.length === 0) return;
  mkdirSync(dir, { recursive: true });
  for (const [i, name] of names.entries())
    writeFileSync(
      join(dir, name),
      placeholderPdf(["Sample evidence attachment", `No. ${i + 1}`, "(generated by sqd sample)"]),
    );
}

/**
 * 佐證資料登錄簿: one XLSX per office (`evidence/evidence.xlsx`) with a title row, 日期 as Excel
 * date cells (a few typed as ROC text), entries for the plan's 工作重點 month by month.
 */
export async function sampleEvidence(ctx: SampleContext): Promise<SampleFile[]> {
  const layout = columnLayout(ctx.office.contracts.evidence, ctx.multiOffice);
  const random = ctx.random.fork("evidence");
  const entries = ctx.months.flatMap((month) => {
    const monthly = random.fork(month);
    return recurring
      .filter((r) => r.months.includes(Number(month.slice(5, 7))))
      .map((r) => ({
        date: entryDate(ctx, month, monthly),
        planItem: r.planItem,
        unit: r.unit(ctx),
        keep: false,
        ...r.entry(month, ctx, monthly),
      }));
  });
  const rows: SampleRow[] = [...entries, ...patternEntries(ctx)]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((e) => ({
      plan_item: e.planItem,
      date: random.chance(0.05) ? rocDate(e.date, "slash") : e.date,
      description: e.description,
      link: e.link,
      unit: e.unit,
      office_code: ctx.site.code,
      _protected: e.keep ? "yes" : "",
    }));
  const planted: Record<string, number> = {};
  const plan = plantPlan(rows.length, wanted, random.fork("plant"), (i) => rows[i]?._protected === "yes");
  const path = ctx.filePath("evidence", null, "xlsx");
  await writeXlsx(path, {
    sheetName: "佐證資料",
    title: `${ctx.site.shortName} 佐證資料登錄簿`,
    headers: layout.headers,
    dateColumns: layout.columns.map((c) => c.kind === "date"),
    rows: [...plantRows(rows, plan, plants, planted)].map(layout.cells),
    author: ctx.office.profile.data_owners.evidence,
    savedOn: ctx.lastDay,
  });
  writeAttachments(join(dirname(path), attachmentFolder), rows);
  return [{ path, source: "evidence", form: "XLSX, title row", rows: rows.length, planted }];
}
