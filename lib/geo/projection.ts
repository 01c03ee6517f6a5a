// Planar projection for a small area: x = (lon - lon0) * cos(lat0), y = -lat, then scaled into a
// frame. Good enough (and honest) at province scale; no spherical maths, so the files' CCW outer
// rings need no rewinding (SOURCES.md's d3-geo caveat does not apply).
import type { Point, Ring, ViewBox } from "./types";

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface Projection {
  (lonLat: Point): Point;
  readonly viewBox: ViewBox;
  /** Frame units per degree of latitude (north–south distances are true at any latitude). */
  readonly unitsPerDegree: number;
}

const DEG = Math.PI / 180;

/** Unscaled planar coordinates of a lon/lat pair. */
export function planar(lonLat: Point, lon0: number, lat0: number): Point {
  return [(lonLat[0] - lon0) * Math.cos(lat0 * DEG), -lonLat[1]];
}

export function boundsOf(points: Iterable<Point>): Bounds {
  const b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const [x, y] of points) {
    b.minX = Math.min(b.minX, x);
    b.minY = Math.min(b.minY, y);
    b.maxX = Math.max(b.maxX, x);
    b.maxY = Math.max(b.maxY, y);
  }
  return b;
}

export function padBounds(b: Bounds, fraction: number): Bounds {
  const px = (b.maxX - b.minX) * fraction;
  const py = (b.maxY - b.minY) * fraction;
  return { minX: b.minX - px, minY: b.minY - py, maxX: b.maxX + px, maxY: b.maxY + py };
}

/**
 * A projection that maps the lon/lat bounding box `area` (after padding) onto a frame `width`
 * units wide, with lat0 at the box's middle so east–west distances are right there.
 */
export function fitProjection(area: readonly Point[], width: number, padding = 0.06): Projection {
  const lonLat = boundsOf(area);
  const lon0 = (lonLat.minX + lonLat.maxX) / 2;
  const lat0 = (lonLat.minY + lonLat.maxY) / 2;
  const b = padBounds(boundsOf(area.map((p) => planar(p, lon0, lat0))), padding);
  const k = width / (b.maxX - b.minX);
  const height = round((b.maxY - b.minY) * k);
  const viewBox: ViewBox = [0, 0, width, height];
  const project = (p: Point): Point => {
    const [x, y] = planar(p, lon0, lat0);
    return [round((x - b.minX) * k), round((y - b.minY) * k)];
  };
  return Object.assign(project, { viewBox, unitsPerDegree: k });
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * Signed area (shoelace). Positive is counter-clockwise with y up (lon/lat) but clockwise on screen
 * with y down, so a projected RFC 7946 outer ring comes out negative.
 */
export function ringArea(ring: Ring): number {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    s += x1 * y2 - x2 * y1;
  }
  return s / 2;
}
