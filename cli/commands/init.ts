import { join, resolve } from "node:path";
import { InputError } from "../../lib/InputError.ts";
import { initNextSteps } from "../init/initWorkingFolder.ts";
import { initWorkingFolder } from "../init/initWorkingFolder.ts";
import { projectRoot } from "../../pipelines/site/siteInputs.ts";
import { command } from "../Command.ts";

export const initCommand = command({
  name: "init",
  summary: "為一個戶政事務所建立工作資料夾：設定檔（含說明）、收件匣與 .gitignore",
  usage: [
    "用法：sqd init [資料夾] --office-code 代碼 --office-name 名稱 [--city 縣市] [--district 行政區]",
    "",
    "  資料夾             要建立的工作資料夾（預設目前的資料夾，可以在任何可寫入的位置）；已有 config/office.json 時不會覆寫",
    "  --office-code 代碼 機關代碼（8 位數字），例如 64000150",
    "  --office-name 名稱 機關全銜，例如 高雄市林園戶政事務所",
    "  --city 縣市        所在縣市，例如 高雄市（名稱以縣市開頭時可省略）",
    "  --district 行政區  本所服務的行政區，例如 高雄市林園區（可由名稱判斷時可省略；服務多區時於 office.json 的 service_area 增列）",
    "",
    "設定檔由本程式附的範本複製，填入本所資料；需要本所自行填寫或替換的項目會列在最後。",
    "之後在該資料夾中執行 sqd ingest、sqd build、sqd doctor 等指令即可（預設讀取 config/、data/）。",
  ].join("\n"),
  options: {
    "office-code": { type: "string" },
    "office-name": { type: "string" },
    city: { type: "string" },
    district: { type: "string" },
  },
  async run(values, positionals) {
    if (positionals.length > 1) throw new InputError(`只能指定一個資料夾（收到 ${positionals.join("、")}）。`);
    const code = values["office-code"];
    const name = values["office-name"];
    if (!code || !name)
      throw new InputError(
        "請以 --office-code 與 --office-name 指定機關代碼與名稱，例如 sqd init 林園 --office-code 64000150 --office-name 高雄市林園戶政事務所。",
      );
    const target = resolve(positionals[0] ?? ".");
    const result = initWorkingFolder(target, { code, name, city: values.city, district: values.district });
    for (const line of initNextSteps(result, "sqd")) console.log(line);
    console.log(`（尚未以 npm link 安裝 sqd 指令時，以 node ${join(projectRoot, "bin", "sqd.js")} 代替 sqd。）`);
    return 0;
  },
});
