import { describe, expect, it } from "vitest";
import { findPersonalData } from "../../../pipelines/privacy/findPersonalData.ts";
import { maskPersonalData } from "../../../pipelines/privacy/maskPersonalData.ts";
import { createRandom } from "../../../sample/createRandom.ts";
import { personalDetails } from "../../../sample/personalDetails.ts";

describe("maskPersonalData on the sample data's personal details", () => {
  it("masks the name, ID and mobile the sample plants in survey comments and complaint summaries", () => {
    const random = createRandom(20250101);
    for (let i = 0; i < 2000; i++) {
      const text = personalDetails(random);
      const masked = maskPersonalData(text);
      expect(masked, text).toMatch(/^我是\p{Script=Han}○/u);
      expect(masked, text).not.toMatch(/[A-Z]\d{9}|09\d{8}|09\d{2}-\d{3}-\d{3}/);
      expect(findPersonalData(masked)).toEqual([]);
    }
  });

  it("masks the complaints register's landline shape 07-78xxxxx", () => {
    expect(maskPersonalData("07-7812345")).toBe("07-*******");
  });
});
