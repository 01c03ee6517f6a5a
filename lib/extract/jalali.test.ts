import { describe, expect, it } from "vitest";
import { jalaliToIso } from "./jalali";

const PERSIAN = new Intl.DateTimeFormat("en-u-ca-persian-nu-latn", { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" });

describe("jalaliToIso", () => {
  it.each([[1404, 8, 18, "2025-11-09"], [1404, 1, 1, "2025-03-21"], [1403, 12, 30, "2025-03-20"], [1398, 1, 1, "2019-03-21"], [1399, 12, 30, "2021-03-20"]])(
    "%i/%i/%i → %s", (y, m, d, iso) => expect(jalaliToIso(y, m, d)).toBe(iso),
  );

  it("agrees with Intl's persian calendar every day from 1300 to 1500", () => {
    for (let t = Date.UTC(1921, 2, 22); t < Date.UTC(2121, 2, 20); t += 86_400_000) {
      const parts = PERSIAN.formatToParts(new Date(t));
      const get = (k: string) => Number(parts.find((p) => p.type === k)?.value);
      const iso = new Date(t).toISOString().slice(0, 10);
      if (jalaliToIso(get("year"), get("month"), get("day")) !== iso) expect(`${get("year")}/${get("month")}/${get("day")}`).toBe(iso);
    }
  });

  it("rejects impossible dates", () => {
    expect(jalaliToIso(1404, 13, 1)).toBeNull();
    expect(jalaliToIso(1404, 7, 31)).toBeNull();
  });
});
