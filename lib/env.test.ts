import { describe, expect, it } from "vitest";
import { EnvError, parseEnv, siteUrlNotice } from "./env";

describe("parseEnv", () => {
  it("defaults: localhost on PORT, the usual files and folders", () => {
    const e = parseEnv({});
    expect(e).toMatchObject({ SITE_URL: "http://localhost:3000", SITE_URL_SET: false, PORT: 3000, DB_FILE: "data/qom.db", CORPUS_DIR: "../shared/dev-corpus/articles", GEO_DIR: "../shared/geo", ARTICLES_DIR: "data/articles" });
    expect(parseEnv({ PORT: "3200" }).SITE_URL).toBe("http://localhost:3200");
  });

  it("SITE_URL loses its trailing slash and counts as set; empty means unset", () => {
    expect(parseEnv({ SITE_URL: "https://qom-dashboard.example/" })).toMatchObject({ SITE_URL: "https://qom-dashboard.example", SITE_URL_SET: true });
    expect(parseEnv({ SITE_URL: "  " }).SITE_URL_SET).toBe(false);
  });

  it.each([["SITE_URL", "qom.example"], ["SITE_URL", "ftp://qom.example"], ["PORT", "http"], ["PORT", "70000"]])("refuses %s=%s, naming it", (key, value) => {
    expect(() => parseEnv({ [key]: value })).toThrow(EnvError);
    expect(() => parseEnv({ [key]: value })).toThrow(new RegExp(`^invalid environment: ${key}: `));
  });
});

describe("siteUrlNotice", () => {
  it("one line naming the localhost address and how to set SITE_URL when it is not set", () => {
    const line = siteUrlNotice(parseEnv({ PORT: "3200" }));
    expect(line).toContain("http://localhost:3200");
    expect(line).toContain("SITE_URL=https://");
    expect(line).not.toContain("\n");
  });

  it("nothing when it is set", () => expect(siteUrlNotice(parseEnv({ SITE_URL: "https://qom.example" }))).toBeNull());
});
