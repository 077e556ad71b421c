import { complaintCategories } from "../data-loaders/contracts/complaints.ts";
import { addDays, daysOfMonth, workingDaysOf } from "./calendarDate.ts";
import { clockTime, toFullWidth } from "./exportSpelling.ts";
import { columnLayout, type SampleRow } from "./columnLayout.ts";
import { counterUnit } from "./counterUnit.ts";
import { weightedChoice, type Random } from "./createRandom.ts";
import type { SampleFile } from "./SampleContext.ts";
import { mobileNumber, personalDetails, personName } from "./personalDetails.ts";
import { plantPlan } from "./plantPlan.ts";
import { blankRowBefore, countPlanted, plantRows, type Plant } from "./plantRows.ts";
import { rocDate } from "../lib/rocDate.ts";
import type { SampleContext } from "./SampleContext.ts";
import { samplePatterns } from "./samplePatterns.ts";
import { describeDelimited, writeDelimited, type DelimitedForm } from "./writeDelimited.ts";

// Excel on Taiwanese Windows saves CSV as CP950 with CRLF.
const form: DelimitedForm = { encoding: "big5", eol: "\r\n" };

// Channel shares by name; a channel the office added gets 5. People come or call in office hours.
const channelWeights: Readonly<Record<string, number>> = {
  1999: 25,
  市長信箱: 20,
  主任信箱: 8,
  意見箱: 10,
  臉書: 10,
  電話: 12,
  臨櫃: 8,
  電子郵件: 7,
  其他: 2,
};
const officeHourChannels = new Set(["電話", "臨櫃", "意見箱"]);

const summaries: Readonly<Record<string, readonly string[]>> = {
  服務態度: ["反映櫃檯人員態度不佳，說明不耐煩", "反映電話詢問時承辦人語氣不佳", "肯定志工服務熱忱，建議予以表揚"],
  作業效率: [
    "反映臨櫃等候時間過長，取號後等候逾40分鐘",
    "申請戶籍謄本等候過久，建議增開櫃檯",
    "反映中午時段櫃檯人力不足，辦理緩慢",
  ],
  法令規定: [
    "詢問遷入登記應備文件",
    "詢問外籍配偶辦理戶籍登記規定",
    "詢問代理人申請印鑑證明之規定",
    "詢問分戶登記要件",
  ],
  環境設施: ["建議增設停車位", "反映等候區冷氣不冷", "建議增設哺集乳室指引標示"],
  網站系統: ["反映網路預約系統無法登入", "反映線上申辦電子謄本付款失敗"],
  建議事項: ["建議延長夜間服務時間", "建議增設雙語服務標示", "建議提供預約取號服務"],
  其他: ["詢問門牌證明申請方式", "查詢案件辦理進度"],
};

// Shares of the categories in an ordinary month.
const categoryWeights: Readonly<Record<string, number>> = {
  服務態度: 18,
  作業效率: 8,
  法令規定: 28,
  環境設施: 12,
  網站系統: 8,
  建議事項: 17,
  其他: 9,
};

// Complaints about the counter go to the counter unit; the rest to the first (administrative) unit.
const counterCategories = new Set(["作業效率", "服務態度", "法令規定"]);

const replyDays = (deadline: number) =>
  weightedChoice(Array.from({ length: deadline + 1 }, (_, k) => [k, k === 0 ? 1 : deadline + 2 - k] as const));
const timeStyles = weightedChoice([
  ["minutes", 0.7],
  ["ampm", 0.2],
  ["date", 0.1],
] as const);
const satisfaction = weightedChoice([
  ["5", 40],
  ["4", 35],
  ["3", 15],
  ["2", 7],
  ["1", 3],
] as const);

// One yearly register gets about one row of each problem; see docs/sample-data.md.
const wanted = {
  missing_required: 1,
  type_error: 1,
  invalid_value: 1,
  out_of_range: 1,
  time_order: 1,
  duplicate_key: 1,
  full_width: 1,
  synonym: 3,
  blank_rows: 1,
};

