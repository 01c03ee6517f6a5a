import { describe, expect, it } from "vitest";
import { checkPaste, PASTE_LIMIT_BYTES, utf8Length } from "./paste-limit";

describe("utf8Length", () => {
  it.each([
    ["", 0],
    ["abc", 3],
    ["ریال", 8], // Arabic script: 2 bytes a letter
    ["۴۴۲", 6],
    ["\u200c", 3], // ZWNJ
    ["😀", 4], // a surrogate pair is one 4-byte character
    ["\ud800", 3], // a lone surrogate is encoded as U+FFFD
    ["a\r\nب", 5],
  ])("%j → %i bytes", (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});

describe("checkPaste", () => {
  it("accepts exactly the limit and refuses one byte more", () => {
    expect(checkPaste("ب".repeat(PASTE_LIMIT_BYTES / 2))).toEqual({ ok: true, bytes: PASTE_LIMIT_BYTES });
    expect(checkPaste(`${"ب".repeat(PASTE_LIMIT_BYTES / 2)}a`)).toEqual({ ok: false, reason: "too_large", bytes: PASTE_LIMIT_BYTES + 1 });
  });

  it("counts bytes, not characters: 60,000 Persian letters are 120,000 bytes", () => {
    const r = checkPaste("پ".repeat(60_000));
    expect(r).toEqual({ ok: false, reason: "too_large", bytes: 120_000 });
  });

  it("measures a paste far beyond the limit exactly, for the message", () => {
    expect(checkPaste("ی".repeat(2_500_000))).toEqual({ ok: false, reason: "too_large", bytes: 5_000_000 });
  });

  it("calls whitespace, direction marks and a BOM alone empty", () => {
    expect(checkPaste(" \r\n\t\u200f\u200e\u202b\ufeff ")).toEqual({ ok: false, reason: "empty" });
    expect(checkPaste("\u200fمنطقه ۶")).toEqual({ ok: true, bytes: 3 + 13 });
  });
});
