// One request written byte for byte on a fresh socket, for what Node's HTTP client will not send
// as such (CONNECT, `*`, unknown methods). Reads until the server closes (send Connection: close).
// The socket is not half-closed after the request: Node's server drops a request whose client
// has sent FIN before the answer is ready (httpAllowHalfOpen is off), and no browser does that.
import type { IncomingHttpHeaders } from "node:http";
import net from "node:net";

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  ms: number;
}

export function rawRequest(host: string, port: number, request: string, timeoutMs = 10_000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = net.connect(port, host, () => socket.write(request));
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    socket.on("data", (c: Buffer) => chunks.push(c));
    socket.on("error", reject);
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const end = text.indexOf("\r\n\r\n");
      const [statusLine = "", ...lines] = (end < 0 ? text : text.slice(0, end)).split("\r\n");
      const headers: IncomingHttpHeaders = {};
      for (const line of lines) {
        const colon = line.indexOf(":");
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
      resolve({ status, headers, body: end < 0 ? "" : text.slice(end + 4), ms: performance.now() - started });
    });
  });
}
