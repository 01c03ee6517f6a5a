import { describe, expect, it } from "vitest";
import { escapeXml, renderChartSvg, wrapText } from "./svg";
import type { ChartView } from "./view";

const VIEW: ChartView = {
  chart: "status",
  title: "پروژه‌ها به تفکیک وضعیت <script>",
  subtitle: "تعداد پروژه‌ها",
  bars: [
    { group: "افتتاح", series: "count", seriesLabel: "تعداد", value: 7, text: "۷ پروژه", color: "#0f5c63", sources: [] },
    { group: "کلنگ‌زنی", series: "count", seriesLabel: "تعداد", value: 0, text: "۰ پروژه", color: "#0f5c63", sources: [] },
  ],
  series: [{ key: "count", label: "تعداد", color: "#0f5c63" }],
  note: "",
};

describe("renderChartSvg", () => {
  const svg = renderChartSvg(VIEW, { dataDate: "2025-11-09" });

  it("is a 1200×630 image with the exact texts, escaped", () => {
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    expect(svg).toContain("۷ پروژه");
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("۱۸ آبان ۱۴۰۴");
  });

  it("draws a bar for a positive value and none for zero", () => {
    expect(svg.match(/<rect [^>]*fill="#0f5c63"\/>/g)?.length).toBe(2); // the top rule + one bar
  });

  it("wraps every Persian line in RLM marks so resvg orders it right to left", () => {
    expect(svg).toContain("\u200F۷ پروژه\u200F");
  });
});

describe("helpers", () => {
  it("escapes XML", () => expect(escapeXml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;"));
  it("wraps long titles to at most the given lines", () => {
    const lines = wrapText("یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده", 40, 300, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
  });
});
