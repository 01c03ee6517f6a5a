import { describe, expect, it } from "vitest";
import { decodeArticle } from "./decode";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("decodeArticle", () => {
  it("returns UTF-8 text unchanged", () => expect(decodeArticle(bytes("شهرداری قم"), "a.txt")).toBe("شهرداری قم"));
  it("keeps a BOM so offsets match the file as read with readFileSync(…, 'utf8')", () => {
    expect(decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), "a.txt")).toBe("\uFEFFa");
  });
  it.each([
    [new Uint8Array(), "a.txt: empty"],
    [bytes("  \n "), "a.txt: empty"],
    [new Uint8Array([0x61, 0x00, 0x62]), "a.txt: binary"],
    [new Uint8Array([0xff, 0xfe, 0x61]), "a.txt: not UTF-8"],
  ])("rejects bad input (%#)", (input, message) => expect(() => decodeArticle(input, "a.txt")).toThrow(message));
});
