import { describe, expect, it } from "vitest";
import { decodePlacesKey, encodePlacesKey, isJointKey } from "./places-key";

describe("places key codec", () => {
  it("encodes no place as the empty string and decodes it to no place", () => {
    expect(encodePlacesKey([])).toBe("");
    expect(decodePlacesKey("")).toEqual([]);
    expect(isJointKey("")).toBe(false);
  });

  it("round-trips one place", () => {
    expect(encodePlacesKey(["region-6"])).toBe("region-6");
    expect(decodePlacesKey("region-6")).toEqual(["region-6"]);
    expect(isJointKey("region-6")).toBe(false);
  });

  it("sorts several places by code unit, as the stored keys are", () => {
    expect(encodePlacesKey(["region-6", "niroogah", "region-2"])).toBe("niroogah,region-2,region-6");
    expect(decodePlacesKey("niroogah,region-2,region-6")).toEqual(["niroogah", "region-2", "region-6"]);
    expect(isJointKey("region-2,region-6")).toBe(true);
  });

  it("gives unsorted input the same key as sorted input", () => {
    expect(encodePlacesKey(["region-6", "region-2"])).toBe(encodePlacesKey(["region-2", "region-6"]));
  });

  it("keeps a repeated place once", () => {
    expect(encodePlacesKey(["region-2", "region-2", "city"])).toBe("city,region-2");
    expect(isJointKey(encodePlacesKey(["region-2", "region-2"]))).toBe(false);
  });

  it("decodes what it encodes", () => {
    const slugs = ["salafchegan", "province", "kahak"];
    expect(decodePlacesKey(encodePlacesKey(slugs))).toEqual([...slugs].sort());
  });
});
