// Project search (`q`) through the trigram index of every name reports gave a work (migration 0004,
// db/queries/projects.ts#mentionsNamed), on a real database seeded by the real code.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_DEFAULTS } from "../../lib/url-state";
import { ingestArticles } from "../lib/pipeline";
import { seedTempDb } from "../lib/test-db";
import { openWritable } from "../../db/writer";
import { countProjectFacets, listProjects } from "../../db/queries/projects";

// Two reports of one bridge under two names, and a park.
const ARTICLES: Record<string, string> = {
  "a.txt": "شهردار منطقه ۳ قم گفت: عملیات اجرایی پل شهیدان آقازاده در منطقه ۳ آغاز شد.\n",
  "b.txt": "معاون شهردار قم گفت: پل آقازاده در منطقه ۳ با حضور مسئولان افتتاح شد.\n",
  "c.txt": "شهردار منطقه ۶ قم گفت: احداث بوستان شاهد در منطقه ۶ به پایان رسید.\n",
};
let file = "";

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qom-search-"));
  for (const [f, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(dir, f), text);
  file = seedTempDb(dir);
  process.env.DB_FILE = file;
});

const names = (q: string) => listProjects({ ...PROJECT_DEFAULTS, q }).rows.map((r) => r.name);

describe("project search", () => {
  it.each([
    // query → shown names found
    ["آقازاده", ["پل آقازاده"]],
    ["شهیدان", ["پل آقازاده"]], // a name only the other report used
    ["قازاد", ["پل آقازاده"]], // inside a word
    ["شهيدان آقازاده", ["پل آقازاده"]], // Arabic ي, and across a space
    ["بوستان", ["بوستان شاهد"]],
    ["پل", ["پل آقازاده"]], // two letters: no trigram, the names are scanned
    ["ل", ["پل آقازاده"]],
    ["شاهدان", []],
  ])("%s → %j", (q, found) => {
    expect(names(q)).toEqual(found);
  });

  it("reads FTS5 query syntax and quotes in the search text as letters", () => {
    for (const q of ['"', 'پل"', "NEAR(پل آقازاده)", "پل OR بوستان", "بوستان*", "-بوستان", "^پل", "a:b", "(((", "%%%", "___"]) {
      expect(() => names(q), q).not.toThrow();
      expect(names(q), q).toEqual([]);
    }
  });

  it("counts the facets of a search from the same index", () => {
    const f = countProjectFacets({ district: null, status: null, category: null, q: "آقازاده" });
    expect(f.district.get("region-3")).toBe(1);
    expect(f.district.get("region-6") ?? 0).toBe(0);
  });

  it("indexes what a later ingest adds, and agrees with the names it indexes", () => {
    const w = openWritable(file);
    ingestArticles(w, [{ file: "d.txt", text: "شهردار منطقه ۸ قم گفت: احداث پل پردیسان در منطقه ۸ آغاز شد.\n", meta: { title: null, outlet: null, url: null, published: null } }]);
    // FTS5's own check compares the index with project_mentions (it throws when they differ).
    expect(() => w.sqlite.prepare("insert into mention_names(mention_names, rank) values ('integrity-check', 1)").run()).not.toThrow();
    w.sqlite.close();
    expect(names("پردیسان")).toEqual(["پل پردیسان"]);
    expect(names("پل").sort()).toEqual(["پل آقازاده", "پل پردیسان"].sort());
  });
});
