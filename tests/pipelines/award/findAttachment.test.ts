import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findAttachment } from "../../../pipelines/award/findAttachment.ts";
import type { EvidenceEntry } from "../../../pipelines/award/loadEvidencePack.ts";
import { resolveEvidenceLinks } from "../../../pipelines/award/resolveEvidenceLinks.ts";

// Paths that arrive inside data stay confined, however the command line's own paths are free:
// base/register holds the register, its 附件 folder and a sub folder; base/secret.txt lies beside it.
let base: string;
let register: string;
beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), "sqd-attach-")));
  register = join(base, "register");
  mkdirSync(join(register, "附件", "子資料夾"), { recursive: true });
  writeFileSync(join(register, "附件", "子資料夾", "計畫.pdf"), "plan");
  writeFileSync(join(register, "a:b?.pdf"), "odd name");
  writeFileSync(join(base, "secret.txt"), "secret");
  symlinkSync(join(base, "secret.txt"), join(register, "shortcut.pdf"));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("findAttachment: a register's file name is looked up only inside its folders", () => {
  it("finds a file in a folder under the register's", () => {
    expect(findAttachment("附件/子資料夾/計畫.pdf", [register])).toBe(join(register, "附件", "子資料夾", "計畫.pdf"));
    expect(findAttachment("附件\\子資料夾\\計畫.pdf", [register])).toBe(join(register, "附件", "子資料夾", "計畫.pdf"));
  });

  it("never reads a name that climbs out, an absolute path, or a link leading out", () => {
    for (const link of [
      "../secret.txt",
      "..\\secret.txt",
      "附件/../../secret.txt",
      join(base, "secret.txt"),
      "/etc/passwd",
      "shortcut.pdf",
      "..",
      ".",
    ])
      expect(findAttachment(link, [register]), link).toBeNull();
  });
});

describe("resolveEvidenceLinks: names written inside a pack", () => {
  const entry = (link: string): EvidenceEntry =>
    ({ link, link_kind: "file", register: join(register, "evidence.xlsx") }) as EvidenceEntry;

  it("are one plain file name in 附件/, never a folder path, whatever the register typed", () => {
    const links = resolveEvidenceLinks(
      [entry("附件/子資料夾/計畫.pdf"), entry("a:b?.pdf"), entry("../secret.txt")],
      [],
    );
    expect(links.map((l) => [l.status, l.attachment?.name ?? null])).toEqual([
      ["已附", "附件01_計畫.pdf"],
      ["已附", "附件02_a_b_.pdf"],
      ["未找到", null],
    ]);
  });
});
