// Ingest as a person runs it: the real CLI on a temporary database built by the real seed code.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeEach, describe, expect, it } from "vitest";
import { publishedDbFile, publishedState } from "../db/publish";
import { seedTempDb } from "../db/test-db";

const TSX = path.resolve("node_modules/.bin/tsx");
const SEED = path.resolve("data/articles/000_dd63a7a9bc8eef05.txt");
let db: string;
let dir: string;

function ingest(...files: string[]) {
  const r = spawnSync(TSX, ["scripts/ingest.ts", ...files], { env: { ...process.env, DB_FILE: db }, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function snapshot() {
  const s = new Database(db, { readonly: true });
  try {
    const count = (t: string) => (s.prepare(`select count(*) n from ${t}`).get() as { n: number }).n;
    return {
      integrity: (s.prepare("pragma integrity_check").get() as { integrity_check: string }).integrity_check,
      articles: count("articles"), amounts: count("amounts"), projects: count("projects"), mentions: count("place_mentions"),
    };
  } finally {
    s.close();
  }
}

function write(name: string, content: string | Buffer): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, content);
  return f;
}

beforeEach(() => {
  db = seedTempDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "qom-in-"));
});

describe("ingest", () => {
  it("rewrites the download copy of /data, so it holds the new article too", () => {
    const f = write("copy.txt", "شهردار منطقه ۳ قم گفت: بودجه عمرانی امسال منطقه ۳ به مبلغ ۲۵۰ میلیارد تومان تصویب شد.\n");
    expect(ingest(f).code).toBe(0);
    expect(publishedState(db).ok).toBe(true);
    const copy = new Database(publishedDbFile(db), { readonly: true });
    try {
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      expect((copy.prepare("select count(*) n from articles where file = 'copy.txt'").get() as { n: number }).n).toBe(1);
    } finally {
      copy.close();
    }
  });

  it("adds a new article with its facts, and a repeat of the same text is a no-op", () => {
    const before = snapshot();
    const text = "شهردار منطقه ۳ قم گفت: بودجه عمرانی امسال منطقه ۳ به مبلغ ۲۵۰ میلیارد تومان تصویب شد.\n";
    const f = write("new.txt", text);
    const first = ingest(f);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/added: new\.txt/);
    const after = snapshot();
    expect(after.articles).toBe(before.articles + 1);
    expect(after.amounts).toBe(before.amounts + 1);
    const second = ingest(f, SEED);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/unchanged: new\.txt/);
    expect(second.out).toMatch(/unchanged: 000_dd63a7a9bc8eef05\.txt/);
    expect(snapshot()).toEqual(after);
  });

  it.each([
    ["empty.txt", "", "the file is empty"],
    ["binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), "binary"],
    ["latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff]), "not valid UTF-8"],
  ])("refuses %s with its name and reason, and changes nothing", (name, content, reason) => {
    const before = snapshot();
    const good = write("good.txt", "احداث بوستان جدید در منطقه ۲ قم آغاز شد.\n");
    const r = ingest(good, write(name, content));
    expect(r.code).toBe(1);
    expect(r.err).toContain(name);
    expect(r.err).toContain(reason);
    expect(r.err).toContain("nothing ingested");
    expect(snapshot()).toEqual(before);
  });

  it("refuses a file whose name is taken by a different text, keeping the stored one", () => {
    const before = snapshot();
    const clash = write("000_dd63a7a9bc8eef05.txt", "متنی دیگر با همان نام فایل.\n");
    const r = ingest(clash);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/000_dd63a7a9bc8eef05\.txt: a different text is already stored under this name/);
    expect(snapshot()).toEqual(before);
  });

  it("stores a text with no facts as an article with no facts", () => {
    const before = snapshot();
    const r = ingest(write("quiet.txt", "امروز هوای قم آفتابی بود.\n"));
    expect(r.code).toBe(0);
    expect(snapshot()).toMatchObject({ articles: before.articles + 1, amounts: before.amounts, projects: before.projects });
  });

  it("refuses a file too large to be an article", () => {
    const before = snapshot();
    const big = write("big.txt", "الف ".repeat(6 * 1024 * 1024));
    const r = ingest(big);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/big\.txt: the file is too large/);
    expect(snapshot()).toEqual(before);
  });
});
