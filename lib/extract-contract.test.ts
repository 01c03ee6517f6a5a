// The CLI and /extract print one shape: the contract of ../shared/DESIGN.md "Extract CLI".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";
import { contractArticle } from "./extract-contract";

const FILE = "data/articles/000_dd63a7a9bc8eef05.txt";

describe("contractArticle", () => {
  const doc = contractArticle(FILE, extractArticle(fs.readFileSync(FILE, "utf8")));

  it("has the contract's fields only, in its order", () => {
    expect(Object.keys(doc)).toEqual(["file", "amounts", "projects", "quantities", "places"]);
    expect(Object.keys(doc.amounts[0]!)).toEqual(["value_rial", "unit_text", "kind", "districts", "year", "qualifier", "quote", "start", "end"]);
    expect(Object.keys(doc.projects[0]!)).toEqual(["name", "status", "category", "districts", "quote", "start", "end"]);
    expect(Object.keys(doc.quantities[0]!)).toEqual(["value", "unit", "districts", "quote", "start", "end"]);
    expect(doc.amounts).toContainEqual({
      value_rial: 442_000_000_000, unit_text: "میلیارد ریال", kind: "budget", districts: ["region-6"], year: "1398", qualifier: null,
      quote: "۴۴۲ میلیارد ریال", start: 1581, end: 1597,
    });
  });

  it("is exactly what `npm run extract` prints", () => {
    const r = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/extract.ts", FILE], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${JSON.stringify({ articles: [doc] })}\n`);
  });
});
