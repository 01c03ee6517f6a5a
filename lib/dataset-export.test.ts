import { describe, expect, it } from "vitest";
import { BOM } from "./csv";
import type { DictionaryTable } from "./data-dictionary";
import { exportFiles, exportHead, exportRows, exportTail, findDataFile, SQLITE_FILE, type ExportFormat } from "./dataset-export";

const TABLES = ["articles", "amounts"];
const T: DictionaryTable = {
  name: "amounts", fa: "ارقام مالی", about: "",
  columns: [
    { name: "id", fa: "شناسه", about: "", sqlType: "integer", notNull: true, primaryKey: true, references: null },
    { name: "quote", fa: "نقل‌قول", about: "", sqlType: "text", notNull: true, primaryKey: false, references: null },
    { name: "year", fa: "سال", about: "", sqlType: "text", notNull: false, primaryKey: false, references: null },
  ],
};
const META = { seededAt: "2026-12-02T03:03:00.000Z", rowCount: 3 };

/** What a client receives: the head, the pages as the stream sends them, the tail. */
function download(format: ExportFormat, pages: unknown[][][]): string {
  return exportHead(T, format, META) + pages.map((rows, i) => exportRows(T, format, rows, i === 0)).join("") + exportTail(format);
}

describe("findDataFile: an allowlist, nothing else", () => {
  it.each([
    [SQLITE_FILE, { kind: "sqlite" }],
    ["amounts.csv", { kind: "export", name: "amounts.csv", table: "amounts", format: "csv" }],
    ["amounts.latin.csv", { kind: "export", name: "amounts.latin.csv", table: "amounts", format: "latin.csv" }],
    ["articles.json", { kind: "export", name: "articles.json", table: "articles", format: "json" }],
  ])("%s", (name, hit) => expect(findDataFile(name, TABLES)).toEqual(hit));

  it.each(["../qom.db", "qom.db", "AMOUNTS.csv", "amounts.xlsx", "places.csv", "amounts.csv/x", "", "..", "%2e%2e", "amounts.csv\0", "sqlite_master.csv"])("%j is not a file", (name) => {
    expect(findDataFile(name, TABLES)).toBeNull();
  });

  it("offers three formats of every table", () => {
    expect(exportFiles(TABLES).map((f) => f.name)).toEqual(["articles.csv", "articles.latin.csv", "articles.json", "amounts.csv", "amounts.latin.csv", "amounts.json"]);
  });
});

describe("CSV exports", () => {
  const pages = [[[1, "بودجه ۴۴۲ میلیارد ریال", "1398"]], [[2, 'گفت: "سلام", و رفت', null], [3, "=HYPERLINK(\"http://x\")", "1403"]]];

  it("start with the BOM and Persian headers; the Latin variant has the column names", () => {
    expect(download("csv", pages).startsWith(`${BOM}شناسه,نقل‌قول,سال\r\n1,بودجه ۴۴۲ میلیارد ریال,1398\r\n`)).toBe(true);
    expect(download("latin.csv", pages).startsWith(`${BOM}id,quote,year\r\n1,`)).toBe(true);
  });

  it("quote separators and quotes, leave nulls empty and defuse formulas", () => {
    expect(download("csv", pages).split("\r\n").slice(2)).toEqual(['2,"گفت: ""سلام"", و رفت",', `3,"'=HYPERLINK(""http://x"")",1403`, ""]);
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+98 25 3770", "'+98 25 3770"],
    ["-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["-12", "-12"],
    ["۴۴۲ میلیارد", "۴۴۲ میلیارد"],
  ])("a cell %j is written %j", (cell, written) => {
    expect(exportRows(T, "latin.csv", [[cell, "", ""]], true)).toBe(`${written},,\r\n`);
  });
});

describe("JSON exports", () => {
  it("is one JSON document with the table, seed time, row count and rows, whatever the paging", () => {
    const doc = JSON.parse(download("json", [[[1, "الف", "1398"], [2, "ب", null]], [[3, "ج", "1403"]]]));
    expect(doc).toEqual({
      table: "amounts", title: "ارقام مالی", seeded_at: META.seededAt, row_count: 3, columns: ["id", "quote", "year"],
      rows: [{ id: 1, quote: "الف", year: "1398" }, { id: 2, quote: "ب", year: null }, { id: 3, quote: "ج", year: "1403" }],
    });
  });

  it("is valid with no rows", () => {
    expect(JSON.parse(download("json", [])).rows).toEqual([]);
  });
});
