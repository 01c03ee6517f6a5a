// The fixed requests `npm run fuzz:http` sends after the random ones: the server's edge (request
// targets and methods no route answers), junk parameters that must share a cached page, and the
// pages that show titles ingested with direction controls (scripts/lib/hostile-articles.ts).
import { BIDI_TITLES_CLEAN } from "./hostile-articles";

export interface EdgeProbe {
  /** The request line and headers, sent byte for byte (Host and Connection are added). */
  head: string;
  status: number;
}

export const EDGE_PROBES: readonly EdgeProbe[] = [
  { head: "GET http://evil.example/about HTTP/1.1", status: 400 },
  { head: "HEAD http://evil.example/ HTTP/1.1", status: 400 },
  { head: "GET https://127.0.0.1/projects?district=region-3 HTTP/1.1", status: 400 },
  { head: "POST http://evil.example/api/projects HTTP/1.1\r\nContent-Length: 0", status: 400 },
  { head: "GET * HTTP/1.1", status: 400 },
  { head: "OPTIONS * HTTP/1.1", status: 400 },
  { head: "CONNECT evil.example:443 HTTP/1.1", status: 405 },
  { head: "TRACE / HTTP/1.1", status: 405 },
  { head: "TRACE /api/projects HTTP/1.1", status: 405 },
  { head: "TRACK /about HTTP/1.1", status: 400 }, // not a method Node parses: its parser refuses it
  { head: "FOO / HTTP/1.1", status: 400 },
  { head: "PROPFIND /about HTTP/1.1", status: 405 },
  { head: "POST / HTTP/1.1\r\nContent-Length: 0", status: 405 },
  { head: "POST /projects?q=x HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\n\r\nq=1", status: 405 },
  { head: "PUT /articles/1 HTTP/1.1\r\nContent-Length: 0", status: 405 },
  { head: "DELETE /charts/spending HTTP/1.1", status: 405 },
  { head: "PATCH /api/amounts HTTP/1.1\r\nContent-Length: 0", status: 405 },
  { head: "OPTIONS /about HTTP/1.1", status: 405 },
  { head: "OPTIONS /api/projects HTTP/1.1", status: 204 },
  { head: "GET /about HTTP/1.1\r\nHost: evil.example", status: 200 },
];

/** Pairs: after the first is served, the second (same page, other junk) must be a cache HIT. */
export const JUNK_PAIRS: readonly (readonly [string, string])[] = [
  ["/?u=1", "/?u=2&utm_source=x"],
  ["/about?fbclid=abc", "/about?_rsc=zzz&__nextDataReq=1"],
  ["/projects?status=opening&district=region-3&x=1", "/projects?district=region-3&status=opening&sort=source&page=1&q="],
  ["/districts/region-3?unit=toman&status=opening", "/districts/region-3?unit=toman&q=ignored"],
  ["/charts/status?kind=credit&district=region-3", "/charts/status?district=region-3&year=1402&u=9"],
  ["/articles/1?u=a", "/articles/1?u=b"],
  ["/api/projects?format=csv&u=1", "/api/projects?u=2&format=csv&format=json"],
  ["/api/charts/spending/png?u=1", "/api/charts/spending/png?embed=1&u=2"],
  ["/%61bout?u=1", "/about?u=2"],
];

/** Pages that show the titles of the hostile articles; `{id}` is each of their ids. */
export const BIDI_PAGES = ["/", "/articles", "/articles/{id}", "/districts/region-3", "/projects?district=region-3", "/charts/spending?district=region-3"];
export { BIDI_TITLES_CLEAN };
