import { describe, expect, it } from "vitest";
import { parseId } from "./params";

describe("parseId", () => {
  it.each([
    ["1", 1],
    ["42", 42],
    ["0", null],
    ["-3", null],
    ["1.5", null],
    ["abc", null],
    ["۱", null],
    ["99999999999999999999", null],
    [undefined, null],
    ["", null],
  ])("%s → %s", (raw, expected) => expect(parseId(raw)).toBe(expected));
});
