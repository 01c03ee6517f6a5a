import { describe, expect, it } from "vitest";
import { AMOUNT_KINDS, isAmountKind, isProjectCategory, isProjectStatus, isQualifier, PROJECT_CATEGORIES, PROJECT_STATUSES, QUALIFIERS } from "./types";

describe("guards of the fact vocabularies", () => {
  it.each([
    ["isAmountKind", isAmountKind, AMOUNT_KINDS],
    ["isProjectStatus", isProjectStatus, PROJECT_STATUSES],
    ["isProjectCategory", isProjectCategory, PROJECT_CATEGORIES],
    ["isQualifier", isQualifier, QUALIFIERS],
  ] as const)("%s accepts every value of its list", (_, guard, values) => {
    for (const v of values) expect(guard(v)).toBe(true);
  });

  it("refuses what is not in the list: other lists' values, case, padding, non-strings", () => {
    for (const v of ["opening", "Credit", " credit", "", "credit,budget", null, undefined, 3, ["credit"]]) expect(isAmountKind(v)).toBe(false);
    for (const v of ["credit", "Opening", "in progress", null]) expect(isProjectStatus(v)).toBe(false);
    for (const v of ["parks", "credit", null]) expect(isProjectCategory(v)).toBe(false);
    for (const v of ["about ", "more-than", "credit", 0]) expect(isQualifier(v)).toBe(false);
  });
});
