import { describe, expect, it } from "vitest";
import { mergeCorpusMeta, parseGoldSource, parsePublished, parseSourcesTsv } from "./corpus-sources";
import { formatJalali } from "./format";

const TSV = [
  "file\tsource_address\tsite\tpublished\tgist",
  "a.txt\thttps://news.example/fa/news/1/بوستان-نمونه\tExample News\t1397-06-02\tone park",
  "b.txt\thttps://news.example/2\tExample\tunknown (c. 1402)\t",
  "c.txt\thttps://news.example/3\tExample\t2025-10-18 (Gregorian, corpus metadata)\t",
  "d.txt\thttps://news.example/4\tExample\t2025-12-07 (store date; no date on page)\t",
  "e.txt\thttps://news.example/5\tExample\t1403-06-24 (from URL id; not shown in text)\t",
].join("\n");

describe("parsePublished", () => {
  it.each([
    ["1397-06-02", "2018-08-24"], ["1403-05-29", "2024-08-19"], ["1404-01-01", "2025-03-21"], ["1403-12-30", "2025-03-20"],
    ["1390-02-30", "2011-05-20"], ["1403-06-24 (from URL id)", "2024-09-14"], ["2025-10-18 (Gregorian)", "2025-10-18"],
    ["2025-12-07 (store date; no date on page)", null], ["unknown", null], ["unknown (c. 1402)", null], ["null (1401 stated in text)", null], ["", null],
  ])("%s → %s", (raw, iso) => expect(parsePublished(raw)).toEqual({ ok: true, value: iso }));

  it.each(["1403-07-31", "1404-13-01", "2025-02-30", "13 Bahman", "1403"])("refuses %s", (raw) => {
    expect(parsePublished(raw).ok).toBe(false);
  });

  it("round-trips through Intl's fa-IR Jalali formatting", () => {
    const cases: [string, string][] = [["1397-06-02", "۲ شهریور ۱۳۹۷"], ["1403-05-29", "۲۹ مرداد ۱۴۰۳"], ["1399-12-30", "۳۰ اسفند ۱۳۹۹"], ["1404-08-18", "۱۸ آبان ۱۴۰۴"]];
    for (const [jalali, shown] of cases) {
      const r = parsePublished(jalali);
      expect(r.ok && formatJalali(r.value)).toBe(shown);
    }
  });
});

describe("parseSourcesTsv", () => {
  it("reads each row's address, site and date", () => {
    const { rows, errors } = parseSourcesTsv(TSV);
    expect(errors).toEqual([]);
    expect(rows.get("a.txt")).toEqual({ file: "a.txt", url: "https://news.example/fa/news/1/بوستان-نمونه", site: "Example News", published: "2018-08-24" });
    expect([..."bcde"].map((f) => rows.get(`${f}.txt`)?.published)).toEqual([null, "2025-10-18", null, "2024-09-14"]);
  });

  it("names the file and the reason for a bad row", () => {
    const bad = [TSV.split("\n")[0], "x.txt\tjavascript:alert(1)\tEvil\tunknown", "y.txt\thttps://ok.example/\tOk\t1403-13-40", "a.txt\thttps://a.example\tA\tunknown", "a.txt\thttps://a.example\tA\tunknown"].join("\n");
    const { errors } = parseSourcesTsv(bad);
    expect(errors).toEqual([
      { file: "x.txt", reason: "SOURCES.tsv: source_address «javascript:alert(1)» is not an http(s) URL" },
      { file: "y.txt", reason: "SOURCES.tsv: published 1403-13-40 is not a valid Jalali date" },
      { file: "a.txt", reason: "SOURCES.tsv lists this file twice" },
    ]);
  });

  it("refuses a header without the needed columns", () => {
    expect(parseSourcesTsv("file\turl\n a.txt\thttps://x.example").errors[0]?.reason).toBe("header lacks source_address, site, published");
  });
});

describe("parseGoldSource", () => {
  it("reads source {outlet, url, date} and ignores the rest", () => {
    const text = JSON.stringify({ source: { outlet: "خبرگزاری نمونه", url: "https://news.example/1", date: "1399-08-27" }, amounts: [{ value_rial: 1 }] });
    expect(parseGoldSource(text)).toEqual({ ok: true, value: { outlet: "خبرگزاری نمونه", url: "https://news.example/1", published: "2020-11-17" } });
  });

  it("accepts a missing source or null fields", () => {
    expect(parseGoldSource("{}")).toEqual({ ok: true, value: { outlet: null, url: null, published: null } });
    expect(parseGoldSource(JSON.stringify({ source: { outlet: null, url: null, date: null } }))).toEqual({ ok: true, value: { outlet: null, url: null, published: null } });
  });

  it.each([
    ["{not json", /^not valid JSON/],
    [JSON.stringify({ source: { outlet: 7 } }), /^source: source\.outlet/],
    [JSON.stringify({ source: { url: "ftp://x.example/a" } }), /^source\.url «ftp:\/\/x\.example\/a» is not an http\(s\) URL$/],
    [JSON.stringify({ source: { date: "1403-99-01" } }), /^source\.date: published 1403-99-01 is not a valid Jalali date$/],
  ])("refuses %s", (text, reason) => {
    const r = parseGoldSource(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe("mergeCorpusMeta", () => {
  const text = { title: "تیتر متن", outlet: "مهر", url: "https://text.example/1", published: "2020-01-01" };
  const row = { file: "a.txt", url: "https://row.example/1", site: "Row Site", published: "2021-01-01" };
  const gold = { outlet: "خبرگزاری نمونه", url: "https://gold.example/1", published: "2022-01-01" };

  it("outlet: gold, then SOURCES site, then text; url and date: SOURCES, then gold, then text; title left to ingest", () => {
    expect(mergeCorpusMeta(text, row, gold)).toEqual({ title: null, outlet: "خبرگزاری نمونه", url: "https://row.example/1", published: "2021-01-01" });
    expect(mergeCorpusMeta(text, { ...row, url: null, published: null }, { ...gold, outlet: null })).toEqual({ title: null, outlet: "Row Site", url: "https://gold.example/1", published: "2022-01-01" });
    expect(mergeCorpusMeta(text, undefined, undefined)).toEqual({ title: null, outlet: "مهر", url: "https://text.example/1", published: "2020-01-01" });
  });

  it("never keeps a non-http URL read from the text", () => {
    expect(mergeCorpusMeta({ ...text, url: "javascript:alert(1)" }, undefined, undefined).url).toBeNull();
  });
});
