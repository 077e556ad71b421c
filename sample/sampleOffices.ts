import type { OfficeProfile } from "../data-loaders/contracts/officeProfile.ts";
import type { Random } from "./createRandom.ts";

export interface SampleOffice {
  code: string;
  /** Full name, e.g. 高雄市大寮戶政事務所. */
  name: string;
  /** Name without the city, e.g. 大寮戶政事務所 (survey titles use it). */
  shortName: string;
  villages: readonly string[];
  /** Demand relative to the configured office (cases and survey volume scale with it). */
  size: number;
  /** The configured office: the only one that carries the planted patterns. */
  primary: boolean;
}

// 大寮區's 里, for the shipped sample profile.
const daliaoVillages = [
  "大寮里",
  "上寮里",
  "三隆里",
  "琉球里",
  "翁園里",
  "前庄里",
  "中庄里",
  "後庄里",
  "義仁里",
  "新厝里",
  "過溪里",
  "潮寮里",
  "會結里",
  "會社里",
  "山頂里",
  "忠義里",
  "永芳里",
  "義和里",
  "溪寮里",
  "江山里",
  "昭明里",
  "光武里",
  "中興里",
  "拷潭里",
];

// Other Kaohsiung offices for --offices K > 1. Codes and sizes are plausible, not official.
const otherOffices: readonly { district: string; code: string; size: number }[] = [
  { district: "林園", code: "64000150", size: 0.7 },
  { district: "鳳山", code: "64000130", size: 1.8 },
  { district: "小港", code: "64000160", size: 1.1 },
  { district: "前鎮", code: "64000170", size: 1.3 },
  { district: "苓雅", code: "64000180", size: 1.2 },
  { district: "三民", code: "64000190", size: 1.6 },
  { district: "左營", code: "64000200", size: 1.4 },
  { district: "楠梓", code: "64000210", size: 1.1 },
  { district: "鼓山", code: "64000220", size: 1.0 },
  { district: "仁武", code: "64000230", size: 0.8 },
  { district: "岡山", code: "64000240", size: 0.9 },
  { district: "路竹", code: "64000250", size: 0.6 },
  { district: "旗山", code: "64000260", size: 0.5 },
  { district: "美濃", code: "64000270", size: 0.5 },
  { district: "鳥松", code: "64000280", size: 0.6 },
  { district: "大樹", code: "64000290", size: 0.55 },
  { district: "橋頭", code: "64000300", size: 0.6 },
];

// Common 里 names across Taiwan, for the other offices.
const commonVillages = [
  "中正里",
  "中山里",
  "民生里",
  "民權里",
  "民族里",
  "文化里",
  "光華里",
  "和平里",
  "忠孝里",
  "仁愛里",
  "信義里",
  "復興里",
  "成功里",
  "自強里",
  "建國里",
  "新興里",
  "福德里",
  "長春里",
  "永安里",
  "興中里",
  "新生里",
  "正義里",
  "光明里",
  "博愛里",
  "勝利里",
  "五福里",
  "四維里",
  "三民里",
  "德和里",
  "文山里",
  "青年里",
  "東門里",
  "西門里",
  "南門里",
  "北門里",
  "龍山里",
];

/** The largest --offices the sample supports: the configured office plus the table above. */
export const maxSampleOffices = otherOffices.length + 1;

function villagesFor(district: string, random: Random): string[] {
  if (district === "大寮") return daliaoVillages;
  const pool = [...commonVillages];
  const count = random.int(18, 30);
  const chosen: string[] = [];
  while (chosen.length < count) chosen.push(pool.splice(random.int(0, pool.length - 1), 1)[0]!);
  return chosen;
}

/** The configured office first, then other Kaohsiung offices, `count` in all. */
export function sampleOffices(profile: OfficeProfile, count: number, random: Random): SampleOffice[] {
  const shortName = profile.office.name.startsWith(profile.office.city)
    ? profile.office.name.slice(profile.office.city.length)
    : profile.office.name;
  const district = shortName.replace(/戶政事務所$/, "");
  const primary: SampleOffice = {
    code: profile.office.code,
    name: profile.office.name,
    shortName,
    villages: villagesFor(district, random.fork(`villages:${profile.office.code}`)),
    size: 1,
    primary: true,
  };
  const others = otherOffices
    .filter((o) => o.code !== primary.code && o.district !== district)
    .slice(0, count - 1)
    .map((o) => ({
      code: o.code,
      name: `高雄市${o.district}戶政事務所`,
      shortName: `${o.district}戶政事務所`,
      villages: villagesFor(o.district, random.fork(`villages:${o.code}`)),
      size: o.size,
      primary: false,
    }));
  return [primary, ...others];
}
