// THE helper that starts servers and waits for them, for the HTTP reliability scripts, the
// benchmarks and e2e/bounds.spec.ts. Every process is started in its own process group and stopped
// by that group's id; every wait is bounded in time.
// startServer runs the BUILT app on loopback (never a build): `npm start`'s server
// (.next/cached-server.js, what readers get) or plain `next start` (SERVER=next), or targets
// BASE_URL when one is given. RSS is summed over the whole process tree, because `next start`
// runs the server in a child process.
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { stopProcessGroup } from "./process-group";

export const ROOT = path.resolve(__dirname, "../..");
export const BIN = (name: string) => path.join(ROOT, "node_modules/.bin", name);
export const BASE_ENV: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
export const PROD_ENV: NodeJS.ProcessEnv = { ...BASE_ENV, NODE_ENV: "production" };

export interface Proc {
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts a long-running command in its own process group; keeps the last `keepBytes` of its output. */
export function startProc(cmd: string, args: readonly string[], opts: SpawnOptions = {}, keepBytes = 20_000): Proc {
  const child = spawn(cmd, args, { cwd: ROOT, env: BASE_ENV, ...opts, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const keep = (d: Buffer) => void (log = (log + d.toString()).slice(-keepBytes));
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

export interface AppServer {
  url: string;
  /** pid of the process tree we started, or null when BASE_URL targets someone else's server */
  pid: number | null;
  stop(): Promise<void>;
  /** resident memory of the whole server process tree in bytes, or null when unknown */
  rss(): number | null;
  /** what the server printed so far (stdout and stderr) */
  log(): string;
}

const READY_TIMEOUT_MS = 60_000;

export type ServerKind = "cached" | "next";

export async function startServer(opts: { port?: number; dbFile?: string; server?: ServerKind; env?: Record<string, string> } = {}): Promise<AppServer> {
  const base = process.env.BASE_URL;
  if (base) {
    assertLoopback(base);
    return { url: base.replace(/\/$/, ""), pid: null, stop: async () => {}, rss: () => rssOfTree(Number(process.env.SERVER_PID) || null), log: () => "" };
  }
  if (!fs.existsSync(path.resolve(".next/BUILD_ID"))) throw new Error("no production build here: run `npx next build` first (these scripts build nothing)");
  const port = Number(opts.port ?? process.env.PORT ?? 3400);
  const dbFile = path.resolve(opts.dbFile ?? process.env.DB_FILE ?? "data/qom.db");
  if (!fs.existsSync(dbFile)) throw new Error(`${dbFile} not found: run \`npm run seed\` first`);
  // Otherwise the readiness check below would happily talk to someone else's server.
  if (await answers(`http://127.0.0.1:${port}`)) throw new Error(`port ${port} is already in use: set PORT to a free one`);
  const kind = (process.env.SERVER ?? opts.server ?? "cached") as ServerKind;
  const cached = path.resolve(".next/cached-server.js");
  if (kind === "cached" && !fs.existsSync(cached)) throw new Error("no .next/cached-server.js: run `npm run build` (or `npm run build:server`) first");
  const [cmd, args] = kind === "cached" ? [process.execPath, [cached]] : [path.resolve("node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"]];
  const proc = startProc(cmd, args, {
    cwd: process.cwd(),
    env: { ...process.env, ...opts.env, DB_FILE: dbFile, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1" },
  }, 100_000); // the tail is enough
  const { child, stop } = proc;
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForOk(`${url}/about`, READY_TIMEOUT_MS, proc);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, pid: child.pid ?? null, stop, rss: () => rssOfTree(child.pid ?? null), log: proc.output };
}

function assertLoopback(base: string): void {
  const host = new URL(base).hostname;
  if (!["127.0.0.1", "localhost", "[::1]"].includes(host)) throw new Error(`BASE_URL must be a loopback address, not ${host}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    await (await fetch(url, { signal: AbortSignal.timeout(2_000) })).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/** Sum of VmRSS (Linux /proc) over `pid` and all its descendants. */
export function rssOfTree(pid: number | null): number | null {
  if (pid === null || !fs.existsSync("/proc/self/status")) return null;
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProc(`/proc/${entry}/stat`);
    // "pid (comm) state ppid ...": comm may contain spaces, so parse after the last ")".
    const ppid = stat ? Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) : NaN;
    if (Number.isFinite(ppid)) children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    const kb = /VmRSS:\s+(\d+) kB/.exec(readProc(`/proc/${p}/status`) ?? "")?.[1];
    total += kb ? Number(kb) * 1024 : 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

function readProc(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null; // the process ended while we looked
  }
}

export function mb(bytes: number | null): string {
  return bytes === null ? "n/a" : `${(bytes / 2 ** 20).toFixed(1)} MB`;
}
