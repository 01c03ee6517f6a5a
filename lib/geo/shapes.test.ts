import { describe, expect, it } from "vitest";
import { boundsOf, ringArea } from "./projection";
import { clipRing, labelPoint, pathOf, pointInPolygons, simplifyLine, simplifyRing } from "./shapes";
import type { Point, Polygon } from "./types";

// A CCW (RFC 7946) lon/lat square near Qom, and a clockwise hole inside it.
const SQUARE: Point[] = [[50, 34], [51, 34], [51, 35], [50, 35], [50, 34]];
const HOLE: Point[] = [[50.4, 34.4], [50.4, 34.6], [50.6, 34.6], [50.6, 34.4], [50.4, 34.4]];

describe("simplify", () => {
  it("keeps endpoints and drops points within tolerance", () => {
    const line: Point[] = [[0, 0], [1, 0.1], [2, -0.1], [3, 5], [4, 0]];
    expect(simplifyLine(line, 0.5)).toEqual([[0, 0], [2, -0.1], [3, 5], [4, 0]]);
    expect(simplifyLine(line, 0)).toEqual(line);
  });

  it("never collapses a ring below a triangle", () => {
    const tiny: Point[] = [[0, 0], [0.01, 0], [0.01, 0.01], [0, 0.01], [0, 0]];
    expect(simplifyRing(tiny, 10).length).toBeGreaterThanOrEqual(3);
  });
});

describe("clipRing", () => {
  it("cuts a ring to a rectangle", () => {
    const ring: Point[] = [[-10, -10], [10, -10], [10, 10], [-10, 10]];
    const out = clipRing(ring, { minX: 0, minY: 0, maxX: 5, maxY: 5 });
    const b = boundsOf(out);
    expect(b).toEqual({ minX: 0, minY: 0, maxX: 5, maxY: 5 });
    expect(Math.abs(ringArea(out))).toBe(25);
  });

  it("drops a ring wholly outside", () => {
    expect(clipRing([[10, 10], [11, 10], [11, 11]], { minX: 0, minY: 0, maxX: 5, maxY: 5 })).toEqual([]);
  });
});

describe("pathOf", () => {
  it("writes one closed subpath per ring, one decimal, no NaN", () => {
    const poly: Polygon = [[[0, 0], [10.04, 0], [10, 10.16], [0, 0]], [[2, 2], [3, 2], [3, 3]]];
    expect(pathOf([poly])).toBe("M0 0L10 0L10 10.2ZM2 2L3 2L3 3Z");
  });

  it("skips degenerate rings", () => {
    expect(pathOf([[[[0, 0], [1, 1]]]])).toBe("");
  });
});

describe("labelPoint", () => {
  const donut: Polygon = [SQUARE, HOLE];
  it("lands inside the shape, outside its hole", () => {
    const p = labelPoint([donut]);
    expect(pointInPolygons(p, [donut])).toBe(true);
  });

  it("keeps out of avoided boxes when it can", () => {
    const ring: Point[] = [[0, 0], [100, 0], [100, 20], [0, 20]];
    const p = labelPoint([[ring]], [{ minX: 30, maxX: 70, minY: -1, maxY: 21 }]);
    expect(p[0] < 30 || p[0] > 70).toBe(true);
    expect(pointInPolygons(p, [[ring]])).toBe(true);
  });
});
