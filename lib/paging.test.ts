import { describe, expect, it } from "vitest";
import { pageWindow } from "./paging";

describe("pageWindow", () => {
  it.each([
    // asked, total, size → page, pages, offset
    [1, 0, 20, 1, 1, 0],
    [5, 0, 20, 1, 1, 0],
    [1, 20, 20, 1, 1, 0],
    [2, 21, 20, 2, 2, 20],
    [3, 41, 20, 3, 3, 40],
    [100_000, 41, 20, 3, 3, 40],
    [100_000, 10_324, 500, 21, 21, 10_000],
    [0, 50, 20, 1, 3, 0],
    [-4, 50, 20, 1, 3, 0],
    [2.7, 50, 20, 2, 3, 20],
  ])("page %d of %d rows by %d → page %d of %d, offset %d", (asked, total, size, page, pages, offset) => {
    expect(pageWindow(asked, total, size)).toEqual({ page, pages, offset, size });
  });
});