interface Channel {
  name: string;
  deadline_days: number;
  synonyms: readonly string[];
}

function plantsFor(channels: readonly Channel[]): Record<keyof typeof wanted, Plant> {
  const withSynonyms = channels.filter((c) => c.synonyms.length > 0);
  return {
    missing_required: (row) => [{ ...row, channel: "" }],
    type_error: (row) => [{ ...row, received_at: "上週五" }],
    invalid_value: (row) => [{ ...row, channel: "LINE" }],
    out_of_range: (row) => [{ ...row, deadline_days: "0" }],
    // A reply dated two days before the complaint came in.
    time_order: (row) => [{ ...row, replied_at: rocDate(addDays(row._received!, -2), "slash") }],
    duplicate_key: (row, previous) => [{ ...row, case_no: previous.case_no! }],
    full_width: (row) => [{ ...row, deadline_days: toFullWidth(row._deadline!) }],
    synonym: (row) => {
      const channel = withSynonyms.find((c) => c.name === row.channel) ?? withSynonyms[0];
      return [channel ? { ...row, channel: channel.synonyms[0]! } : row];
    },
    blank_rows: blankRowBefore,
  };
}

type TimeStyle = "minutes" | "ampm" | "date";

function when(date: string, second: number, style: TimeStyle): string {
  const day = rocDate(date, "slash");
  return style === "date" ? day : `${day} ${clockTime(second, style)}`;
}

interface Complaint {
  channel: Channel;
  category: string;
  date: string;
  second: number;
  late?: boolean;
  spike?: boolean;
}

function receipt(
  ctx: SampleContext,
  month: string,
  channel: Channel,
  random: Random,
): { date: string; second: number } {
  const days = daysOfMonth(month);
  if (!officeHourChannels.has(channel.name))
    return { date: random.pick(days), second: random.int(6 * 3600, 23 * 3600 + 3599) };
  return { date: random.pick(workingDaysOf(ctx.office.calendar, month)), second: random.int(8 * 3600, 17 * 3600) };
}

/** Replies within the deadline (plus any extension); the planted late one goes three days over. */
function complaintRow(ctx: SampleContext, c: Complaint, random: Random): SampleRow {
  const late = samplePatterns.lateComplaint;
  const style: TimeStyle = c.late ? "minutes" : timeStyles(random);
  const extension = !c.late && random.chance(0.05) ? random.pick([5, 10]) : 0;
  const deadline = c.channel.deadline_days;
  const sameDayPossible = ctx.office.calendar.isWorkingDay(c.date) && c.second < 15 * 3600;
  const k = c.late
    ? deadline + late.workingDaysLate
    : extension
      ? random.int(deadline + 1, deadline + extension)
      : Math.max(sameDayPossible ? 0 : 1, replyDays(deadline)(random));
  const replyDate = ctx.office.calendar.addWorkingDays(c.date, k);
  const replied = replyDate !== null && replyDate <= ctx.lastDay;
  const replySecond =
    k === 0
      ? Math.min(17 * 3600 + 1800, c.second + random.int(3600, 4 * 3600))
      : random.int(9 * 3600, 17 * 3600 + 1800);
  const summary = random.pick(summaries[c.category] ?? summaries.其他!);
  const named = random.next();
  return {
    channel: c.channel.name,
    received_at: when(c.date, c.second, style),
    category: c.category,
    summary: random.chance(0.25) ? `${personalDetails(random)}。${summary}` : summary,
    unit: counterCategories.has(c.category) ? counterUnit(ctx.office.profile) : ctx.office.profile.units[0]!.name,
    replied_at: replied ? when(replyDate, replySecond, style) : "",
    deadline_days: c.late || random.chance(0.7) ? String(deadline) : "",
    extension_days: extension ? String(extension) : "",
    status: replied ? "已結案" : extension ? "展延中" : "處理中",
    delay_reason: c.late ? late.delayReason : "",
    complainant: named < 0.8 ? personName(random) : named < 0.88 ? "匿名" : "",
    phone: random.chance(0.6) ? mobileNumber(random) : random.chance(0.3) ? `07-78${random.int(10000, 99999)}` : "",
    reply_satisfaction: c.late ? "2" : replied && random.chance(0.55) ? satisfaction(random) : "",
    _received: c.date,
    _deadline: String(deadline),
    // Planted problems stay off the rows the patterns are counted from.
    _protected: c.late || c.spike ? "yes" : "",
  };
}

