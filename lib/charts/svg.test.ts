import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { chartDocument, escapeXml, renderChartSvg } from "./svg";
import { layoutChart } from "./layout";
import { sceneSvg } from "./scene-svg";
import { embedCode } from "./embed";
import { SceneSvg } from "../../components/charts/scene-svg";
import { texts, overlaps, VIEW as SPENDING } from "./test-helpers";
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
  layout: "bars",
};

describe("renderChartSvg", () => {
  const svg = renderChartSvg(VIEW, { dataDate: "2025-11-09", height: 630 });

  it("is a 1200×630 image with the exact texts, escaped, title inside the canvas", () => {
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    expect(svg).toContain("۷ پروژه");
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("۱۸ آبان ۱۴۰۴");
    const doc = chartDocument(VIEW, { height: 630 });
    for (const t of texts(doc.marks)) {
      const left = t.anchor === "end" ? t.x - t.w : t.anchor === "middle" ? t.x - t.w / 2 : t.x;
      expect(left, t.s).toBeGreaterThanOrEqual(0);
      expect(left + t.w, t.s).toBeLessThanOrEqual(1200);
      expect(t.y, t.s).toBeLessThanOrEqual(630);
    }
    expect(overlaps(doc.marks)).toEqual([]);
  });

  it("draws a bar for a positive value and none for zero", () => {
    expect(svg.match(/<rect [^>]*fill="#0f5c63"[^>]*>/g)?.length).toBe(2); // the top rule + one bar
  });

  it("anchors by the physical edge in an LTR root, Persian lines wrapped in RLM marks", () => {
    expect(svg).toMatch(/<svg [^>]*direction="ltr"/);
    expect(svg).toContain("\u200F۷ پروژه\u200F");
    expect(svg).not.toContain('direction="rtl"');
  });

  it("a download is as tall as the chart; the preview counts what it leaves out", () => {
    const many = { ...SPENDING, bars: Array.from({ length: 40 }, (_, i) => ({ ...SPENDING.bars[0]!, group: `گروه ${i}`, valueRial: (i + 1) * 1e10 })) };
    const full = chartDocument(many, { width: 1200 });
    expect(full.height).toBeGreaterThan(630);
    const preview = renderChartSvg(many, { height: 630 });
    expect(preview).toMatch(/height="630"/);
    expect(preview).toContain("رقم دیگر");
  });

  it("makes figure links absolute for a file opened outside the site", () => {
    expect(renderChartSvg(SPENDING, { hrefBase: "https://qom.example" })).toContain('href="https://qom.example/articles/3#fact-a-120"');
  });
});

describe("page and download draw the same scene", () => {
  it("the React component renders the same marks as the SVG string", () => {
    const scene = layoutChart(SPENDING, { width: 360, narrow: true });
    const page = renderToStaticMarkup(createElement(SceneSvg, { scene, label: "x" }));
    const file = sceneSvg(scene);
    const marks = (s: string) => [...s.matchAll(/<(text|path|rect|line|a)\b[^>]*?(?:x="([\d.-]+)"|d="([^"]+)"|href="([^"]+)")/g)].map((m) => m.slice(1).join("|"));
    expect(marks(page)).toEqual(marks(file).filter((m) => !m.startsWith("rect||")).slice(0).filter(Boolean));
    const textsOf = (s: string) => [...s.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(textsOf(page)).toEqual(textsOf(file));
  });
});

describe("embedCode", () => {
  it("keeps the drawing's aspect ratio, so the iframe height always matches its content", () => {
    const code = embedCode("https://qom.example/charts/status?embed=1", 'عنوان "نقل"', { width: 420, height: 777 });
    expect(code).toContain('width="420" height="777"');
    expect(code).toContain("aspect-ratio:420/777");
    expect(code).toContain('title="عنوان &quot;نقل&quot;"');
  });
});

describe("helpers", () => {
  it("escapes XML", () => expect(escapeXml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;"));
});
