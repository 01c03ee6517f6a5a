// Starts the BUILT app on loopback for the HTTP reliability scripts (never a build): `npm start`'s
// server (.next/cached-server.js, what readers get) or plain `next start` (SERVER=next), or
// targets BASE_URL when one is given. RSS is summed over the whole process tree, because
// `next start` runs the server in a child process.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { stopProcessGroup } from "./process-group";

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

export async function startServer(opts: { port?: number; dbFile?: string; server?: ServerKind } = {}): Promise<AppServer> {
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
  const child = spawn(cmd, args, {
    env: { ...process.env, DB_FILE: dbFile, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // own process group, so stop() ends the next-server child as well
  });
  let log = "";
  const keep = (d: Buffer) => (log = (log + d.toString()).slice(-100_000)); // the tail is enough
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopProcessGroup(child);
  try {
    await waitReady(url, child);
  } catch (err) {
    await stop();
    throw new Error(`${(err as Error).message}\n--- server output ---\n${log}`);
  }
  return { url, pid: child.pid ?? null, stop, rss: () => rssOfTree(child.pid ?? null), log: () => log };
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

async function waitReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/about`, { signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} not ready after ${READY_TIMEOUT_MS / 1000} s`);
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
