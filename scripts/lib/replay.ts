// A rendered response made replayable with a FRESH CSP nonce each time (scripts/cached-server.ts).
// The render's nonce (read from its CSP header) is cut out of the body and the headers once; every
// replay joins the pieces around a new nonce. That nonce is random and the render's own never left
// the server, so it cannot have been planted in the page. Gzip is prepared the same way: each piece
// is compressed once as raw deflate ending on a byte boundary (sync flush), and a replay only adds
// the nonce as a stored block plus the gzip header and trailer, with no compression per response.
import type { OutgoingHttpHeaders } from "node:http";
import zlib from "node:zlib";

export interface RawResponse {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

export interface Replayable {
  status: number;
  /** Without hop-by-hop headers, Date and Content-Length; may contain `token`. */
  headers: OutgoingHttpHeaders;
  /** The render's nonce, or null when the response had none. */
  token: string | null;
  /** The identity body split at every occurrence of `token`. */
  parts: Buffer[];
  /** `parts` as raw deflate, each ending in a sync flush; null when not worth compressing. */
  gzipParts: Buffer[] | null;
  /** Memory held by this response's bodies. */
  bytes: number;
}

export interface Replay {
  headers: OutgoingHttpHeaders;
  chunks: Buffer[];
  length: number;
}

const DROPPED = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);
const NONCE_IN_CSP = /'nonce-([A-Za-z0-9+/_=-]+)'/;
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|x-component)|image\/svg\+xml)/;
const MIN_GZIP_BYTES = 1024;
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]); // deflate, no name, unknown OS
const FINAL_EMPTY_BLOCK = Buffer.from([1, 0, 0, 0xff, 0xff]);

export function nonceOf(headers: OutgoingHttpHeaders): string | null {
  return NONCE_IN_CSP.exec(String(headers["content-security-policy"] ?? ""))?.[1] ?? null;
}

function splitAt(body: Buffer, token: string | null): Buffer[] {
  if (!token) return [body];
  const t = Buffer.from(token);
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(t); at >= 0; at = body.indexOf(t, from)) {
    parts.push(body.subarray(from, at));
    from = at + t.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

export function toReplayable(raw: RawResponse): Replayable {
  const headers: OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(raw.headers)) if (v !== undefined && !DROPPED.has(k.toLowerCase())) headers[k.toLowerCase()] = v;
  const token = nonceOf(headers);
  const parts = splitAt(raw.body, token);
  // An ETag describes the bytes of one render; replays with other nonces are other bytes.
  if (parts.length > 1) delete headers.etag;
  const type = String(headers["content-type"] ?? "");
  const zip = !headers["content-encoding"] && COMPRESSIBLE.test(type) && raw.body.length >= MIN_GZIP_BYTES;
  const gzipParts = zip ? parts.map((p) => zlib.deflateRawSync(p, { finishFlush: zlib.constants.Z_SYNC_FLUSH })) : null;
  if (gzipParts) headers.vary = addVary(headers.vary, "Accept-Encoding");
  const bytes = [...parts, ...(gzipParts ?? [])].reduce((s, b) => s + b.length, 0);
  return { status: raw.status, headers, token, parts, gzipParts, bytes };
}

function addVary(vary: OutgoingHttpHeaders[string], name: string): string {
  const list = (Array.isArray(vary) ? vary.join(", ") : String(vary ?? "")).split(",").map((s) => s.trim()).filter(Boolean);
  return list.some((v) => v.toLowerCase() === name.toLowerCase()) ? list.join(", ") : [...list, name].join(", ");
}

/** The response to send: headers and body chunks with `nonce` in place of the render's nonce. */
export function replay(r: Replayable, nonce: string, gzip: boolean): Replay {
  const headers: OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(r.headers)) headers[k] = r.token ? withNonce(v, r.token, nonce) : v;
  const n = Buffer.from(nonce);
  if (gzip && r.gzipParts) {
    const chunks: Buffer[] = [GZIP_HEADER];
    let crc = 0;
    let size = 0;
    r.gzipParts.forEach((z, i) => {
      if (i > 0) {
        chunks.push(storedBlock(n));
        crc = crc32(n, crc);
        size += n.length;
      }
      chunks.push(z);
      crc = crc32(r.parts[i]!, crc);
      size += r.parts[i]!.length;
    });
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc >>> 0, 0);
    trailer.writeUInt32LE(size >>> 0, 4);
    chunks.push(FINAL_EMPTY_BLOCK, trailer);
    headers["content-encoding"] = "gzip";
    return { headers, chunks, length: chunks.reduce((s, c) => s + c.length, 0) };
  }
  const chunks: Buffer[] = r.parts.flatMap((p, i) => (i > 0 ? [n, p] : [p]));
  return { headers, chunks, length: chunks.reduce((s, c) => s + c.length, 0) };
}

function withNonce(v: OutgoingHttpHeaders[string], token: string, nonce: string): OutgoingHttpHeaders[string] {
  if (typeof v === "string") return v.split(token).join(nonce);
  if (Array.isArray(v)) return v.map((s) => s.split(token).join(nonce));
  return v;
}

/** A non-final stored deflate block (RFC 1951 §3.2.4), valid on the byte boundary a sync flush leaves. */
function storedBlock(data: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt8(0, 0);
  head.writeUInt16LE(data.length, 1);
  head.writeUInt16LE(~data.length & 0xffff, 3);
  return Buffer.concat([head, data]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** zlib's CRC-32 (Node ≥ 20.15 has it built in; the table version covers older Node 20). */
function crc32(data: Buffer, prev: number): number {
  const native = (zlib as { crc32?: (d: Buffer, v: number) => number }).crc32;
  if (native) return native(data, prev);
  let c = ~prev >>> 0;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}
