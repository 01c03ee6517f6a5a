import { describe, expect, it } from "vitest";
import { atomDate, atomFeed, escapeXml } from "./atom";

const FEED = {
  id: "https://qom.example/changes/feed.xml", title: "تازه‌ها", self: "https://qom.example/changes/feed.xml",
  alternate: "https://qom.example/changes", author: "داشبورد", updated: "2026-01-01T00:00:00Z",
};

describe("atomFeed", () => {
  it("escapes third-party text and drops characters XML forbids", () => {
    expect(escapeXml(`a & b <c> "d" 'e'\u0001\uFFFE`)).toBe("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;");
  });

  it("writes one entry per change with its absolute link, and the newest date as the feed's", () => {
    const xml = atomFeed({
      ...FEED,
      entries: [
        { id: "tag:qom.example,2026:a", title: "رقم تازه: بوستان <خضر>", link: "https://qom.example/articles/3#fact-a-10", updated: atomDate("2024-09-14"), summary: "۳۰ میلیارد تومان" },
        { id: "tag:qom.example,2026:b", title: "پروژه‌ی تازه", link: "https://qom.example/articles/4#fact-p-5", updated: atomDate("2025-02-11"), summary: "x", categories: ["region-4"] },
      ],
    });
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fa">')).toBe(true);
    expect(xml).toContain("<updated>2025-02-11T00:00:00+03:30</updated>\n  <author>");
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://qom.example/articles/3#fact-a-10"/>');
    expect(xml).toContain("<title type=\"text\">رقم تازه: بوستان &lt;خضر&gt;</title>");
    expect(xml).toContain('<category term="region-4"/>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
  });

  it("uses the given date when there is no entry", () => {
    expect(atomFeed({ ...FEED, entries: [] })).toContain("<updated>2026-01-01T00:00:00Z</updated>");
  });
});
