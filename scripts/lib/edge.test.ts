import { describe, expect, it } from "vitest";
import { canonicalTarget, isDownloadPath, normalisePath, refuse, withoutRscParam } from "./edge";

describe("refuse: targets and methods no route answers", () => {
  it.each([
    ["GET", "http://evil.example/about", 400],
    ["GET", "https://127.0.0.1:3400/", 400],
    ["GET", "*", 400],
    ["OPTIONS", "*", 400],
    ["CONNECT", "evil.example:443", 400],
    ["TRACE", "/", 405],
    ["POST", "/", 405],
    ["PUT", "/projects?district=region-6", 405],
    ["DELETE", "/articles/1", 405],
    ["OPTIONS", "/about", 405],
    ["PROPFIND", "/api/projects", 405],
    ["POST", "/api/projects", 405],
    ["TRACE", "/_next/static/x.js", 405],
  ] as const)("%s %s → %i", (method, target, status) => {
    expect(refuse(method, target)?.status).toBe(status);
  });

  it.each([
    ["GET", "/"], ["HEAD", "/about"], ["GET", "/projects?q=x"], ["GET", "/api/projects"], ["HEAD", "/api/amounts"],
    ["OPTIONS", "/api/projects"], ["GET", "/_next/static/chunks/a.js"], ["GET", "//evil.example/x"],
  ] as const)("%s %s is passed on", (method, target) => {
    expect(refuse(method, target)).toBeNull();
  });

  it("says what is allowed", () => {
    expect(refuse("POST", "/")?.allow).toBe("GET, HEAD");
    expect(refuse("DELETE", "/api/projects")?.allow).toBe("GET, HEAD, OPTIONS");
  });
});

describe("canonicalTarget: junk variations share one form", () => {
  it.each([
    ["/?u=123", "/"],
    ["/?unit=rial&u=1", "/"],
    ["/?u=1&unit=toman&unit=rial", "/?unit=toman"],
    ["/?unit=%3Cscript%3E", "/"],
    ["/projects?utm_source=x&status=opening&district=region-6", "/projects?district=region-6&status=opening"],
    ["/projects?district=region-6&status=opening", "/projects?district=region-6&status=opening"],
    ["/projects?q=&district=&sort=source&page=1&unit=rial", "/projects"],
    ["/projects?q=++%D8%A8%D9%88%D8%B3%D8%AA%D8%A7%D9%86++&page=2", "/projects?q=%D8%A8%D9%88%D8%B3%D8%AA%D8%A7%D9%86&page=2"],
    ["/projects?page=99999999", "/projects"],
    ["/districts/region-6?unit=toman&status=opening", "/districts/region-6?unit=toman"],
    ["/articles/3?u=1", "/articles/3"],
    ["/about?_rsc=abc", "/about"],
    ["/charts/status?kind=credit&district=region-2&embed=1&x=1", "/charts/status?district=region-2&embed=1"],
    ["/charts/status?embed=1&embed=1", "/charts/status"],
    ["/charts/nope?kind=credit", "/charts/nope"],
    ["/map?metric=amount&kind=need&district=region-1", "/map?kind=need&metric=amount"],
    ["/api/projects?format=csv&status=opening&junk=1", "/api/projects?status=opening&format=csv"],
    ["/api/amounts?format=json&x=1", "/api/amounts"],
    // The full CSV is every amount whatever the view, a page at a time: only its page is kept.
    ["/api/charts/spending?full=1&format=csv&unit=toman&page=3", "/api/charts/spending?format=csv&full=1&page=3"],
    ["/api/amounts?page=2&format=csv&page=9", "/api/amounts?format=csv&page=2"],
    ["/api/charts/spending/png?kind=credit&format=csv", "/api/charts/spending/png?kind=credit"],
    ["/%72egion?a=1", "/region"],
    ["/districts/%d9%85", "/districts/%D9%85"],
  ])("%s → %s", (target, canonical) => {
    expect(canonicalTarget(target, false)).toBe(canonical);
  });

  it("keeps Next's _rsc parameter on client navigations, outside the cache key", () => {
    const t = canonicalTarget("/projects?x=1&_rsc=1abcd&district=region-6", true);
    expect(t).toBe("/projects?district=region-6&_rsc=1abcd");
    expect(withoutRscParam(t)).toBe("/projects?district=region-6");
    expect(withoutRscParam(canonicalTarget("/about?_rsc=zz", true))).toBe("/about");
  });

  it("normalises percent-escapes of unreserved characters only", () => {
    expect(normalisePath("/a%2Fb%7e%2d%41")).toBe("/a%2Fb~-A");
    expect(normalisePath("/%ZZ/%")).toBe("/%ZZ/%");
  });
});

describe("isDownloadPath: the files of /data wait in their own queue", () => {
  it.each([
    ["/data/qom-civic-data.sqlite", true],
    ["/data/amounts.csv", true],
    ["/data", false],
    ["/data?x=1", false],
    ["/database", false],
    ["/api/amounts", false],
  ] as const)("%s → %s", (target, yes) => expect(isDownloadPath(target)).toBe(yes));
});
