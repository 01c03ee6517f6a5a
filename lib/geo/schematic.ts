// Qom city's eight municipal regions as an honest schematic: no public boundary exists
// (SOURCES.md), so each region is one equal tile, placed on a grid by compass direction only.
// The grid follows the hand-estimated anchors of qom-municipal-regions-indicative.geojson: every
// column lies east of the previous one and every row south of the one above, by anchor.
import { PLACES, type PlaceSlug } from "../districts";

type RegionSlug = Extract<PlaceSlug, `region-${number}`>;

/** [column from west, row from north]; the sector each anchor's `sector` property gives. */
export const REGION_GRID: Record<RegionSlug, readonly [col: number, row: number]> = {
  "region-3": [1, 0], // north (Tehran entrance)
  "region-2": [3, 0], // north-east / east
  "region-6": [0, 1], // west (Niroogah)
  "region-7": [1, 1], // centre (historic core, the shrine)
  "region-1": [2, 1], // old town E/SE of the shrine
  "region-4": [3, 1], // east
  "region-8": [0, 2], // south-west (Pardisan)
  "region-5": [2, 2], // south-east (Jamkaran)
};

export const TILE = 120;
export const GAP = 8;
const COLS = 4;
const ROWS = 3;
const CHIP_H = 24;
const STRIP_GAP = 14;
const STRIP_H = 32;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SchematicTile extends Box {
  slug: PlaceSlug;
  col: number;
  row: number;
}

export interface SchematicChip extends Box {
  slug: PlaceSlug;
  /** The region tile it sits in, or null for the strip under the grid (region unknown / city-wide). */
  region: PlaceSlug | null;
}

export interface Schematic {
  viewBox: readonly [number, number, number, number];
  tiles: SchematicTile[];
  chips: SchematicChip[];
  /** An empty north-west cell, used for the north arrow. */
  compass: Box;
}

const GRID_W = COLS * TILE + (COLS - 1) * GAP;
const GRID_H = ROWS * TILE + (ROWS - 1) * GAP;

function isRegionSlug(slug: string): slug is RegionSlug {
  return Object.hasOwn(REGION_GRID, slug);
}

function cell(col: number, row: number): Box {
  return { x: col * (TILE + GAP), y: row * (TILE + GAP), w: TILE, h: TILE };
}

export function buildSchematic(): Schematic {
  const tiles: SchematicTile[] = PLACES.filter((p) => p.kind === "region").map((p) => {
    if (!isRegionSlug(p.slug)) throw new Error(`schematic: no grid cell for ${p.slug}`);
    const [col, row] = REGION_GRID[p.slug];
    return { slug: p.slug, col, row, ...cell(col, row) };
  });
  const chips: SchematicChip[] = [];
  for (const tile of tiles) {
    // The neighbourhoods of the core list; the gazetteer's many smaller ones (lib/places-gazetteer.ts)
    // would leave no room to read a name in a phone-sized tile, and have pages of their own.
    const inside = PLACES.filter((p) => p.kind === "neighbourhood" && p.parent === tile.slug && !("sources" in p));
    // Stacked from the tile's bottom edge, under the region's label and figure; more than two
    // neighbourhoods share rows two by two (right to left), so the tile's own text stays clear.
    const cols = inside.length > 2 ? 2 : 1;
    const rows = Math.ceil(inside.length / cols);
    const w = (tile.w - 12 - (cols - 1) * 4) / cols;
    inside.forEach((p, i) => {
      const row = Math.floor(i / cols);
      const col = i % cols;
      const y = tile.y + tile.h - 6 - (rows - row) * (CHIP_H + 4) + 4;
      chips.push({ slug: p.slug, region: tile.slug, x: tile.x + tile.w - 6 - (col + 1) * w - col * 4, y, w, h: CHIP_H });
    });
  }
  // City-wide figures and neighbourhoods whose region is unknown: a strip under the grid, read
  // right to left like the page.
  const strip = PLACES.filter((p) => p.kind === "city" || (p.kind === "neighbourhood" && p.parent === "city"));
  const w = (GRID_W - (strip.length - 1) * GAP) / Math.max(strip.length, 1);
  strip.forEach((p, i) => {
    chips.push({ slug: p.slug, region: null, x: GRID_W - (i + 1) * w - i * GAP, y: GRID_H + STRIP_GAP, w, h: STRIP_H });
  });
  return { viewBox: [0, 0, GRID_W, GRID_H + STRIP_GAP + STRIP_H + 2], tiles, chips, compass: cell(0, 0) };
}

/**
 * Whether the grid still agrees with anchor points (lon/lat per region): a tile in a column east of
 * another's must have an anchor east of it, and likewise for rows and north. Returns the problems.
 */
export function checkGridAgainstAnchors(anchors: ReadonlyMap<string, readonly [number, number]>): string[] {
  const problems: string[] = [];
  const entries = Object.entries(REGION_GRID);
  for (const [a, [ca, ra]] of entries) {
    for (const [b, [cb, rb]] of entries) {
      const pa = anchors.get(a);
      const pb = anchors.get(b);
      if (!pa || !pb) continue;
      if (ca > cb && !(pa[0] > pb[0])) problems.push(`${a} is drawn east of ${b} but its anchor is not`);
      if (ra > rb && !(pa[1] < pb[1])) problems.push(`${a} is drawn south of ${b} but its anchor is not`);
    }
  }
  for (const slug of Object.keys(REGION_GRID)) if (!anchors.has(slug)) problems.push(`no anchor for ${slug}`);
  return problems;
}
