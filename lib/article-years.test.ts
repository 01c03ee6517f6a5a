import { describe, expect, it } from "vitest";
import { articlesPerJalaliYear, MAX_YEAR_BARS } from "./article-years";

describe("articlesPerJalaliYear", () => {
  it("counts articles per Jalali year, the new year starting at Nowruz", () => {
    // 2024-03-19 is 29 Esfand 1402; 2024-03-20 is 1 Farvardin 1403.
    const r = articlesPerJalaliYear([{ published: "2024-03-19", n: 2 }, { published: "2024-03-20", n: 3 }, { published: "2025-01-01", n: 1 }], 4);
    expect(r).toEqual({ bars: [{ year: "1402", articles: 2 }, { year: "1403", articles: 4 }], older: 0, undated: 4 });
  });

  it("keeps empty years between reported ones as zero bars", () => {
    const r = articlesPerJalaliYear([{ published: "2018-08-24", n: 1 }, { published: "2021-06-01", n: 2 }], 0);
    expect(r.bars.map((b) => `${b.year}:${b.articles}`)).toEqual(["1397:1", "1398:0", "1399:0", "1400:2"]);
  });

  it("keeps at most MAX_YEAR_BARS years and counts older articles apart", () => {
    const r = articlesPerJalaliYear([{ published: "1900-06-01", n: 5 }, { published: "2024-06-01", n: 1 }], 0);
    expect(r.bars).toHaveLength(MAX_YEAR_BARS);
    expect(r.bars.at(-1)).toEqual({ year: "1403", articles: 1 });
    expect(r.older).toBe(5);
  });

  it("counts a date it cannot read as undated, and has no bars without dates", () => {
    expect(articlesPerJalaliYear([{ published: "not a date", n: 2 }], 1)).toEqual({ bars: [], older: 0, undated: 3 });
  });
});
