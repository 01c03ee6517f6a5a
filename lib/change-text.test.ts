import { describe, expect, it } from "vitest";
import { changeId, changeSummary, changeTitle, type ChangeForText } from "./change-text";

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
    const c: ChangeForText = { ...base, type: "conflicting-figure", figure: { valueRial: 920_000_000_000, kind: "cost", qualifier: null }, conflicts: [{ valueRial: 730_000_000_000, kind: "cost", qualifier: "about" }] };
    expect(changeSummary(c, "x")).toBe("هزینه: ۹۲۰ میلیارد ریال (پیش‌تر گزارش شده بود: هزینه: حدود ۷۳۰ میلیارد ریال). «بوستان خضر نبی» — x");
  });
});

describe("changeId", () => {
  it("tells apart works listed in one phrase (same offset), and is the same for the same change", () => {
    const c = (name: string) => ({ type: "new-project" as const, mention: { start: 120, name }, figure: null });
    const a = changeId("qom.example", "da1e9598d4ba8538ffff", c("بوستان علوی"));
    expect(a).toMatch(/^tag:qom\.example,2026:da1e9598d4ba8538\/new-project\/120-[0-9a-f]{8}$/);
    expect(changeId("qom.example", "da1e9598d4ba8538ffff", c("بوستان زائر"))).not.toBe(a);
    expect(changeId("qom.example", "da1e9598d4ba8538ffff", c("بوستان علوی"))).toBe(a);
  });
});
