import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildGeo, GEO_FILES, pathBounds, ringsOfPath, townSlug, type GeoInput } from "./build";
import { ringArea } from "./projection";
import { pointInPolygons } from "./shapes";
import type { GeoData, GeoJsonCollection, GeoJsonFeature, GeoShape, Point } from "./types";

const square = (x0: number, y0: number, x1: number, y1: number): number[][][] => [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]];
const poly = (coords: number[][][], props: Record<string, unknown>): GeoJsonFeature => ({ type: "Feature", properties: props, geometry: { type: "Polygon", coordinates: coords } });
const point = (lon: number, lat: number, props: Record<string, unknown>): GeoJsonFeature => ({ type: "Feature", properties: props, geometry: { type: "Point", coordinates: [lon, lat] } });
const fc = (...features: GeoJsonFeature[]): GeoJsonCollection => ({ type: "FeatureCollection", features });

const FIXTURE: GeoInput = {
  province: fc(poly(square(50, 34, 51, 35), { name_fa: "قم", name_en: "Qom", license: "ODbL-1.0", source: "test" })),
  counties: fc(
    poly(square(50, 34, 50.5, 35), { name_fa: "غرب", name_en: "West" }),
    poly(square(50.5, 34, 51, 35), { name_fa: "شرق", name_en: "East" }),
  ),
  // A neighbour far larger than the frame: it must be clipped, not drawn across the page.
  neighbours: fc(poly(square(40, 20, 60, 34), { name_osm: "استان جنوب", name_fa: "جنوب", name_en: "South" })),
  places: fc(
    point(50.88, 34.64, { name_en: "Qom", kind: "city", license: "ODbL-1.0" }),
    point(50.86, 34.39, { name_en: "Kahak", kind: "city", license: "ODbL-1.0" }),
    point(50.9, 34.58, { name_en: "Jamkaran", kind: "neighbourhood", license: "CC-BY-4.0" }),
  ),
  iran: fc(poly(square(44, 25, 63, 40), { name_en: "Iran" })),
};

/** Area of a path's outer rings (holes not subtracted: an upper bound is what the tests need). */
function pathArea(d: string): number {
  return ringsOfPath(d).reduce((sum, ring) => sum + Math.abs(ringArea(ring)), 0);
}

function expectInside(shape: { d: string }, viewBox: readonly number[], slack = 0) {
  const b = pathBounds(shape.d);
  const [, , w, h] = viewBox as [number, number, number, number];
  expect(b.minX).toBeGreaterThanOrEqual(-slack * w);
  expect(b.minY).toBeGreaterThanOrEqual(-slack * h);
  expect(b.maxX).toBeLessThanOrEqual(w * (1 + slack));
  expect(b.maxY).toBeLessThanOrEqual(h * (1 + slack));
}

function expectNotInverted(shape: { d: string }, viewBox: readonly number[]) {
  const canvas = (viewBox[2] ?? 0) * (viewBox[3] ?? 0);
  expect(pathArea(shape.d)).toBeGreaterThan(0);
  expect(pathArea(shape.d)).toBeLessThan(0.9 * canvas);
}

function labelInside(shape: GeoShape) {
  return pointInPolygons(shape.label, ringsOfPath(shape.d).map((r) => [r]));
}

describe("buildGeo on a fixture", () => {
  const geo = buildGeo(FIXTURE, "test");

  it("puts every shape inside the viewBox (context clipped to just outside it)", () => {
    for (const s of [geo.province.outline, ...geo.province.counties]) expectInside(s, geo.province.viewBox);
    for (const s of geo.province.neighbours) expectInside(s, geo.province.viewBox, 0.011);
  });

  it("keeps the clipped neighbour from covering the canvas", () => {
    const [n] = geo.province.neighbours;
    expect(n?.nameFa).toBe("استان جنوب");
    expectNotInverted(n!, geo.province.viewBox);
  });

  it("keeps towns (kind city) only, as place slugs", () => {
    expect(geo.province.towns.map((t) => t.slug)).toEqual(["city", "kahak"]);
  });

  it("lists the sources per file, town licences only", () => {
    expect(geo.sources.map((s) => s.file)).toEqual(Object.values(GEO_FILES));
    expect(geo.sources.find((s) => s.file === GEO_FILES.places)?.licence).toBe("ODbL-1.0");
  });
});

