// The editor's corrections through the real `npm run seed` and `npm run ingest` on the seed
// articles (a real SQLite file): applied, reported when stale, skipped when about an article the
// database does not hold, and undone when the entry is removed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";

const TSX = path.resolve("node_modules/.bin/tsx");
let dir: string;
let db: string;

const ENTRIES = `
- action: fix
  date: 2026-12-02
  reason: the test says the budget is of another year
  fact: amount
  ref: { file: 000_dd63a7a9bc8eef05.txt, quote: "۴۴۲ میلیارد ریال" }
  set: { year: "1399", kind: credit }
- action: hide
  date: 2026-12-02
  reason: a reference to a sentence no article has
  mention: { file: 001_2aaf69b661758fd0.txt, quote: "پل معلق بر فراز رودخانه" }
- action: hide
  date: 2026-12-02
  reason: the shahid Rasaalat bypass, hidden for this test
  mention: { file: 001_2aaf69b661758fd0.txt, quote: "کنارگذر رسالت" }
- action: merge
  date: 2026-12-02
  reason: about corpus articles this database does not hold
  mentions: [{ file: 212_x.txt, quote: a }, { file: 213_x.txt, quote: b }]
`;

function run(script: string, file: string, args: string[] = []) {
  const r = spawnSync(TSX, [script, ...args], {
    env: { ...process.env, DB_FILE: db, CORPUS_DIR: path.join(dir, "no-corpus"), CORRECTIONS_FILE: file }, encoding: "utf8",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function amount442() {
  const s = new Database(db, { readonly: true });
  try {
    return s.prepare("select kind, year from amounts where value_rial = 442000000000").get() as { kind: string; year: string | null };
  } finally {
    s.close();
  }
}

function hiddenNames(): string[] {
  const s = new Database(db, { readonly: true });
  try {
    return (s.prepare("select name from projects where hidden = 1").all() as { name: string }[]).map((r) => r.name);
  } finally {
    s.close();
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "qom-corrections-"));
  db = path.join(dir, "t.db");
  fs.writeFileSync(path.join(dir, "corrections.yaml"), ENTRIES);
  fs.writeFileSync(path.join(dir, "empty.yaml"), "[]\n");
  fs.writeFileSync(path.join(dir, "bad.yaml"), "- action: fix\n  date: soon\n");
});

describe("corrections through npm run seed / ingest", () => {
  it("applies what matches, names every stale entry in one line, and counts entries about absent articles apart", () => {
    const r = run("scripts/seed.ts", path.join(dir, "corrections.yaml"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("corrections: 2 of 4 entries of");
    expect(r.out).toContain("; 1 about articles not in this database (skipped)");
    expect(r.out).toContain("corrections: STALE entry 2 (hide, 2026-12-02): «پل معلق بر فراز رودخانه» is not in 001_2aaf69b661758fd0.txt");
    expect(r.out.match(/STALE/g)).toHaveLength(1);
    expect(amount442()).toEqual({ kind: "credit", year: "1399" });
    expect(hiddenNames()).toEqual(["کنارگذر رسالت"]);
  });

  it("undoes a correction once its entry is gone (the extractor's values come back)", () => {
    const r = run("scripts/ingest.ts", path.join(dir, "empty.yaml"), ["data/articles/000_dd63a7a9bc8eef05.txt"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("unchanged: 000_dd63a7a9bc8eef05.txt");
    expect(amount442()).toEqual({ kind: "budget", year: "1398" });
    expect(hiddenNames()).toEqual([]);
  });

  it("refuses a file that does not validate, naming the entry, and leaves the database as it was", () => {
    const before = fs.readFileSync(db);
    const r = run("scripts/seed.ts", path.join(dir, "bad.yaml"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/refused: .*bad\.yaml: .*entry 1 \(date\): date must be YYYY-MM-DD/);
    expect(fs.readFileSync(db).equals(before)).toBe(true);
  });
});
