import { describe, expect, it } from "vitest";
import { CATEGORY_WORDS, STATUS_CUES, TERMINATORS, ACTION_HEADS, OBJECT_HEADS } from "./project-lexicon";
import { PROJECT_CATEGORIES, PROJECT_STATUSES } from "./types";

describe("project lexicon", () => {
  it("uses only contract statuses and categories", () => {
    for (const [s] of STATUS_CUES) expect(PROJECT_STATUSES).toContain(s);
    for (const [c] of CATEGORY_WORDS) expect(PROJECT_CATEGORIES).toContain(c);
  });
  it("never ends a name at its own head", () => {
    for (const head of [...ACTION_HEADS, ...OBJECT_HEADS]) expect(TERMINATORS).not.toContain(head);
  });
});