function monthComplaints(ctx: SampleContext, month: string, channels: readonly Channel[], random: Random): Complaint[] {
  const channel = weightedChoice(channels.map((c) => [c, channelWeights[c.name] ?? 5] as const));
  const category = weightedChoice(complaintCategories.map((c) => [c, categoryWeights[c] ?? 5] as const));
  const list: Complaint[] = [];
  const count = random.int(5, 12);
  for (let i = 0; i < count; i++) {
    const ch = channel(random);
    list.push({ channel: ch, category: category(random), ...receipt(ctx, month, ch, random) });
  }
  if (!ctx.site.primary) return list;
  const spike = samplePatterns.complaintSpike;
  if (month === spike.month) {
    for (let i = 0; i < spike.extra; i++) {
      const ch = channel(random);
      list.push({ channel: ch, category: spike.category, spike: true, ...receipt(ctx, month, ch, random) });
    }
  }
  const late = samplePatterns.lateComplaint;
  if (month === late.received.slice(0, 7)) {
    const ch = channels.find((c) => c.name === late.channel) ?? channels[0]!;
    list.push({ channel: ch, category: late.category, date: late.received, second: late.receivedSeconds, late: true });
  }
  return list;
}

/**
 * 陳情案件登記簿: one Big5 CSV per year (`complaints/complaints-2025.csv`) with a title row,
 * ROC date-times (`114/03/05 14:22`, `114/03/05 下午 2:22`, date-only), CRLF, 5–20 complaints a
 * month, footer rows, and personal data in names, phones and summaries.
 */
export function sampleComplaints(ctx: SampleContext): SampleFile[] {
  const layout = columnLayout(ctx.office.contracts.complaints, ctx.multiOffice);
  const channels = ctx.office.profile.complaint_channels;
  const plants = plantsFor(channels);
  const years = [...new Set(ctx.months.map((m) => m.slice(0, 4)))];
  return years.map((year) => {
    const random = ctx.random.fork(`complaints:${year}`);
    const complaints = ctx.months
      .filter((m) => m.startsWith(year))
      .flatMap((m) => monthComplaints(ctx, m, channels, random.fork(m)))
      .sort((a, b) => (a.date === b.date ? a.second - b.second : a.date < b.date ? -1 : 1));
    const roc = rocDate(`${year}-01-01`, "year");
    const rows: SampleRow[] = complaints.map((c, i) => ({
      ...complaintRow(ctx, c, random),
      case_no: `C${roc}-${String(i + 1).padStart(4, "0")}`,
      office_code: ctx.site.code,
    }));
    const planted: Record<string, number> = { footer_rows: 2 };
    if (ctx.site.primary) {
      countPlanted(planted, "pattern:category_spike", complaints.filter((c) => c.spike).length);
      countPlanted(planted, "pattern:late_reply", complaints.filter((c) => c.late).length);
    }
    const plan = plantPlan(rows.length, wanted, random.fork("plant"), (i) => rows[i]?._protected === "yes");
    const path = ctx.filePath("complaints", year, "csv");
    const blank = layout.headers.slice(2).map(() => "");
    writeDelimited(
      path,
      [
        [`${ctx.site.name} ${roc}年 陳情案件登記簿`],
        layout.headers,
        ...[...plantRows(rows, plan, plants, planted)].map(layout.cells),
        ["合計", `共 ${rows.length} 件`, ...blank],
        [`製表：${ctx.office.profile.data_owners.complaints}`, "", ...blank],
      ],
      form,
    );
    return { path, source: "complaints", form: `${describeDelimited(form)}, title row`, rows: rows.length, planted };
  });
}
