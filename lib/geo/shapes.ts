// Geometry on projected rings: simplification, clipping to the frame, SVG path data, label points.
import { boundsOf, round, type Bounds } from "./projection";
import type { Point, Polygon, Ring } from "./types";

function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker on an open polyline; endpoints always stay. */
export function simplifyLine(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2 || tolerance <= 0) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let far = -1;
    let dist = tolerance;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance(points[i]!, points[a]!, points[b]!);
      if (d > dist) [far, dist] = [i, d];
    }
    if (far >= 0) {
      keep[far] = 1;
      stack.push([a, far], [far, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** Simplifies a closed ring; a ring that would collapse below a triangle is kept as it was. */
export function simplifyRing(ring: Ring, tolerance: number): Point[] {
  const open = samePoint(ring[0], ring[ring.length - 1]) ? ring.slice(0, -1) : [...ring];
  if (open.length < 4) return open;
  // Split at the vertex farthest from the first so both halves are real polylines.
  let far = 0;
  for (let i = 1; i < open.length; i++) if (dist2(open[i]!, open[0]!) > dist2(open[far]!, open[0]!)) far = i;
  const a = simplifyLine(open.slice(0, far + 1), tolerance);
  const b = simplifyLine([...open.slice(far), open[0]!], tolerance);
  const out = [...a, ...b.slice(1, -1)];
  return out.length >= 3 ? dedupe(out) : open;
}

function dist2(a: Point, b: Point): number {
  return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;
}

function samePoint(a: Point | undefined, b: Point | undefined): boolean {
  return !!a && !!b && a[0] === b[0] && a[1] === b[1];
}

function dedupe(points: Point[]): Point[] {
  return points.filter((p, i) => i === 0 || !samePoint(p, points[i - 1]));
}

/** Sutherland–Hodgman clip of a ring to an axis-aligned rectangle (for context shapes only). */
export function clipRing(ring: Ring, box: Bounds): Point[] {
  type Edge = { inside: (p: Point) => boolean; cut: (a: Point, b: Point) => Point };
  const at = (a: Point, b: Point, t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  const edges: Edge[] = [
    { inside: (p) => p[0] >= box.minX, cut: (a, b) => at(a, b, (box.minX - a[0]) / (b[0] - a[0])) },
    { inside: (p) => p[0] <= box.maxX, cut: (a, b) => at(a, b, (box.maxX - a[0]) / (b[0] - a[0])) },
    { inside: (p) => p[1] >= box.minY, cut: (a, b) => at(a, b, (box.minY - a[1]) / (b[1] - a[1])) },
    { inside: (p) => p[1] <= box.maxY, cut: (a, b) => at(a, b, (box.maxY - a[1]) / (b[1] - a[1])) },
  ];
  let out: Point[] = samePoint(ring[0], ring[ring.length - 1]) ? ring.slice(0, -1) : [...ring];
  for (const e of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i]!;
      const prev = input[(i + input.length - 1) % input.length]!;
      if (e.inside(cur)) {
        if (!e.inside(prev)) out.push(e.cut(prev, cur));
        out.push(cur);
      } else if (e.inside(prev)) {
        out.push(e.cut(prev, cur));
      }
    }
    if (out.length === 0) break;
  }
  return out.length >= 3 ? out : [];
}

/** SVG path data for polygons (outer ring + holes); closed with Z, one decimal. */
export function pathOf(polygons: readonly Polygon[]): string {
  const parts: string[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const open = samePoint(ring[0], ring[ring.length - 1]) ? ring.slice(0, -1) : ring;
      if (open.length < 3) continue;
      parts.push(`M${open.map(([x, y]) => `${round(x)} ${round(y)}`).join("L")}Z`);
    }
  }
  return parts.join("");
}

function pointInRing(p: Point, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInPolygons(p: Point, polygons: readonly Polygon[]): boolean {
  return polygons.some((poly) => poly.reduce((acc, ring) => (pointInRing(p, ring) ? !acc : acc), false));
}

/**
 * A label point well inside the shape: the grid sample farthest from any edge (polylabel-lite),
 * skipping samples inside `avoid` boxes (other labels, the inset) while any other sample is left.
 */
export function labelPoint(polygons: readonly Polygon[], avoid: readonly Bounds[] = [], steps = 48): Point {
  const rings = polygons.flat();
  const b = boundsOf(rings.flat());
  let best: Point = [(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2];
  let bestDist = -Infinity;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const p: Point = [b.minX + ((b.maxX - b.minX) * i) / steps, b.minY + ((b.maxY - b.minY) * j) / steps];
      if (!pointInPolygons(p, polygons)) continue;
      let d = Infinity;
      for (const ring of rings) for (let k = 0; k < ring.length; k++) d = Math.min(d, segmentDistance(p, ring[k]!, ring[(k + 1) % ring.length]!));
      // Avoided samples still count, far behind any free one, so a label always lands inside.
      if (avoid.some((b) => p[0] >= b.minX && p[0] <= b.maxX && p[1] >= b.minY && p[1] <= b.maxY)) d -= 1e6;
      if (d > bestDist) [best, bestDist] = [p, d];
    }
  }
  return [round(best[0]), round(best[1])];
}