describe("townSlug", () => {
  it.each([
    ["Qom", "city"],
    ["Kahak", "kahak"],
    ["Jafariyeh (Ja'fariyeh)", "jafariyeh"],
    ["Salafchegan", "salafchegan"],
    ["Nowhere", null],
  ])("%s → %s", (name, slug) => expect(townSlug(name)).toBe(slug));
});

const GEO_DIR = path.resolve(process.cwd(), process.env.GEO_DIR ?? "../shared/geo");
const HAVE_GEO = Object.values(GEO_FILES).every((f) => fs.existsSync(path.join(GEO_DIR, f)));

describe.skipIf(!HAVE_GEO)("buildGeo on the real files of GEO_DIR", () => {
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(GEO_DIR, f), "utf8")) as GeoJsonCollection;
  const input = Object.fromEntries(Object.entries(GEO_FILES).map(([k, f]) => [k, read(f)])) as GeoInput;
  const geo: GeoData = buildGeo(input, "test");
  const { viewBox } = geo.province;
  const km2 = (d: string) => pathArea(d) * geo.province.kmPerUnit ** 2;

  it("draws the province, its 3 counties and 4 neighbours inside the viewBox, none inverted", () => {
    expect(geo.province.counties.map((c) => c.nameFa)).toEqual(["شهرستان قم", "شهرستان جعفرآباد", "شهرستان کهک"]);
    expect(geo.province.neighbours).toHaveLength(4);
    for (const s of [geo.province.outline, ...geo.province.counties]) {
      expectInside(s, viewBox);
      expectNotInverted(s, viewBox);
    }
    for (const s of geo.province.neighbours) {
      expectInside(s, viewBox, 0.011);
      expectNotInverted(s, viewBox);
    }
  });

  it("keeps the province's true area (about 11,590 km², SOURCES.md) within 3%", () => {
    expect(km2(geo.province.outline.d)).toBeGreaterThan(11_590 * 0.97);
    expect(km2(geo.province.outline.d)).toBeLessThan(11_590 * 1.03);
    const counties = geo.province.counties.reduce((s, c) => s + km2(c.d), 0);
    expect(counties / km2(geo.province.outline.d)).toBeCloseTo(1, 1);
  });

  it("places the six towns inside the province and every label inside its shape", () => {
    expect(geo.province.towns.map((t) => t.slug).sort()).toEqual(["city", "dastjerd", "jafariyeh", "kahak", "qanavat", "salafchegan"]);
    const province = ringsOfPath(geo.province.outline.d).map((r) => [r]);
    for (const t of geo.province.towns) expect(pointInPolygons(t.at as Point, province), t.slug).toBe(true);
    for (const s of [...geo.province.counties, ...geo.province.neighbours]) expect(labelInside(s), s.nameEn).toBe(true);
  });

  it("marks the province inside Iran on the inset", () => {
    const iran = pathBounds(geo.inset.iran);
    const qom = pathBounds(geo.inset.province);
    expect(qom.minX).toBeGreaterThan(iran.minX);
    expect(qom.maxX).toBeLessThan(iran.maxX);
    expect(qom.minY).toBeGreaterThan(iran.minY);
    expect(qom.maxY).toBeLessThan(iran.maxY);
    expectNotInverted({ d: geo.inset.iran }, geo.inset.viewBox);
  });

  it("stays small enough to inline in a page", () => {
    expect(JSON.stringify(geo).length).toBeLessThan(60_000);
  });
});

describe("scripts/build-geo.ts without GEO_DIR", () => {
  it("warns on one line, writes an 'absent' file and exits 0", () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), "geo-"));
    const tsx = path.resolve("node_modules/.bin/tsx");
    const res = spawnSync(tsx, [path.resolve("scripts/build-geo.ts")], { cwd, env: { ...process.env, GEO_DIR: "no-such-dir" }, encoding: "utf8" });
    expect(res.status).toBe(0);
    expect(res.stderr.trim()).toBe("geo: no-such-dir not found; the map will show the city schematic only");
    const written = JSON.parse(fs.readFileSync(path.join(cwd, "data/generated/geo.json"), "utf8"));
    expect(written).toMatchObject({ available: false, reason: "no-such-dir not found" });
    fs.rmSync(cwd, { recursive: true, force: true });
  });
});
