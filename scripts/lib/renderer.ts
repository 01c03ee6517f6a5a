// Next's request handler behind a private HTTP server on a Unix socket (in a 0700 temporary
// directory), so the cached server can render a page for the cache, with no reader attached, and
// read the whole response before anyone gets it. Only the cached server talks to it.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { RawResponse } from "./replay";

export type Rendered = RawResponse | "too-large";

export interface Renderer {
  /** GET `target` from Next with only the given headers; "too-large" past `maxBytes`. */
  render(target: string, headers: Record<string, string>, maxBytes: number): Promise<Rendered>;
  close(): void;
}

const RENDER_TIMEOUT_MS = 60_000;

export async function startRenderer(
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>,
  concurrency: number,
): Promise<Renderer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qom-render-"));
  const socketPath = path.join(dir, "next.sock");
  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error(err);
      res.destroy();
    });
  });
  // Idle connections stay open: the only client is ours, and a server-side idle timeout races the
  // agent's reuse of the socket (EPIPE / ECONNRESET on the next render).
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

  /** A GET is safe to send again when the connection failed before any answer came. */
  const render = async (target: string, headers: Record<string, string>, maxBytes: number): Promise<Rendered> => {
    try {
      return await renderOnce(target, headers, maxBytes);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== "EPIPE" && code !== "ECONNRESET") throw err;
      return renderOnce(target, headers, maxBytes);
    }
  };

  const renderOnce = (target: string, headers: Record<string, string>, maxBytes: number) =>
    new Promise<Rendered>((resolve, reject) => {
      // A fixed Host: nothing the reader sent besides the varying headers reaches the render.
      const req = http.request({ socketPath, agent, method: "GET", path: target, headers: { ...headers, host: "localhost" }, timeout: RENDER_TIMEOUT_MS }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (c: Buffer) => {
          size += c.length;
          if (size > maxBytes) {
            req.destroy();
            resolve("too-large");
          } else chunks.push(c);
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 500, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      });
      req.on("timeout", () => req.destroy(new Error(`no answer from Next in ${RENDER_TIMEOUT_MS / 1000} s`)));
      req.on("error", reject);
      req.end();
    });

  return {
    render,
    close: () => {
      agent.destroy();
      server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
