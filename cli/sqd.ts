import { parseArgs } from "node:util";
import { InputError } from "../lib/InputError.ts";
import { systemErrorMessage } from "../lib/systemErrorMessage.ts";
import { commands } from "./commands.ts";

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "sqd — 戶政服務品質儀表板 command line",
    "",
    "用法：sqd <command> [options]     sqd <command> --help 查看各指令選項",
    "",
    "指令：",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "每個指令的結束碼：0 完成；2 選項、設定或資料有誤，或磁碟已滿、沒有權限等電腦端的問題（訊息說明如何處理）；",
    "1 內部錯誤（請回報）。各指令 --help 列出它另外的結束碼。",
  ].join("\n");
}

/** Runs `sqd` with the given arguments and returns the exit code; user errors print without a stack. */
export async function sqd(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(help());
    return name ? 0 : 1;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    console.error(`sqd：沒有「${name}」這個指令。\n\n${help()}`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
    });
    if (values.help) {
      console.log(command.usage);
      return 0;
    }
    return await command.run(values, positionals);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (e instanceof InputError || (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS"))) {
      console.error(`sqd ${name}：${(e as Error).message}`);
      return 2;
    }
    // A full disk, a folder without permission: the computer's problem, not a bug; the operator can act on it.
    const system = systemErrorMessage(e);
    if (system) {
      console.error(`sqd ${name}：${system}`);
      if (process.env.SQD_DEBUG) console.error((e as Error).stack);
      return 2;
    }
    // A bug, not the user's input: say so in one line; the stack only when asked for.
    console.error(
      `sqd ${name}：內部錯誤：${(e as Error).message}\n請回報此訊息；設定環境變數 SQD_DEBUG=1 可顯示詳細資訊。`,
    );
    if (process.env.SQD_DEBUG) console.error((e as Error).stack);
    return 1;
  }
}
