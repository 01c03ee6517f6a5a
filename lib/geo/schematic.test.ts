import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PLACES, REGION_SLUGS } from "../districts";
import { buildSchematic, checkGridAgainstAnchors, REGION_GRID, type Box } from "./schematic";

const S = buildSchematic();
const inside = (a: Box, b: Box) => a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe("city schematic", () => {
  it("has one equal tile per municipal region, no two on one cell, none overlapping", () => {
    expect(S.tiles.map((t) => t.slug).sort()).toEqual([...REGION_SLUGS].sort());
    expect(new Set(S.tiles.map((t) => `${t.col},${t.row}`)).size).toBe(8);
    expect(new Set(S.tiles.map((t) => `${t.w}x${t.h}`)).size).toBe(1);
    for (const a of S.tiles) for (const b of S.tiles) if (a !== b) expect(overlap(a, b)).toBe(false);
  });

  it("puts each core neighbourhood inside its parent region's tile, and no gazetteer one (lib/districts.ts)", () => {
    for (const p of PLACES.filter((p) => p.kind === "neighbourhood" && "sources" in p)) expect(S.chips.some((c) => c.slug === p.slug), p.slug).toBe(false);
    for (const p of PLACES.filter((p) => p.kind === "neighbourhood" && p.parent.startsWith("region-") && !("sources" in p))) {
      const chip = S.chips.find((c) => c.slug === p.slug);
      const tile = S.tiles.find((t) => t.slug === p.parent);
      expect(chip?.region).toBe(p.parent);
      expect(inside(chip!, tile!), p.slug).toBe(true);
    }
  });

  it("keeps the city and neighbourhoods of unknown region out of every tile", () => {
    const strip = S.chips.filter((c) => c.region === null).map((c) => c.slug);
    expect(strip).toEqual(["city", "shahrak-khodro", "shahrak-senf"]);
    for (const c of S.chips.filter((c) => c.region === null)) for (const t of S.tiles) expect(overlap(c, t)).toBe(false);
  });

  it("keeps chips of one tile apart and everything inside the viewBox", () => {
    for (const a of S.chips) for (const b of S.chips) if (a !== b) expect(overlap(a, b)).toBe(false);
    const frame = { x: 0, y: 0, w: S.viewBox[2], h: S.viewBox[3] };
    for (const b of [...S.tiles, ...S.chips]) expect(inside(b, frame)).toBe(true);
  });

  it("uses an empty cell for the north arrow", () => {
    for (const t of S.tiles) expect(overlap(S.compass, t)).toBe(false);
  });
});

describe("checkGridAgainstAnchors", () => {
  // Made-up anchors on a plain lon/lat grid that match REGION_GRID.
  const matching = new Map(Object.entries(REGION_GRID).map(([slug, [c, r]]) => [slug, [50 + c * 0.02, 34.7 - r * 0.03] as const]));

  it("accepts anchors that agree and names the pair that does not", () => {
    expect(checkGridAgainstAnchors(matching)).toEqual([]);
    const swapped = new Map(matching);
    swapped.set("region-6", [51, 34.64]);
    expect(checkGridAgainstAnchors(swapped)).toContain("region-7 is drawn east of region-6 but its anchor is not");
  });

  const file = path.resolve(process.cwd(), process.env.GEO_DIR ?? "../shared/geo", "qom-municipal-regions-indicative.geojson");
  it.skipIf(!fs.existsSync(file))("agrees with the indicative anchors of SOURCES.md", () => {
    const json = JSON.parse(fs.readFileSync(file, "utf8")) as { features: { properties: { region: number }; geometry: { coordinates: [number, number] } }[] };
    const anchors = new Map(json.features.map((f) => [`region-${f.properties.region}`, f.geometry.coordinates] as const));
    expect(checkGridAgainstAnchors(anchors)).toEqual([]);
  });
});
