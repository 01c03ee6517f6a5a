import { describe, expect, it } from "vitest";
import { boundsOf, fitProjection, planar, ringArea } from "./projection";
import type { Point } from "./types";

// A CCW (RFC 7946) lon/lat square near Qom.
const SQUARE: Point[] = [[50, 34], [51, 34], [51, 35], [50, 35], [50, 34]];

describe("planar projection", () => {
  it("shrinks longitude by cos(lat0) and flips latitude", () => {
    const [x, y] = planar([51, 35], 50, 60);
    expect(x).toBeCloseTo(0.5, 6);
    expect(y).toBe(-35);
  });

  it("fits an area into a frame of the given width, padding included", () => {
    const p = fitProjection(SQUARE, 1000, 0);
    expect(p.viewBox[2]).toBe(1000);
    expect(p([50, 35])).toEqual([0, 0]); // north-west corner at the top left
    expect(p([51, 34])).toEqual([1000, p.viewBox[3]]);
    // cos(34.5°) ≈ 0.824: a 1°×1° box is taller than wide.
    expect(p.viewBox[3]).toBeCloseTo(1000 / Math.cos((34.5 * Math.PI) / 180), -1);
  });

  it("keeps every projected point inside the viewBox", () => {
    const p = fitProjection(SQUARE, 400);
    const b = boundsOf(SQUARE.map(p));
    expect(b.minX).toBeGreaterThanOrEqual(0);
    expect(b.minY).toBeGreaterThanOrEqual(0);
    expect(b.maxX).toBeLessThanOrEqual(400);
    expect(b.maxY).toBeLessThanOrEqual(p.viewBox[3]);
  });

  it("keeps a CCW lon/lat ring counter-clockwise on screen (negative shoelace with y down), same area", () => {
    const p = fitProjection(SQUARE, 100, 0);
    expect(ringArea(SQUARE)).toBeGreaterThan(0);
    const area = ringArea(SQUARE.map(p));
    expect(area).toBeLessThan(0);
    expect(-area).toBeCloseTo(100 * p.viewBox[3], -1);
  });
});
