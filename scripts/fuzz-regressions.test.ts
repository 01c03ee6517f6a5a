// Bugs found by `npm run fuzz:http`, pinned as unit tests (see docs/reliability.md).
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "../proxy";

const run = (path: string) => proxy(new NextRequest(`http://127.0.0.1${path}`));

describe("proxy.ts on paths Next cannot percent-decode", () => {
  // Next 16 answered these with a bare 500 and no security headers (vercel/next.js#92527).
  it.each(["/districts/%ZZ", "/articles/%", "/charts/%E0%80%AF", "/api/charts/%C3%28/png", "/projects/%ED%A0%80", "/%FF"])(
    "%s → 400 with the security headers",
    (path) => {
      const res = run(path);
      expect(res.status).toBe(400);
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    },
  );

  it.each(["/districts/region-1", "/districts/%D9%85%D9%86", "/projects?q=%", "/districts/%25", "/charts/status?embed=1"])(
    "%s is passed on to the app",
    (path) => {
      expect(run(path).headers.get("x-middleware-next")).toBe("1");
    },
  );
});

describe("proxy.ts framing follows what the chart page renders", () => {
  // The page embeds only for a single `embed=1` (repeated keys arrive as an array); the proxy
  // used `searchParams.get`, so `?embed=1&embed=1` let the full page be framed.
  it.each([
    ["/charts/status?embed=1", null],
    ["/charts/status?embed=1&embed=1", "DENY"],
    ["/charts/status?embed=1&embed=0", "DENY"],
    ["/charts/status?embed=true", "DENY"],
    ["/projects?embed=1", "DENY"],
  ])("%s → X-Frame-Options %s", (path, expected) => {
    expect(run(path).headers.get("x-frame-options")).toBe(expected);
  });
});
