// The seed with a corpus beside the seeds, as `npm run seed` runs it: a small corpus written here
// (articles/, SOURCES.tsv, gold/), the real seed script, a real SQLite file.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeEach, describe, expect, it } from "vitest";

const TSX = path.resolve("node_modules/.bin/tsx");
let tmp: string;
let db: string;
let corpus: string;

const ARTICLES = {
  "a1_outlet-park.txt": "کد مطلب : 7682\nبوستان نمونه در منطقه ۳ قم افتتاح شد\nبه گزارش خبرنگار نمونه، بوستان نمونه با اعتبار ۱۰ میلیارد ریال در منطقه ۳ قم افتتاح شد.\n",
  "a2_outlet-budget.txt": "به گزارش خبرگزاری نمونه، مدیر منطقه ۶ قم گفت: بودجه‌ی عمرانی منطقه ۲۰۰ میلیارد تومان است. وی افزود …\n",
};
const TSV = [
  "file\tsource_address\tsite\tpublished\tgist",
  "a1_outlet-park.txt\thttps://news.example/fa/news/1/بوستان-نمونه\tExample News\t1397-06-02\tpark",
  "a2_outlet-budget.txt\thttps://news.example/2\tExample Agency\tunknown\tbudget",
].join("\n");

function seed(extraEnv: Record<string, string>) {
  const r = spawnSync(TSX, ["scripts/seed.ts"], { env: { ...process.env, DB_FILE: db, ...extraEnv }, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function rows() {
  const s = new Database(db, { readonly: true });
  try {
    return s.prepare("select file, title, outlet, url, published from articles order by id").all() as { file: string; title: string; outlet: string | null; url: string | null; published: string | null }[];
  } finally {
    s.close();
  }
}

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "qom-corpus-"));
  db = path.join(tmp, "test.db");
  const root = path.join(tmp, "dev-corpus");
  corpus = path.join(root, "articles");
  fs.mkdirSync(corpus, { recursive: true });
  fs.mkdirSync(path.join(root, "gold"));
  for (const [name, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(corpus, name), text);
  fs.writeFileSync(path.join(root, "SOURCES.tsv"), TSV);
  fs.writeFileSync(path.join(root, "gold", "a1_outlet-park.json"), JSON.stringify({ source: { outlet: "خبرگزاری نمونه", url: "https://news.example/gold", date: null }, amounts: [] }));
});

describe("npm run seed with CORPUS_DIR", () => {
  it("stores the seeds and the corpus with titles, Persian outlets, original URLs and ISO dates", () => {
    const r = seed({ CORPUS_DIR: corpus });
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/seeded .*: 7 articles \(5 seeds \+ 2 from .*\), \d+ facts/);
    const all = rows();
    expect(all).toHaveLength(7);
    expect(all.slice(5)).toEqual([
      { file: "a1_outlet-park.txt", title: "بوستان نمونه در منطقه ۳ قم افتتاح شد", outlet: "خبرگزاری نمونه", url: "https://news.example/fa/news/1/بوستان-نمونه", published: "2018-08-24" },
      { file: "a2_outlet-budget.txt", title: "مدیر منطقه ۶ قم گفت: بودجه‌ی عمرانی منطقه ۲۰۰ میلیارد تومان است", outlet: "Example Agency", url: "https://news.example/2", published: null },
    ]);
    // The seeds keep their sidecar metadata; those without a sidecar title get one from the text.
    expect(all.find((a) => a.file.startsWith("002"))).toMatchObject({ outlet: "شهرنیوز", url: "https://www.qom.ir/FZtEui", published: "2025-11-09" });
    for (const a of all) expect(a.title).not.toMatch(/\.txt|[0-9a-f]{16}|کد مطلب/);
  });

  it("without the corpus directory: one clear line, the seeds alone", () => {
    const r = seed({ CORPUS_DIR: path.join(tmp, "no-such-dir") });
    expect(r.code).toBe(0);
    const notice = r.out.split("\n").filter((l) => l.startsWith("corpus:"));
    expect(notice).toHaveLength(1);
    expect(notice[0]).toContain("no-such-dir not found");
    expect(rows()).toHaveLength(5);
  });

  it("refuses a bad corpus file with its name and reason, and leaves the old database as it was", () => {
    expect(seed({ CORPUS_DIR: path.join(tmp, "no-such-dir") }).code).toBe(0);
    const before = fs.readFileSync(db);
    fs.writeFileSync(path.join(corpus, "a3_binary.txt"), Buffer.from([0x50, 0x00, 0x4b]));
    fs.writeFileSync(path.join(tmp, "dev-corpus", "gold", "a2_outlet-budget.json"), "{not json");
    const r = seed({ CORPUS_DIR: corpus });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/refused: .*a3_binary\.txt: the file is binary/);
    expect(r.err).toMatch(/refused: .*gold\/a2_outlet-budget\.json: not valid JSON/);
    expect(r.err).toMatch(/seed failed; .* left as it was/);
    expect(fs.readFileSync(db).equals(before)).toBe(true);
  });
});
