// Ingest as a person runs it: the real CLI on a temporary database built by the real seed code.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeEach, describe, expect, it } from "vitest";
import { publishedDbFile, publishedState } from "../db/publish";
import { seedTempDb } from "./lib/test-db";
import { MAX_FACTS } from "../lib/article-guard";
import { denseAmountsArticle } from "./lib/hostile-articles";

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
    expect(r.err).toMatch(/big\.txt: the file is \d+ kB, more than the 200 kB a news article may have/);
    expect(snapshot()).toEqual(before);
  });
});

// What one article may bring in (lib/article-guard.ts): every refusal names the file and the
// problem, and writes nothing.
const TEXT = "شهردار منطقه ۳ قم گفت: بودجه عمرانی امسال منطقه ۳ به مبلغ ۲۵۰ میلیارد تومان تصویب شد.\n";

function rows<T>(sql: string): T[] {
  const s = new Database(db, { readonly: true });
  try {
    return s.prepare(sql).all() as T[];
  } finally {
    s.close();
  }
}

const guardCounts = () => rows<{ a: number; m: number }>("select (select count(*) from articles) a, (select count(*) from amounts) m")[0];

describe("ingest refuses, naming the file and the problem, and writes nothing", () => {
  it.each([
    ["UTF-16LE with a BOM", () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]), /bad\.txt: the file is UTF-16 \(little-endian, with a byte-order mark\), not UTF-8: convert it to UTF-8 first, e\.g\. `iconv -f UTF-16 -t UTF-8/],
    ["UTF-16LE without a BOM", () => Buffer.from(TEXT, "utf16le"), /bad\.txt: the file looks like UTF-16 \(little-endian, no byte-order mark\), not UTF-8: .*iconv -f UTF-16LE/],
    ["a 300 kB file", () => TEXT.repeat(Math.ceil(300_000 / Buffer.byteLength(TEXT))), /bad\.txt: the file is 29\d kB, more than the 200 kB a news article may have/],
  ])("%s", (_name, content, message) => {
    const before = guardCounts();
    const r = ingest(write("bad.txt", content()), write("fine.txt", TEXT));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/nothing ingested: 1 of 2 file\(s\) refused/);
    expect(guardCounts()).toEqual(before);
  });

  it.each([
    ["a truncated sidecar", '{"title": "خبر", "outlet": null,', /bad\.meta\.json: not valid JSON \(.+\)/],
    ["a javascript: url", JSON.stringify({ title: "خبر", outlet: null, url: "javascript:alert(1)", published: null }), /bad\.meta\.json: invalid metadata \(url: the address must start with http:\/\/ or https:\/\/, not javascript:\)/],
    ["a data: url", JSON.stringify({ title: "خبر", outlet: null, url: "data:text/html,<b>x</b>", published: null }), /bad\.meta\.json: invalid metadata \(url: .*not data:\)/],
  ])("%s", (_name, sidecar, message) => {
    const before = guardCounts();
    write("bad.meta.json", sidecar);
    const r = ingest(write("bad.txt", TEXT));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(guardCounts()).toEqual(before);
  });

  it(`an article with more than ${MAX_FACTS.amounts} money amounts (the whole batch stays out)`, () => {
    const before = guardCounts();
    const dense = write("dense.txt", denseAmountsArticle(400));
    expect(fs.statSync(dense).size).toBeLessThan(200 * 1024);
    const r = ingest(write("fine.txt", TEXT), dense);
    expect(r.code).toBe(1);
    expect(r.err).toBe("refused: dense.txt: 400 money amounts extracted, more than the 300 one article may add (real articles have under 10); split the file or check that it is one news article; nothing ingested\n");
    expect(guardCounts()).toEqual(before);
    expect(ingest(write("ok.txt", denseAmountsArticle(MAX_FACTS.amounts))).code).toBe(0);
    expect(guardCounts()!.m).toBe(before!.m + MAX_FACTS.amounts);
  });
});

describe("direction controls in titles and outlets", () => {
  it("are removed at ingest; the article text stays byte for byte", () => {
    const text = `\u202eخبر\u202c ${TEXT}`;
    write("bidi.meta.json", JSON.stringify({ title: "\u202eاشاره به منطقه ۳", outlet: "\u2067قم فوری", url: "https://qomefori.ir/news/1", published: null }));
    expect(ingest(write("bidi.txt", text)).code).toBe(0);
    const [row] = rows<{ title: string; outlet: string; text: string }>("select title, outlet, text from articles where file = 'bidi.txt'");
    expect(row).toEqual({ title: "اشاره به منطقه ۳", outlet: "قم فوری", text });
  });
});
