import { describe, expect, it } from "vitest";
import { InputError } from "../../../lib/InputError.ts";
import { frameworkFailure } from "../../../pipelines/site/frameworkFailure.ts";

describe("frameworkFailure", () => {
  it("turns Framework's report of a full disk into the system error, with the file it names", () => {
    const output = [
      "[32m✓[0m Copy assets",
      "Unexpected error: ENOSPC: no space left on device, open '/srv/.dist.sqd-a1/_file/data/cases.json'",
      "This is a bug in Observable Framework; please file an issue.",
    ].join("\n");
    const error = frameworkFailure(1, output, "/srv/.dist.sqd-a1");
    expect(error).not.toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: "ENOSPC", path: "/srv/.dist.sqd-a1/_file/data/cases.json" });
  });

  it("names the build folder where Framework names no file", () => {
    const error = frameworkFailure(1, "Unexpected error: EACCES: permission denied, write", "/srv/.dist.sqd-a1");
    expect(error).toMatchObject({ code: "EACCES", path: "/srv/.dist.sqd-a1" });
  });

  it("reports any other failure as an input error showing the end of Framework's output", () => {
    const error = frameworkFailure(1, "loader failed\n資料倉儲尚未建置統計表", "/srv/.dist.sqd-a1");
    expect(error).toEqual(
      new InputError(
        "網站建置失敗（Observable Framework 結束代碼 1）。以下為建置訊息：\n\nloader failed\n資料倉儲尚未建置統計表",
      ),
    );
  });
});
