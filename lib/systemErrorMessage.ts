/** What the system call was doing, in the words of the message (Node's `syscall`). */
const doing: Record<string, string> = {
  open: "開啟",
  read: "讀取",
  write: "寫入",
  mkdir: "建立資料夾",
  mkdtemp: "建立資料夾",
  rename: "搬移",
  unlink: "刪除",
  rmdir: "刪除資料夾",
  rm: "刪除",
  scandir: "讀取資料夾",
  copyfile: "複製",
  symlink: "建立捷徑",
  stat: "讀取",
  lstat: "讀取",
  access: "存取",
};

/** Node's codes for the errors a computer, not sqd, causes, and DuckDB's wording of the same. */
const duckdbWording: [RegExp, string][] = [
  [/No space left on device/i, "ENOSPC"],
  [/Disk quota exceeded/i, "EDQUOT"],
  [/Permission denied/i, "EACCES"],
  [/Operation not permitted/i, "EPERM"],
  [/Read-only file system/i, "EROFS"],
];

/**
 * A Traditional Chinese message for an error the computer raised rather than a bug of sqd — a full
 * disk, a file or folder without permission, a read-only disk — naming the file or folder and what
 * to do; null for any other error. Node's errors carry `code` and `path`; DuckDB's say it in words
 * and quote the file.
 */
export function systemErrorMessage(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const e = error as NodeJS.ErrnoException;
  const code = e.code ?? duckdbWording.find(([wording]) => wording.test(e.message))?.[1];
  const path = e.path ?? /"([^"]+)"/.exec(e.message)?.[1];
  const where = path ? ` ${path}` : "";
  const action = doing[e.syscall ?? ""] ?? "存取";
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return `磁碟空間不足，無法寫入${where}：請清出磁碟空間（或改寫到空間足夠的磁碟）後再執行一次。`;
    case "EACCES":
    case "EPERM":
      return `沒有權限${action}${where}：請確認目前的帳號可以讀寫這個檔案或資料夾、它沒有被其他程式（例如 Excel）開著，或改用其他位置。`;
    case "EROFS":
      return `無法寫入${where}：它在唯讀的磁碟上。請改寫到可以寫入的資料夾。`;
    default:
      return null;
  }
}
