import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { nonceOf, replay, toReplayable, type RawResponse } from "./replay";

const OLD = "T2xkTm9uY2VPZlRoZVJlbmRlcg";
const csp = (n: string) => `default-src 'self'; script-src 'self' 'nonce-${n}' 'strict-dynamic'`;
// Long enough to be compressed, with the nonce in attributes, in flight data and at both ends.
const html = (n: string) =>
  `<script nonce="${n}">a</script>` + "<p>سلام قم</p>".repeat(300) + `self.__next_f.push([1,"{\\"nonce\\":\\"${n}\\"}"])` + `<script nonce="${n}" src="/x.js"></script>`;

const page = (): RawResponse => ({
  status: 200,
  headers: {
    "content-type": "text/html; charset=utf-8", "content-security-policy": csp(OLD), link: `</f.woff2>; rel=preload; nonce="${OLD}"`,
    etag: '"abc"', date: "Mon", "content-length": "99", connection: "keep-alive", vary: "rsc",
  },
  body: Buffer.from(html(OLD)),
});

describe("replay with a fresh nonce", () => {
  it("puts the new nonce everywhere the render's was, in headers and body", () => {
    const r = replay(toReplayable(page()), "TmV3Tm9uY2U", false);
    const body = Buffer.concat(r.chunks).toString();
    expect(body).toBe(html("TmV3Tm9uY2U"));
    expect(body).not.toContain(OLD);
    expect(r.headers["content-security-policy"]).toBe(csp("TmV3Tm9uY2U"));
    expect(r.headers.link).toContain('nonce="TmV3Tm9uY2U"');
    expect(r.length).toBe(Buffer.byteLength(body));
  });

  it("gives two replays two nonces, each matching its own scripts", () => {
    const stored = toReplayable(page());
    const [a, b] = ["QUFBQUFBQUFBQUFBQUFBQUFBQUFB", "QkJCQkJCQkJCQkJCQkJCQkJCQkJC"].map((n) => replay(stored, n, false));
    for (const r of [a!, b!]) {
      const n = nonceOf(r.headers);
      const attrs = [...Buffer.concat(r.chunks).toString().matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
      expect(attrs).toEqual([n, n]);
    }
    expect(nonceOf(a!.headers)).not.toBe(nonceOf(b!.headers));
  });

  it("serves gzip that decompresses to the same page, without compressing per response", () => {
    const stored = toReplayable(page());
    const r = replay(stored, "Wm1WeWMyZ3RibTl1WTJV", true);
    expect(r.headers["content-encoding"]).toBe("gzip");
    expect(r.headers.vary).toBe("rsc, Accept-Encoding");
    const gz = Buffer.concat(r.chunks);
    expect(r.length).toBe(gz.length);
    expect(zlib.gunzipSync(gz).toString()).toBe(html("Wm1WeWMyZ3RibTl1WTJV"));
    expect(gz.length).toBeLessThan(Buffer.byteLength(html("x")) / 5);
  });

  it("drops the render's ETag, Date, length and hop-by-hop headers", () => {
    const { headers } = replay(toReplayable(page()), "bm9uY2U", false);
    expect(Object.keys(headers).sort()).toEqual(["content-security-policy", "content-type", "link", "vary"]);
  });

  it("leaves responses without a nonce byte for byte, ETag included", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]);
    const r = replay(toReplayable({ status: 200, headers: { "content-type": "image/png", etag: '"p"' }, body: png }), "bm9uY2U", true);
    expect(Buffer.concat(r.chunks).equals(png)).toBe(true);
    expect(r.headers).toEqual({ "content-type": "image/png", etag: '"p"' });
  });
});
