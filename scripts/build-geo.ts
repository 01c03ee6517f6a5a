// Builds data/generated/geo.json (git-ignored) from the GeoJSON files in GEO_DIR (default
// ../shared/geo, relative to the project root). Those files are not part of the project; when
// the directory is missing the map shows the city schematic alone, so this warns and exits 0.
import fs from "node:fs";
import path from "node:path";
import { buildGeo, GEO_FILES, type GeoInput } from "../lib/geo/build";
import { checkGridAgainstAnchors } from "../lib/geo/schematic";
import type { GeoAbsent, GeoJsonCollection } from "../lib/geo/types";
import { env } from "../lib/env";

const GENERATED_BY = "scripts/build-geo.ts (npm run geo)";
const ANCHORS_FILE = "qom-municipal-regions-indicative.geojson";

function readCollection(dir: string, file: string): GeoJsonCollection {
  const json = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as GeoJsonCollection;
  if (json.type !== "FeatureCollection" || !Array.isArray(json.features)) throw new Error(`${file}: not a FeatureCollection`);
  return json;
}

function write(out: string, data: unknown): void {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(data)}\n`);
}

/** The schematic's grid must agree with the anchors' compass directions; say so when it doesn't. */
function checkAnchors(dir: string): void {
  if (!fs.existsSync(path.join(dir, ANCHORS_FILE))) return;
  const anchors = new Map<string, [number, number]>();
  for (const f of readCollection(dir, ANCHORS_FILE).features) {
    const region = f.properties?.region;
    if (f.geometry.type === "Point" && typeof region === "number") anchors.set(`region-${region}`, [f.geometry.coordinates[0] ?? NaN, f.geometry.coordinates[1] ?? NaN]);
  }
  for (const problem of checkGridAgainstAnchors(anchors)) console.warn(`geo: schematic: ${problem}`);
}

function main(): void {
  const root = process.cwd();
  const setting = env().GEO_DIR;
  const dir = path.resolve(root, setting);
  const out = path.resolve(root, "data/generated/geo.json");
  const missing = Object.values(GEO_FILES).filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length > 0) {
    const reason = fs.existsSync(dir) ? `${setting} lacks ${missing.join(", ")}` : `${setting} not found`;
    console.warn(`geo: ${reason}; the map will show the city schematic only`);
    write(out, { available: false, generatedBy: GENERATED_BY, reason } satisfies GeoAbsent);
    return;
  }
  const input = Object.fromEntries(
    Object.entries(GEO_FILES).map(([key, file]) => [key, readCollection(dir, file)]),
  ) as GeoInput;
  const started = performance.now();
  const geo = buildGeo(input, GENERATED_BY);
  checkAnchors(dir);
  write(out, geo);
  const kb = (fs.statSync(out).size / 1024).toFixed(1);
  const ms = Math.round(performance.now() - started);
  console.log(
    `geo: wrote ${path.relative(root, out)} (${kb} KB, ${geo.province.counties.length} counties, ${geo.province.neighbours.length} neighbours, ${geo.province.towns.length} towns) from ${setting} in ${ms} ms`,
  );
}

main();
