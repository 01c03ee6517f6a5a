// What a benchmark needs before it starts a server: the geo file, the seeded database and a
// production build. Each is made only when missing (BENCH_BUILD=1 forces a fresh `next build`).
import fs from "node:fs";
import path from "node:path";
import { dbFile } from "../../db/paths";
import { BIN, ROOT, runOrThrow } from "../lib/server";

export function ensureBuilt(): void {
  if (!fs.existsSync(path.join(ROOT, "data/generated/geo.json"))) runOrThrow(BIN("tsx"), ["scripts/build-geo.ts"]);
  if (!fs.existsSync(dbFile())) runOrThrow(BIN("tsx"), ["scripts/seed.ts"]);
  if (process.env.BENCH_BUILD === "1" || !fs.existsSync(path.join(ROOT, ".next/BUILD_ID"))) runOrThrow(BIN("next"), ["build"]);
}
