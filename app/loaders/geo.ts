// The map's shapes: data/generated/geo.json, written by scripts/build-geo.ts (npm run geo) from
// GEO_DIR. An app-level loader (a file read at the edge, not a database query): read once per
// process; null when the file is missing or says the data was absent.
import fs from "node:fs";
import path from "node:path";
import type { GeoData, GeoFile } from "@/lib/geo/types";

const cache = new Map<string, GeoData | null>();

export function geoFile(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), "data/generated/geo.json");
}

export function getGeo(file: string = geoFile()): GeoData | null {
  if (cache.has(file)) return cache.get(file) ?? null;
  let geo: GeoData | null = null;
  try {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as GeoFile;
    geo = parsed.available === true && Array.isArray(parsed.province?.counties) ? parsed : null;
  } catch {
    geo = null;
  }
  // A missing file is not cached, so running `npm run geo` later takes effect without a restart.
  if (geo) cache.set(file, geo);
  return geo;
}
