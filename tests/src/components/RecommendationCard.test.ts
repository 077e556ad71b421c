// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { RecommendationCard, type Recommendation } from "../../../src/components/RecommendationCard.ts";

const waiting: Recommendation = {
  id: "R-11407-05",
  month: "2025-07",
  rule: "waiting_time",
  subject: "等候時間",
  priority: 1,
  priority_label: "高",
  plan_item: "一(三)4",
  owner: "戶籍登記課",
  message: "本月等候時間中位數 10.6 分鐘（目標 ≤ 10 分鐘）。",
  series: {
    unit: "分鐘",
    points: [
      { month: "2025-06", value: 6.5 },
      { month: "2025-07", value: 10.6 },
    ],
  },
};

describe("RecommendationCard", () => {
  it("says the priority in words before the subject, then the message, plan item, owner and id", () => {
    const card = RecommendationCard(waiting);
    expect(card.querySelector("h3")!.textContent).toBe("優先：高等候時間");
    expect(card.querySelector(".recommendation-priority")!.textContent).toBe("優先：高");
    expect(card.querySelector(".recommendation-message")!.textContent).toBe(waiting.message);
    expect(card.querySelector(".recommendation-meta")!.textContent).toBe(
      "計畫項目 一(三)4　負責 戶籍登記課　編號 R-11407-05",
    );
    expect(card.dataset.priority).toBe("1");
  });

  it("draws the figure's recent months as a mini-chart summarised in words, and links to its page", () => {
    const card = RecommendationCard(waiting);
    expect(card.querySelector(".recommendation-sparkline")!.getAttribute("aria-label")).toBe(
      "等候時間近 2 個月：自 114年6月 6.5 分鐘 至 114年7月 10.6 分鐘。",
    );
    expect(card.querySelector("a")!.getAttribute("href")).toBe("./cases.html");
    expect(card.querySelector("a")!.textContent).toBe("查看案件時效");
  });

  it("has no chart for a recommendation without a series, such as a late reply", () => {
    const card = RecommendationCard({ ...waiting, rule: "complaint_late_reply", subject: "C114-0039", series: null });
    expect(card.querySelector("svg")).toBeNull();
    expect(card.querySelector("a")!.getAttribute("href")).toBe("./complaints.html");
  });

  it("links from a page in a subfolder (a report in reports/) up to the site's top folder", () => {
    expect(RecommendationCard(waiting, { root: "../" }).querySelector("a")!.getAttribute("href")).toBe("../cases.html");
  });
});
