// Child processes and HTTP polling for the benchmark scripts. Every server is started in its own
// process group and stopped by that group's id; every wait is bounded in time.
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { stopProcessGroup } from "../lib/process-group";

export const ROOT = path.resolve(__dirname, "../..");
export const BIN = (name: string) => path.join(ROOT, "node_modules/.bin", name);
export const BASE_ENV: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
export const PROD_ENV: NodeJS.ProcessEnv = { ...BASE_ENV, NODE_ENV: "production" };

export interface Proc {
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts a long-running command in its own process group; keeps the last 20 kB of its output. */
export function startProc(cmd: string, args: readonly string[], opts: SpawnOptions = {}): Proc {
  const child = spawn(cmd, args, { cwd: ROOT, env: BASE_ENV, ...opts, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const keep = (d: Buffer) => void (log = (log + d.toString()).slice(-20_000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return {
    child,
    output: () => log,
    stop: () => stopProcessGroup(child),
  };
}

/** Runs a command to completion (inheriting stdio); throws when it fails. */
export function runOrThrow(cmd: string, args: readonly string[], opts: SpawnOptions = {}): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, env: BASE_ENV, stdio: "inherit", ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited with ${r.status ?? r.signal}`);
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** GET without Accept-Encoding (as autocannon sends it), so the body is the bytes on the wire. */
export function getRaw(url: string, headers: http.OutgoingHttpHeaders = {}, timeoutMs = 30_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, timeout: timeoutMs, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`timeout: ${url}`)));
    req.on("error", reject);
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `url` until it answers 200; returns the milliseconds waited. */
export async function waitForOk(url: string, timeoutMs: number, proc?: Proc): Promise<number> {
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    if (proc && proc.child.exitCode !== null) throw new Error(`server exited (${proc.child.exitCode}) before ${url} answered:\n${proc.output()}`);
    try {
      const r = await getRaw(url, {}, 5000);
      if (r.status === 200) return performance.now() - t0;
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
  throw new Error(`no HTTP 200 from ${url} within ${timeoutMs / 1000} s${proc ? `:\n${proc.output()}` : ""}`);
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** p-th percentile (0–100), nearest-rank. */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** Fixed-width text table for terminal output and docs/performance.md. */
export function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [head, ...rows].map((r) => r.map(String));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(cells[0]!), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...cells.slice(1).map(line)].join("\n");
}
