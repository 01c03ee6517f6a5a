// The shape of data/generated/geo.json (written by scripts/build-geo.ts, read by app/loaders/geo.ts).
import type { PlaceSlug } from "../districts";

export type Point = readonly [number, number];
export type Ring = readonly Point[];
/** A polygon: outer ring first, then holes (GeoJSON order). */
export type Polygon = readonly Ring[];
export type ViewBox = readonly [x: number, y: number, width: number, height: number];

export interface GeoShape {
  id: string;
  nameFa: string;
  nameEn: string;
  /** SVG path data in the frame's coordinates; draw with fill-rule="evenodd". */
  d: string;
  label: Point;
}

export interface GeoTown {
  slug: PlaceSlug;
  at: Point;
  /** Label under the point instead of above it (another town's label is just above). */
  labelBelow: boolean;
}

export interface GeoSource {
  file: string;
  what: string;
  origin: string;
  licence: string;
}

export interface GeoData {
  available: true;
  generatedBy: string;
  province: {
    viewBox: ViewBox;
    /** For a scale bar: kilometres per frame unit. */
    kmPerUnit: number;
    outline: GeoShape;
    counties: GeoShape[];
    neighbours: GeoShape[];
    towns: GeoTown[];
  };
  /** Locator inset: its own frame, drawn at `at` (translate + scale) on the province frame. */
  inset: { viewBox: ViewBox; at: { x: number; y: number; scale: number }; iran: string; province: string };
  sources: GeoSource[];
}

export interface GeoAbsent {
  available: false;
  generatedBy: string;
  reason: string;
}

export type GeoFile = GeoData | GeoAbsent;

/** The parts of RFC 7946 GeoJSON the build reads. */
export interface GeoJsonFeature {
  type: "Feature";
  properties: Record<string, unknown> | null;
  geometry:
    | { type: "Polygon"; coordinates: number[][][] }
    | { type: "MultiPolygon"; coordinates: number[][][][] }
    | { type: "Point"; coordinates: number[] };
}

export interface GeoJsonCollection {
  type: "FeatureCollection";
  features: GeoJsonFeature[];
}
