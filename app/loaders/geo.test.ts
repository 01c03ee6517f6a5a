import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getGeo } from "./geo";

const tmp = (name: string, text?: string) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "geo-q-")), name);
  if (text !== undefined) fs.writeFileSync(file, text);
  return file;
};

describe("getGeo", () => {
  it("returns null when the generated file is missing, unreadable or says the data was absent", () => {
    expect(getGeo(tmp("missing.json"))).toBeNull();
    expect(getGeo(tmp("broken.json", "{"))).toBeNull();
    expect(getGeo(tmp("absent.json", JSON.stringify({ available: false, generatedBy: "x", reason: "not found" })))).toBeNull();
  });

  it("returns the data when present, read once", () => {
    const data = { available: true, generatedBy: "x", province: { counties: [] }, inset: {}, sources: [] };
    const file = tmp("geo.json", JSON.stringify(data));
    expect(getGeo(file)).toMatchObject({ available: true });
    fs.rmSync(file);
    expect(getGeo(file)).toMatchObject({ available: true });
  });
});
