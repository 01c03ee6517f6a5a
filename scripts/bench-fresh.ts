// npm run bench:fresh → the quick start from a clean clone: `git clone` this repository (its
// committed HEAD) into a temporary directory, run `npm install && npm run serve` there (normal npm
// cache), and time until `/` answers HTTP 200; then stop the server and delete the clone.
// Goal ≤ 4 minutes. Env: BENCH_PORT (3530), BENCH_FRESH_KEEP=1 keeps the clone.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { BASE_ENV, ROOT, startProc, waitForOk } from "./lib/server";

const PORT = Number(process.env.BENCH_PORT ?? 3530);
const LIMIT_MS = 10 * 60_000;
const GOAL_MS = 4 * 60_000;

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qom-fresh-"));
  const t0 = performance.now();
  const clone = spawnSync("git", ["clone", "--quiet", ROOT, dir], { stdio: "inherit", timeout: 120_000 });
  if (clone.status !== 0) throw new Error(`git clone failed (${clone.status ?? clone.signal})`);
  const cloned = performance.now();
  // The README's first command, verbatim, through a shell as a reader would type it.
  const proc = startProc("bash", ["-c", "npm install && npm run serve"], { cwd: dir, env: { ...BASE_ENV, PORT: String(PORT) } });
  const marks: string[] = [];
  const watch = setInterval(() => {
    const out = proc.output();
    for (const [label, re] of [["npm install done", /added \d+ packages|up to date/], ["build started", /Creating an optimized production build/], ["next start ready", /Ready in|Local:/]] as const) {
      if (!marks.some((m) => m.startsWith(label)) && re.test(out)) marks.push(`${label} at ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
  }, 500);
  try {
    await waitForOk(`http://127.0.0.1:${PORT}/`, LIMIT_MS, proc);
    const total = performance.now() - t0;
    console.log(`bench:fresh — ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
    console.log(`git clone: ${((cloned - t0) / 1000).toFixed(1)} s; ${marks.join("; ")}`);
    console.log(`clean clone → first HTTP 200 on /: ${(total / 1000).toFixed(0)} s (${(total / 60_000).toFixed(2)} min) — ${total <= GOAL_MS ? "PASS" : "FAIL"} (goal ≤ 4 min)`);
  } catch (err) {
    console.error(proc.output().slice(-4000));
    throw err;
  } finally {
    clearInterval(watch);
    await proc.stop();
    if (process.env.BENCH_FRESH_KEEP === "1") console.log(`clone kept in ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
