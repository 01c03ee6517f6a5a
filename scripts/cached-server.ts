// Production server with an in-process response cache in front of Next (prototype; docs/performance.md).
//   NODE_ENV=production tsx scripts/cached-server.ts       (after `next build`; PORT, HOST, DB_FILE)
// The app's database is read-only between re-seeds, so every page is a pure function of its URL:
// GET 200 responses are kept (LRU, bounded in entries and bytes) until the database file changes.
// Trade-off: a cached HTML page is replayed with the SAME Content-Security-Policy header it was
// rendered with, so its script nonce still matches, but one nonce now serves many visitors.
import fs from "node:fs";
import http from "node:http";
import next from "next";
import { dbFile } from "../db/paths";
import { env, siteUrlNotice } from "../lib/env";
import { cacheKeyOf, captureResponse, isCacheable, ResponseCache } from "./lib/response-cache";

const { PORT, HOST } = env(); // HOST undefined: all interfaces, like `next start`
const MB = 1024 * 1024;
const LIMITS = {
  maxEntries: Number(process.env.CACHE_MAX_ENTRIES ?? 2000),
  maxBytes: Number(process.env.CACHE_MAX_MB ?? 128) * MB,
  maxEntryBytes: Number(process.env.CACHE_MAX_ENTRY_MB ?? 4) * MB,
};
const DISABLED = process.env.CACHE_DISABLE === "1";

/** Identity of the database file: a re-seed renames a new file in (new inode), an ingest rewrites it (mtime). */
function dbVersion(file: string): string {
  try {
    const s = fs.statSync(file);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return "missing";
  }
}

async function main(): Promise<void> {
  const notice = siteUrlNotice(env());
  if (notice) console.log(notice);
  const app = next({ dev: false, dir: process.cwd(), hostname: HOST ?? "localhost", port: PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const cache = new ResponseCache(LIMITS);
  const file = dbFile();
  let version = dbVersion(file);

  const server = http.createServer((req, res) => {
    const key = DISABLED ? null : cacheKeyOf(req);
    if (key === null) return void handle(req, res);
    const now = dbVersion(file);
    if (now !== version) {
      cache.clear();
      version = now;
    }
    const hit = cache.get(key);
    if (hit) {
      cache.hits += 1;
      res.writeHead(hit.status, { ...hit.headers, "content-length": hit.body.length, "x-cache": "HIT" });
      return void res.end(hit.body);
    }
    cache.misses += 1;
    const started = version;
    res.setHeader("x-cache", "MISS");
    captureResponse(res, LIMITS.maxEntryBytes, (r) => {
      // A response rendered while the database was being replaced is not kept.
      if (isCacheable(r) && started === version) cache.set(key, { ...r, headers: { ...r.headers, "x-cache": "HIT" } });
    });
    void handle(req, res);
  });

  server.listen(PORT, HOST, () => {
    console.log(`cached server ready on http://${HOST ?? "localhost"}:${PORT} (cache ${DISABLED ? "off" : `${LIMITS.maxEntries} entries / ${LIMITS.maxBytes / MB} MB`}, db ${file})`);
  });
  const stop = () => {
    const { entries, bytes } = cache.size;
    console.log(`cache: ${cache.hits} hits, ${cache.misses} misses, ${entries} entries, ${(bytes / MB).toFixed(1)} MB`);
    server.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
