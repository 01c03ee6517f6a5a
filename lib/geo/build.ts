// Turns the GeoJSON files of ../shared/geo into what the map draws: projected, lightly simplified
// SVG paths with label points. Pure; scripts/build-geo.ts does the reading and writing.
import { PLACES, type PlaceSlug } from "../districts";
import { boundsOf, fitProjection, padBounds, type Bounds, type Projection } from "./projection";
import { clipRing, labelPoint, pathOf, simplifyRing } from "./shapes";
import type { GeoData, GeoJsonCollection, GeoJsonFeature, GeoShape, GeoSource, GeoTown, Point, Polygon } from "./types";

export const GEO_FILES = {
  province: "qom-province.geojson",
  counties: "qom-counties.geojson",
  neighbours: "qom-neighbour-provinces.geojson",
  places: "qom-places.geojson",
  iran: "iran-outline-ne50m.geojson",
} as const;

export type GeoInput = Record<keyof typeof GEO_FILES, GeoJsonCollection>;

const PROVINCE_WIDTH = 1000;
/** Mean length of a degree of latitude. */
const KM_PER_DEGREE = 111.2;
const INSET_WIDTH = 200;
/** Where the locator inset sits on the province frame (top-left: grey context land there). */
const INSET_AT = { x: 8, y: 8, scale: 0.75 } as const;
/** Room a town's label takes beside its point, plus half a county label; county labels keep out. */
const TOWN_LABEL_BOX = { half: 140, near: 34, far: 62 } as const;
/** A town whose label would run into the label of a town just above it puts its label below. */
const TOWN_CLASH = { dx: 130, dy: 70 } as const;
/** Simplification tolerances in frame units: below a pixel at the sizes the map is drawn. */
const TOLERANCE = { province: 0.35, context: 0.8, inset: 0.3 } as const;

const WHAT: Record<keyof typeof GEO_FILES, string> = {
  province: "Qom province boundary",
  counties: "the three counties of Qom province",
  neighbours: "neighbouring provinces (context, clipped to the frame)",
  places: "town centres",
  iran: "outline of Iran (locator inset)",
};

function polygonsOf(f: GeoJsonFeature): Polygon[] {
  const g = f.geometry;
  if (g.type === "Polygon") return [g.coordinates.map((r) => r.map(toPoint))];
  if (g.type === "MultiPolygon") return g.coordinates.map((poly) => poly.map((r) => r.map(toPoint)));
  return [];
}

function toPoint(c: number[]): Point {
  return [c[0] ?? NaN, c[1] ?? NaN];
}

function str(f: GeoJsonFeature, key: string): string {
  const v = f.properties?.[key];
  return typeof v === "string" ? v : "";
}

function projectPolygons(polys: readonly Polygon[], project: Projection, tolerance: number, clip?: ReturnType<typeof padBounds>): Polygon[] {
  const out: Polygon[] = [];
  for (const poly of polys) {
    const rings = poly
      .map((ring) => ring.map(project))
      .map((ring) => (clip ? clipRing(ring, clip) : ring))
      .map((ring) => (ring.length >= 3 ? simplifyRing(ring, tolerance) : []));
    // A clipped-away outer ring takes its holes with it.
    if ((rings[0]?.length ?? 0) >= 3) out.push(rings.filter((r) => r.length >= 3));
  }
  return out;
}

function shapeOf(f: GeoJsonFeature, id: string, polys: Polygon[], avoid: Bounds[], nameKey = "name_fa"): GeoShape {
  return { id, nameFa: str(f, nameKey) || str(f, "name_fa"), nameEn: str(f, "name_en"), d: pathOf(polys), label: labelPoint(polys, avoid) };
}

/** The place slug of a town point of qom-places.geojson (Qom itself is the city). */
export function townSlug(nameEn: string): PlaceSlug | null {
  if (/^Qom\b/.test(nameEn)) return "city";
  const town = PLACES.find((p) => p.kind === "town" && nameEn.startsWith(p.en));
  return town ? town.slug : null;
}

function sourcesOf(input: GeoInput): GeoSource[] {
  return (Object.keys(GEO_FILES) as (keyof typeof GEO_FILES)[]).map((key) => {
    const feats = input[key].features.filter((f) => key !== "places" || str(f, "kind") === "city");
    const uniq = (k: string) => [...new Set(feats.map((f) => str(f, k)).filter(Boolean))].join("; ");
    return { file: GEO_FILES[key], what: WHAT[key], origin: uniq("source"), licence: uniq("license") };
  });
}

