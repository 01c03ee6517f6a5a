// Runs the autocannon CLI in its own process (so the load generator never shares an event loop
// with a server or with this script) and returns the figures bench:http reports.
import { spawn } from "node:child_process";
import { BIN, ROOT } from "../lib/server";

export interface LoadResult {
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
  non2xx: number;
}

interface AutocannonJson {
  errors: number;
  timeouts: number;
  non2xx: number;
  latency: { p50: number; p99: number };
  requests: { average: number; total: number };
}

/** `idReplacement`: every `[<id>]` in the URL becomes a fresh random id per request (autocannon -I). */
export function runAutocannon(url: string, connections: number, seconds: number, opts: { idReplacement?: boolean } = {}): Promise<LoadResult> {
  // -I before -j: the CLI would read a value-less flag followed by the URL as that flag's value.
  const args = ["-c", String(connections), "-d", String(seconds), ...(opts.idReplacement ? ["-I"] : []), "-j", "-n", url];
  return new Promise((resolve, reject) => {
    const child = spawn(BIN("autocannon"), args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), (seconds + 60) * 1000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`autocannon ${args.join(" ")} exited ${code}: ${err}`));
      try {
        const j = JSON.parse(out) as AutocannonJson;
        resolve({
          p50: j.latency.p50,
          p99: j.latency.p99,
          rps: j.requests.average,
          requests: j.requests.total,
          errors: j.errors + j.timeouts,
          non2xx: j.non2xx,
        });
      } catch (e) {
        reject(new Error(`autocannon output not JSON: ${String(e)}\n${out.slice(0, 500)}`));
      }
    });
  });
}
