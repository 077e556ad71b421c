import { describe, expect, it } from "vitest";
import { systemErrorMessage } from "../../lib/systemErrorMessage.ts";

const nodeError = (code: string, syscall: string, path: string) =>
  Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path });

describe("systemErrorMessage", () => {
  it("names the file of a full disk and says to make room", () => {
    expect(systemErrorMessage(nodeError("ENOSPC", "write", "/srv/dist/index.html"))).toBe(
      "磁碟空間不足，無法寫入 /srv/dist/index.html：請清出磁碟空間（或改寫到空間足夠的磁碟）後再執行一次。",
    );
  });

  it("names what could not be done to which file or folder without permission", () => {
    expect(systemErrorMessage(nodeError("EACCES", "mkdir", "/srv/報表"))).toBe(
      "沒有權限建立資料夾 /srv/報表：請確認目前的帳號可以讀寫這個檔案或資料夾、它沒有被其他程式（例如 Excel）開著，或改用其他位置。",
    );
    expect(systemErrorMessage(nodeError("EPERM", "rename", "C:\\報表\\dist"))).toMatch(
      /^沒有權限搬移 C:\\報表\\dist：/,
    );
  });

  it("says a read-only disk is read-only", () => {
    expect(systemErrorMessage(nodeError("EROFS", "open", "/mnt/cd/月報.pdf"))).toBe(
      "無法寫入 /mnt/cd/月報.pdf：它在唯讀的磁碟上。請改寫到可以寫入的資料夾。",
    );
  });

  it("reads DuckDB's wording, which has no code, and the file it quotes", () => {
    const duckdb = new Error(
      'IO Error: Could not write file "/srv/data/warehouse.duckdb.wal": No space left on device',
    );
    expect(systemErrorMessage(duckdb)).toBe(
      "磁碟空間不足，無法寫入 /srv/data/warehouse.duckdb.wal：請清出磁碟空間（或改寫到空間足夠的磁碟）後再執行一次。",
    );
  });

  it("leaves every other error to be reported as a bug", () => {
    expect(systemErrorMessage(new TypeError("x is undefined"))).toBeNull();
    expect(systemErrorMessage(nodeError("ENOENT", "open", "/nowhere"))).toBeNull();
    expect(systemErrorMessage("text")).toBeNull();
  });
});