function projectTowns(places: GeoJsonCollection, project: Projection): GeoTown[] {
  const points = places.features
    .filter((f) => str(f, "kind") === "city" && f.geometry.type === "Point")
    .flatMap((f) => {
      const slug = townSlug(str(f, "name_en"));
      return slug ? [{ slug, at: project(toPoint(f.geometry.coordinates as number[])) }] : [];
    });
  return points.map((t) => ({
    ...t,
    labelBelow: points.some((o) => o !== t && o.at[1] < t.at[1] && t.at[1] - o.at[1] < TOWN_CLASH.dy && Math.abs(o.at[0] - t.at[0]) < TOWN_CLASH.dx),
  }));
}

function townLabelBoxes(towns: readonly GeoTown[]): Bounds[] {
  return towns.map(({ at: [x, y], labelBelow }) => ({
    minX: x - TOWN_LABEL_BOX.half,
    maxX: x + TOWN_LABEL_BOX.half,
    minY: y - (labelBelow ? TOWN_LABEL_BOX.near : TOWN_LABEL_BOX.far),
    maxY: y + (labelBelow ? TOWN_LABEL_BOX.far : TOWN_LABEL_BOX.near),
  }));
}

/** Boxes a context label's centre must keep out of: near the frame's edges, and the inset. */
function contextLabelAvoid(w: number, h: number, insetHeight: number): Bounds[] {
  const any = { minX: -Infinity, maxX: Infinity, minY: -Infinity, maxY: Infinity };
  return [
    { ...any, maxX: 80 }, { ...any, minX: w - 80 }, { ...any, maxY: 28 }, { ...any, minY: h - 16 },
    { ...any, maxX: INSET_AT.x + INSET_WIDTH * INSET_AT.scale + 70, maxY: INSET_AT.y + insetHeight * INSET_AT.scale + 20 },
  ];
}

export function buildGeo(input: GeoInput, generatedBy: string): GeoData {
  const provinceFeature = input.province.features[0];
  const iranFeature = input.iran.features[0];
  if (!provinceFeature) throw new Error(`${GEO_FILES.province} has no feature`);
  if (!iranFeature) throw new Error(`${GEO_FILES.iran} has no feature`);
  const provinceLonLat = polygonsOf(provinceFeature);
  const iranLonLat = polygonsOf(iranFeature);
  const project = fitProjection(provinceLonLat.flat(2), PROVINCE_WIDTH, 0.08);
  const inset = fitProjection(iranLonLat.flat(2), INSET_WIDTH, 0.04);
  const [, , w, h] = project.viewBox;
  // Context shapes are clipped just outside the frame so their cut edges never show.
  const frame = padBounds({ minX: 0, minY: 0, maxX: w, maxY: h }, 0.01);
  const towns = projectTowns(input.places, project);
  const townBoxes = townLabelBoxes(towns);
  const contextAvoid = contextLabelAvoid(w, h, inset.viewBox[3]);
  const countyShape = (f: GeoJsonFeature, i: number) =>
    shapeOf(f, `county-${i + 1}`, projectPolygons(polygonsOf(f), project, TOLERANCE.province), townBoxes);
  const neighbours = input.neighbours.features
    .map((f, i) => ({ f, i, polys: projectPolygons(polygonsOf(f), project, TOLERANCE.context, frame) }))
    .filter((n) => n.polys.length > 0)
    .map((n) => shapeOf(n.f, `neighbour-${n.i + 1}`, n.polys, contextAvoid, "name_osm"));
  return {
    available: true,
    generatedBy,
    province: {
      viewBox: project.viewBox,
      kmPerUnit: KM_PER_DEGREE / project.unitsPerDegree,
      outline: shapeOf(provinceFeature, "province", projectPolygons(provinceLonLat, project, TOLERANCE.province), townBoxes),
      counties: input.counties.features.map(countyShape),
      neighbours,
      towns,
    },
    inset: {
      viewBox: inset.viewBox,
      at: INSET_AT,
      iran: pathOf(projectPolygons(iranLonLat, inset, TOLERANCE.inset)),
      province: pathOf(projectPolygons(provinceLonLat, inset, TOLERANCE.inset)),
    },
    sources: sourcesOf(input),
  };
}

/** The rings of an SVG path written by pathOf (for tests and sanity checks). */
export function ringsOfPath(d: string): Point[][] {
  return d
    .split("M")
    .filter(Boolean)
    .map((sub) =>
      sub
        .replace(/Z$/, "")
        .split("L")
        .map((pair): Point => {
          const [x = NaN, y = NaN] = pair.trim().split(" ").map(Number);
          return [x, y];
        }),
    );
}

export function pathBounds(d: string) {
  return boundsOf(ringsOfPath(d).flat());
}
