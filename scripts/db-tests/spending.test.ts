import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { seedTempDb } from "../lib/test-db";
import { countFigures, listFigurePage, listSpendingGroups, listTopFigureAmounts, type SpendingFilter } from "../../db/queries/spending";
import { dedupeFigures } from "../../lib/spending";

// Three small articles: the same region-3 budget in two of them, four more budgets in the third.
const ARTICLES: Record<string, string> = {
  "a.txt": "شهردار منطقه ۳ قم گفت: بودجه عمرانی منطقه ۳ امسال ۵۰ میلیارد ریال است.\n",
  "b.txt": "معاون شهردار منطقه ۳ قم گفت: بودجه عمرانی منطقه ۳ امسال ۵۰ میلیارد ریال است.\n",
  "c.txt": "شهردار منطقه ۳ قم گفت: بودجه عمرانی منطقه ۳ امسال ۱۰ میلیارد ریال است. وی افزود: بودجه جاری منطقه ۳ امسال ۲۰ میلیارد ریال است. وی گفت: بودجه فضای سبز منطقه ۳ امسال ۳۰ میلیارد ریال است. همچنین بودجه خدمات منطقه ۳ امسال ۴۰ میلیارد ریال است.\n",
};
const ALL: SpendingFilter = { kind: null, year: null, scope: null, regionsOnly: false };

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qom-spending-"));
  for (const [f, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(dir, f), text);
  process.env.DB_FILE = seedTempDb(dir);
});

describe("spending queries on a real database", () => {
  it("count a figure reported by two articles once", () => {
    expect(countFigures(ALL)).toBe(5);
    expect(listSpendingGroups(ALL, 10)).toEqual([{ placesKey: "region-3", kind: "budget", figures: 5 }]);
  });

  it("read only the top figures of each place and kind, each with all its sources", () => {
    const rows = listTopFigureAmounts(ALL, ["region-3"], 3, 5);
    const figs = dedupeFigures(rows);
    expect(figs.map((f) => f.valueRial)).toEqual([50e9, 40e9, 30e9]);
    expect(figs[0]!.sources).toHaveLength(2);
    expect(figs[0]!.sourceCount).toBe(2);
    expect(listTopFigureAmounts(ALL, ["region-3"], 3, 1)).toHaveLength(3);
  });

  it("page through distinct figures in the chosen order", () => {
    const page1 = dedupeFigures(listFigurePage(ALL, "amount-asc", 2, 0, 5));
    const page2 = dedupeFigures(listFigurePage(ALL, "amount-asc", 2, 2, 5));
    expect([...page1, ...page2].map((f) => f.valueRial)).toEqual([10e9, 20e9, 30e9, 40e9]);
    const top = dedupeFigures(listFigurePage(ALL, "amount-desc", 1, 0, 5));
    expect(top[0]!.sources.map((s) => s.articleId).sort()).toHaveLength(2);
  });

  it("filter by kind and by district scope", () => {
    expect(countFigures({ ...ALL, kind: "credit" })).toBe(0);
    expect(countFigures({ ...ALL, scope: ["region-3"] })).toBe(5);
    expect(countFigures({ ...ALL, scope: ["region-6"] })).toBe(0);
    expect(countFigures({ ...ALL, regionsOnly: true })).toBe(5);
  });
});
