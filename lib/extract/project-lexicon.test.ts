import { describe, expect, it } from "vitest";
import { BUILD_WORDS, CATEGORY_WORDS, GENERIC_WORDS, HEAD_WORDS, NAME_MARKERS, STATUS_CUES, STOP_WORDS, WORK_WORDS } from "./project-lexicon";
import { PROJECT_CATEGORIES, PROJECT_STATUSES } from "./types";

describe("project lexicon", () => {
  it("uses only contract statuses and categories", () => {
    for (const [s] of STATUS_CUES) expect(PROJECT_STATUSES).toContain(s);
    for (const [c] of CATEGORY_WORDS) expect(PROJECT_CATEGORIES).toContain(c);
  });
  it("never ends a name at its own head or work", () => {
    for (const word of [...HEAD_WORDS, ...WORK_WORDS, ...BUILD_WORDS]) expect(STOP_WORDS, word).not.toContain(word);
  });
  it("never takes a word that begins a proper name for a generic one", () => {
    for (const word of NAME_MARKERS) expect(GENERIC_WORDS, word).not.toContain(word);
  });
});
