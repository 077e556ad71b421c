import { InputError } from "../../lib/InputError.ts";
import type { PersonalDataKind } from "./PersonalDataSpan.ts";
import { scanForPersonalData, type PersonalDataFinding, type ScanOptions } from "./scanForPersonalData.ts";
import { scanParquetForPersonalData } from "./scanParquetForPersonalData.ts";

const kindLabels: Record<PersonalDataKind, string> = {
  idNumber: "身分證或居留證號",
  unverifiedIdNumber: "疑似身分證號",
  mobile: "手機號碼",
  landline: "電話號碼",
  email: "電子郵件",
  name: "姓名",
};

/** checkPublicOutput's refusal: an InputError (message, no stack trace) that no caller may pass over. */
export class PersonalDataInOutput extends InputError {
  override name = "PersonalDataInOutput";
}

/** How many files and columns a refusal names; the rest are counted. */
const maxPlaces = 20;

/** Where a finding is, as the message names it: the file and its column, its text, or its name. */
function place(f: PersonalDataFinding): string {
  if (f.inFileName) return `檔名 ${f.file}`;
  return f.column === undefined ? `${f.file} 的內容` : `${f.file} 的「${f.column}」欄`;
}

/**
 * The last step of every public surface (the public site, open data, the lake, the evidence pack):
 * scans the finished output in `folder` — before it is swapped in where readers find it — with the
 * same detectors that mask (scanForPersonalData, and scanParquetForPersonalData for Parquet), and
 * throws an InputError naming each file and column when anything is found. Masking on the way out
 * should leave nothing; a finding means a value escaped it, and publishing stops rather than ship it.
 * `surface` names the output in the message (公開版網站, 開放資料 …).
 */
export async function checkPublicOutput(folder: string, surface: string, options: ScanOptions = {}): Promise<void> {
  const findings = [
    ...scanForPersonalData(folder, new Set(), options.allowed, options.digestColumns),
    ...(await scanParquetForPersonalData(folder, options)),
  ];
  if (findings.length === 0) return;
  // Each file and column once, with the first value of each kind found there (masked).
  const places = new Map<string, Map<string, string | undefined>>();
  for (const f of findings) {
    const kinds = places.get(place(f)) ?? new Map<string, string | undefined>();
    places.set(place(f), kinds);
    const label = kindLabels[f.kind as PersonalDataKind];
    if (!kinds.has(label)) kinds.set(label, f.masked);
  }
  const shown = [...places]
    .slice(0, maxPlaces)
    .map(([at, kinds]) => `${at}（${[...kinds].map(([label, masked]) => `${label}：${masked}`).join("、")}）`);
  const more = places.size > maxPlaces ? `；等共 ${places.size} 處` : "";
  throw new PersonalDataInOutput(
    `${surface}含有疑似個人資料，已停止，未發布：${shown.join("；")}${more}。` +
      "請找出來源資料中這個值所在的列（例如受測單位、申辦項目或機關代碼欄），改正或刪除個資後重新匯入，再執行一次；若這是機關公開的資訊（例如總機），請回報此問題。",
  );
}
