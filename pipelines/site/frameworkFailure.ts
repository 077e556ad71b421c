import { InputError } from "../../lib/InputError.ts";

/** Node's codes for a full disk or a folder that may not be written, as Framework prints them. */
const systemFailure = /\b(ENOSPC|EDQUOT|EACCES|EPERM|EROFS)\b[^\n']*(?:'([^'\n]+)')?/;

/**
 * Framework's failure as the error to report: a full disk or a folder without permission as the
 * system error it is (the command names the folder in Chinese, not Framework's English "file an
 * issue"), anything else as an InputError showing the end of Framework's output.
 */
export function frameworkFailure(code: number, output: string, work: string): Error {
  const system = systemFailure.exec(output);
  if (system) return Object.assign(new Error(system[0]), { code: system[1], path: system[2] ?? work });
  return new InputError(
    `網站建置失敗（Observable Framework 結束代碼 ${code}）。以下為建置訊息：\n\n${tail(output, 60)}`,
  );
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}
