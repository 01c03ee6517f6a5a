// A writer killed with SIGKILL in the middle of its one transaction must lose nothing: the real
// CLIs (ingest, seed) on a temporary database, fed 3,000 articles recombined from data/articles.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { getDb, hotJournalRecoveries } from "../db/client";
import { articles } from "../db/schema";
import { seedTempDb } from "./lib/test-db";
import { listArticleFiles } from "./load-articles";

const TSX = path.resolve("node_modules/.bin/tsx");
const FILES = Number(process.env.KILL_TEST_FILES ?? 3000);
const TABLES = ["articles", "places", "place_mentions", "amounts", "amount_places", "projects", "project_places", "quantities", "quantity_places"];
let corpus: string[];

/** Articles made by recombining real sentences, each with a unique line so every sha256 differs. */
function generateCorpus(n: number): string[] {
  const sentences = listArticleFiles(path.resolve("data/articles"))
    .flatMap((f) => fs.readFileSync(f, "utf8").split(/(?<=[.!؟])\s+|\n+/))
    .map((s) => s.trim())
    .filter((s) => s.length > 20);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qom-kill-"));
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, (_, i) => {
    const body = Array.from({ length: 12 + Math.floor(next() * 12) }, () => sentences[Math.floor(next() * sentences.length)]!);
    const file = path.join(dir, `gen-${String(i).padStart(5, "0")}.txt`);
    fs.writeFileSync(file, `گزارش ترکیبی شماره ${i}\n${body.join(" ")}\n`);
    return file;
  });
}

function snapshot(file: string, opts: Database.Options = { readonly: true, fileMustExist: true }) {
  const s = new Database(file, opts);
  try {
    const count = (t: string) => (s.prepare(`select count(*) n from ${t}`).get() as { n: number }).n;
    return {
      integrity: (s.prepare("pragma integrity_check").get() as { integrity_check: string }).integrity_check,
      counts: Object.fromEntries(TABLES.map((t) => [t, count(t)])),
      hashes: (s.prepare("select sha256 from articles order by sha256").all() as { sha256: string }[]).map((r) => r.sha256),
    };
  } finally {
    s.close();
  }
}

function appArticleCount(): number {
  return getDb().select({ n: count() }).from(articles).get()?.n ?? -1;
}

const sizeOf = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : -1);

/**
 * Runs a CLI in its own process group (tsx runs the script in a child process, so only a group
 * kill reaches the writer) and SIGKILLs the group once `midWrite()` says the transaction has
 * reached the disk. Fails if the process ends on its own first.
 */
async function killMidWrite(args: string[], env: Record<string, string>, midWrite: () => boolean) {
  const child = spawn(TSX, args, { env: { ...process.env, ...env }, detached: true, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on("exit", (code, signal) => r({ code, signal })));
  let sawMidWrite = false;
  for (let i = 0; i < 3000 && child.exitCode === null && child.signalCode === null; i++) {
    if (midWrite()) {
      sawMidWrite = true;
      process.kill(-child.pid!, "SIGKILL");
      break;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  if (!sawMidWrite && child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
  return { ...(await exited), sawMidWrite, stderr };
}

beforeAll(() => {
  corpus = generateCorpus(FILES);
});

afterAll(() => {
  if (corpus[0]) fs.rmSync(path.dirname(corpus[0]), { recursive: true, force: true });
});

describe("ingest killed with SIGKILL after its transaction reached the database file", () => {
  let db: string;
  let before: ReturnType<typeof snapshot>;
  let run: Awaited<ReturnType<typeof killMidWrite>>;
  let journalAfterKill: number;

  beforeAll(async () => {
    db = seedTempDb();
    before = snapshot(db);
    // Like a running server: the app's read-only connection is open before the ingest starts.
    process.env.DB_FILE = db;
    expect(appArticleCount()).toBe(before.counts.articles);
    const dbSize = sizeOf(db);
    // Mid-write: the rollback journal exists AND the cache has spilled pages into the file itself.
    run = await killMidWrite(["scripts/ingest.ts", ...corpus], { DB_FILE: db }, () => sizeOf(`${db}-journal`) > 0 && sizeOf(db) > dbSize);
    journalAfterKill = sizeOf(`${db}-journal`);
  }, 90_000); // killMidWrite waits up to 30 s for the spill; the extractor got slower, 10 s was too short

  it("was killed in the middle of its transaction", () => {
    expect(run.stderr).toBe("");
    expect(run.sawMidWrite).toBe(true);
    expect(run.signal).toBe("SIGKILL");
    expect(journalAfterKill).toBeGreaterThan(0); // a hot journal: the transaction never committed
  });

  // Regression for a bug found here: a read-only connection cannot roll a hot journal back, so
  // every query failed with SQLITE_READONLY_ROLLBACK until some writer opened the file.
  it("the app's connection (db/client.ts) still reads the committed data", () => {
    const recoveries = hotJournalRecoveries();
    expect(appArticleCount()).toBe(before.counts.articles);
    // The first query hit the hot journal and rolled it back once; later queries cost nothing extra.
    expect(hotJournalRecoveries()).toBe(recoveries + 1);
    expect(sizeOf(`${db}-journal`)).toBe(-1);
    for (let i = 0; i < 1000; i++) appArticleCount();
    expect(hotJournalRecoveries()).toBe(recoveries + 1);
  });

  it("a writer's open rolls it back: integrity ok, no partial article, earlier rows and hashes intact", () => {
    expect(snapshot(db, { fileMustExist: true })).toEqual({ ...before, integrity: "ok" });
    expect(sizeOf(`${db}-journal`)).toBeLessThanOrEqual(0);
    expect(snapshot(db)).toEqual(before);
  });

  it("takes the same articles afterwards", () => {
    const again = spawnSync(TSX, ["scripts/ingest.ts", ...corpus.slice(0, 3)], { env: { ...process.env, DB_FILE: db }, encoding: "utf8" });
    expect(again.status).toBe(0);
    expect(snapshot(db).counts.articles).toBe(before.counts.articles! + 3);
  });
});

describe("seed killed with SIGKILL", () => {
  it("while it builds the new file leaves the previous database byte for byte", async () => {
    const db = seedTempDb();
    const before = snapshot(db);
    const bytes = createHash("sha256").update(fs.readFileSync(db)).digest("hex");
    const articlesDir = path.dirname(corpus[0]!);
    const temps = () => fs.readdirSync(path.dirname(db)).filter((f) => f.startsWith(`${path.basename(db)}.tmp-`) && !f.endsWith("-journal"));
    // Mid-write: the temporary database beside the target already holds more than 1 MB.
    const midWrite = () => temps().some((f) => sizeOf(path.join(path.dirname(db), f)) > 2 ** 20);
    const run = await killMidWrite(["scripts/seed.ts"], { DB_FILE: db, ARTICLES_DIR: articlesDir }, midWrite);
    expect(run.sawMidWrite).toBe(true);
    expect(run.signal).toBe("SIGKILL");

    expect(createHash("sha256").update(fs.readFileSync(db)).digest("hex")).toBe(bytes);
    expect(snapshot(db)).toEqual(before);
    expect(fs.existsSync(`${db}-journal`)).toBe(false);
    // The killed run leaves its temporary file behind (nothing reads it); a later seed replaces
    // only its own, so we remove it here.
    for (const f of temps()) fs.rmSync(path.join(path.dirname(db), f), { force: true });
  });
});
