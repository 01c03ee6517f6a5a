import { describe, expect, it } from "vitest";
import { changeSummary, changeTitle } from "./change-text";

const base = { projectName: "بوستان خضر نبی (ع)", status: null, previousStatus: null, mention: { quote: "بوستان خضر نبی" }, figure: null, conflicts: [] };

describe("change text", () => {
  it("names the change and the project", () => {
    expect(changeTitle({ ...base, type: "new-project" })).toBe("پروژه‌ی تازه: بوستان خضر نبی (ع)");
  });

  it("says the status and what it replaced", () => {
    expect(changeSummary({ ...base, type: "status", status: "opening", previousStatus: "in_progress" }, "قم فوری")).toBe(
      "وضعیت: افتتاح و بهره‌برداری (پیش از این: در دست اجرا). «بوستان خضر نبی» — قم فوری",
    );
  });

  it("gives a conflicting figure with the earlier one, exact to the rial and of the same kind", () => {
    const c = { ...base, type: "conflicting-figure" as const, figure: { valueRial: 920_000_000_000, kind: "cost", qualifier: null }, conflicts: [{ valueRial: 730_000_000_000, kind: "cost", qualifier: "about" }] };
    expect(changeSummary(c, "x")).toBe("هزینه: ۹۲۰ میلیارد ریال (پیش‌تر گزارش شده بود: هزینه: حدود ۷۳۰ میلیارد ریال). «بوستان خضر نبی» — x");
  });
});
