import { describe, expect, it } from "vitest";
import {
  PLACES, ancestorsOf, descendantsOf, filterScopeOf, filtersCovering, isPlaceSlug, placeLabel, placesLabel, regionOf, sortPlaceSlugs,
} from "./districts";

describe("the one list of places", () => {
  it("has the eight regions, city, province, five towns and the neighbourhoods of DESIGN.md", () => {
    expect(PLACES.filter((p) => p.kind === "region").map((p) => p.fa)).toEqual(
      ["منطقه ۱", "منطقه ۲", "منطقه ۳", "منطقه ۴", "منطقه ۵", "منطقه ۶", "منطقه ۷", "منطقه ۸"],
    );
    expect(PLACES.filter((p) => p.kind === "town").map((p) => p.slug)).toEqual(["kahak", "jafariyeh", "qanavat", "salafchegan", "dastjerd"]);
    expect(new Set(PLACES.map((p) => p.slug)).size).toBe(PLACES.length);
  });

  it("every parent exists", () => {
    for (const p of PLACES) if (p.parent) expect(isPlaceSlug(p.parent)).toBe(true);
  });

  it.each([
    ["niroogah", "region-6"],
    ["seyyed-masoum", "region-6"],
    ["pardisan", "region-8"],
    ["jamkaran", "region-5"],
    ["region-3", "region-3"],
    ["shahrak-khodro", null],
    ["kahak", null],
    ["nowhere", null],
  ])("regionOf(%s) = %s", (slug, region) => expect(regionOf(slug)).toBe(region));

  it("labels joint regions the way Persian news writes them", () => {
    expect(placesLabel(["region-6", "region-2"])).toBe("مناطق ۲ و ۶");
    expect(placesLabel(["region-1", "region-2", "region-3"])).toBe("مناطق ۱، ۲ و ۳");
    expect(placesLabel(["shahrak-senf", "shahrak-khodro"])).toBe("شهرک خودرو و شهرک صنوف");
    expect(placeLabel("unknown-slug")).toBe("unknown-slug");
  });

  it("scopes a region filter over its neighbourhoods, but not the city over its regions", () => {
    expect(filterScopeOf("region-6")).toEqual(["region-6", "niroogah", "seyyed-masoum", "shahrak-kamkar"]);
    expect(filterScopeOf("city")).toEqual(["city"]);
    expect(filtersCovering("niroogah")).toEqual(["niroogah", "region-6"]);
    expect(filtersCovering("city")).toEqual(["city"]);
    expect(descendantsOf("region-8")).toEqual(["pardisan", "maskan-mehr-pardisan", "pardisan-560ha", "pardisan-22ha"]);
    expect(ancestorsOf("pardisan")).toEqual(["region-8", "city", "province"]);
    expect(sortPlaceSlugs(["region-6", "city", "region-2", "region-6"])).toEqual(["city", "region-2", "region-6"]);
  });

  it("names every place in right-to-left text only: no direction controls, marks or Latin letters that could turn our labels around", () => {
    // The gazetteer is built from third-party lists (lib/places-gazetteer.ts); its names sit inside
    // our sentences («پروژه‌های …», «… | ۳ خبر») and in the map's SVG, where no <bdi> can isolate them.
    for (const p of PLACES) {
      for (const name of [p.fa, ...p.aliases]) expect(name, p.slug).not.toMatch(/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069A-Za-z]/);
    }
  });
});
