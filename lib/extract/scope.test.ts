import { describe, expect, it } from "vitest";
import { articleScope, groupMentions, specific } from "./scope";
import { findMentions } from "./places";
import { normaliseString } from "./normalize";

describe("scope", () => {
  it("drops a parent when a child is named with it", () => {
    expect(specific(["city", "region-6", "region-2"])).toEqual(["region-2", "region-6"]);
    expect(specific(["province", "kahak"])).toEqual(["kahak"]);
  });

  it("joins places written as one list", () => {
    const text = normaliseString("شهرک خودرو و شهرک صنوف و در منطقه ۶");
    expect(groupMentions(text, findMentions(text)).map((g) => g.slugs)).toEqual([["shahrak-khodro", "shahrak-senf"], ["region-6"]]);
  });

  it("takes the article's scope from what it names most", () => {
    expect(articleScope(findMentions(normaliseString("شهرداری قم و منطقه ۲ و استان قم")))).toEqual(["city"]);
    expect(articleScope(findMentions(normaliseString("استان قم، کهک و شهرداری قم")))).toEqual(["province"]);
    expect(articleScope([])).toEqual([]);
  });
});
