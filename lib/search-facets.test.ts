import { describe, expect, it } from "vitest";
import { facetsFromGroups, type WorkGroup } from "./search-facets";

// region-3 covers its neighbourhoods (lib/districts.ts); «city» is only itself.
const GROUPS: WorkGroup[] = [
  { status: "completed", category: "park", placesKey: "region-3", n: 4 },
  { status: "in_progress", category: "park", placesKey: "region-6", n: 2 },
  { status: null, category: "road", placesKey: "city,region-3", n: 3 },
  { status: "completed", category: "road", placesKey: "", n: 5 },
];
const NONE = { district: null, status: null, category: null };
const entries = (m: Map<string, number>) => Object.fromEntries([...m].sort());

describe("facetsFromGroups", () => {
  it("counts every matched work under its status, category and each filter covering its places", () => {
    const f = facetsFromGroups(GROUPS, NONE);
    expect(entries(f.status)).toEqual({ "": 3, completed: 9, in_progress: 2 });
    expect(entries(f.category)).toEqual({ park: 6, road: 8 });
    // a work of city and region-3 counts once in each; the placeless works in none
    expect(entries(f.district)).toEqual({ city: 3, "region-3": 7, "region-6": 2 });
  });

  it("applies the other filters to each facet, never a facet's own filter", () => {
    const f = facetsFromGroups(GROUPS, { district: "region-3", status: "completed", category: null });
    expect(entries(f.status)).toEqual({ "": 3, completed: 4 }); // in region-3, any status
    expect(entries(f.category)).toEqual({ park: 4 }); // in region-3 and completed
    expect(entries(f.district)).toEqual({ "region-3": 4 }); // completed, any place
    const byCategory = facetsFromGroups(GROUPS, { district: null, status: null, category: "road" });
    expect(entries(byCategory.district)).toEqual({ city: 3, "region-3": 3 });
    expect(entries(byCategory.category)).toEqual({ park: 6, road: 8 });
  });

  it("finds a region's works through the neighbourhoods it covers", () => {
    const niroogah: WorkGroup[] = [{ status: "completed", category: "park", placesKey: "niroogah", n: 2 }]; // a neighbourhood of region 6
    expect(entries(facetsFromGroups(niroogah, NONE).district)).toEqual({ niroogah: 2, "region-6": 2 });
    expect(entries(facetsFromGroups(niroogah, { district: "region-6", status: null, category: null }).status)).toEqual({ completed: 2 });
    expect(facetsFromGroups(niroogah, { district: "region-3", status: null, category: null }).status.size).toBe(0);
  });
});
