// Request generator for scripts/fuzz-http.ts: seeded, so a failing run can be replayed with
// FUZZ_SEED. Values are returned ALREADY ENCODED for the request target, because some of them
// are deliberately malformed (bad percent-escapes) and must reach the server byte for byte.
import { PLACE_SLUGS } from "../../lib/districts";
import { AMOUNT_KINDS, PROJECT_CATEGORIES, PROJECT_STATUSES } from "../../lib/extract/types";
import { MONEY_UNITS } from "../../lib/format";
import { CHARTS, MAP_METRICS, PROJECT_SORTS } from "../../lib/url-state";
import { mulberry32, type Rng } from "./prng";

export { mulberry32, type Rng };



const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const enc = encodeURIComponent;

/** Markup payloads carry a marker so the checker can tell reflection from coincidence. */
export const MARKER = "xq9z";
export const HTML_PAYLOADS = [
  `<script>alert("${MARKER}")</script>`,
  `"><img src=x onerror=alert(1) data-m=${MARKER}>`,
  `'><svg/onload=alert(1) data-m=${MARKER}>`,
  `</title><script>${MARKER}</script>`,
  `</script><script>${MARKER}</script>`,
  `" autofocus onfocus="alert('${MARKER}')`,
  `<iframe src="javascript:alert('${MARKER}')">`,
  `<a href="javascript:alert(1)">${MARKER}</a>`,
  `<!--${MARKER}--><style>*{}</style>`,
];
const SQL_PAYLOADS = [
  "' OR 1=1 --", "1; DROP TABLE articles; --", `" UNION SELECT sqlite_version() --`, "1) OR (1=1",
  "%' AND 1=0 UNION SELECT name, sql FROM sqlite_master --", "'||(SELECT load_extension('x'))||'",
  "1 AND randomblob(1000000000)", "\\", "*", "_%", "?", ":name", "$1",
];
const PERSIAN = [
  "منطقه ۳", "منطقه ٣", "منطقة 3", "كهك", "کهک", "پروژه\u200cهای", "بوستان", "نیروگاه", "ي", "ی", "ك", "۱۴۰۲", "١٤٠٢",
  "شهر قم", "\u202eمنطقه\u202c", "\ufeffقم", "ـــ", "قُم", "مِترو", "آ", "ا\u0653", "🏗️", "ﷲ", "۰", "٫", "٬",
];
const NUMBERS = [
  "-1", "0", "-0", "1.5", "1e3", "1e309", "-999999999", "99999999999999999999999", "9007199254740993", "100000", "100001",
  "NaN", "Infinity", "-Infinity", "0x10", " 2", "2 ", "۲", "٢", "2abc", "+3", "00001", "", "null", "undefined", "true", "[]", "{}",
];
/** Raw, not re-encoded: broken escapes, overlong/surrogate UTF-8, NUL, CR/LF. */
const BAD_ESCAPES = [
  "%", "%%", "%Z", "%ZZ", "%2", "%C3%28", "%FF%FE", "%ED%A0%80", "%C0%AF", "%E0%80%AF", "%F8%88%80%80%80",
  "%00", "%0D%0ASet-Cookie:%20a=1", "%u0041", "%E2%80%AE", "%EF%BF%BF", "%F4%90%80%80", "%D9", "%25%32%35",
];
/** Characters sent raw (node allows 0x21-0xff in a request target; a browser would encode them). */
const RAW = [`<script>${MARKER}</script>`, `"'<>`, "{}|^`", "a\\b", "[]", "a=b=c", "a&&b", "??", "#frag", "\u00e9\u00ff"];

const ENUMS: Record<string, readonly string[]> = {
  district: PLACE_SLUGS, status: PROJECT_STATUSES, category: PROJECT_CATEGORIES, sort: PROJECT_SORTS, unit: MONEY_UNITS,
  kind: AMOUNT_KINDS, scope: ["regions", "all"], metric: MAP_METRICS, year: ["1401", "1402", "1403", "1399"], embed: ["1", "0", "true"],
  format: ["csv", "json", "xml"], full: ["1", "0"], page: ["1", "2", "3"], q: ["بوستان", "پروژه", "منطقه", "پارک"],
};
// Keys no route reads (junk, trackers, Next internals) must not make a new render each.
export const QUERY_KEYS = [...Object.keys(ENUMS), "id", "chart", "slug", "__proto__", "constructor", "_rsc", "a[]", "page[0]", "u", "utm_source", "fbclid", "__nextDataReq"];

function randomText(rng: Rng, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) {
    const r = rng();
    s += String.fromCodePoint(r < 0.5 ? 0x20 + Math.floor(rng() * 95) : r < 0.85 ? 0x600 + Math.floor(rng() * 0x100) : 0xa0 + Math.floor(rng() * 0x2000));
  }
  return s;
}

/** ~10 kB once encoded. */
function huge(rng: Rng): string {
  const unit = pick(rng, ["a", "۳", "%", "<", "منطقه", "' OR 1=1 --"]);
  let s = "";
  while (enc(s).length < 10_000) s += unit;
  return enc(s);
}

export type ValueKind = "valid" | "random" | "huge" | "bad-escape" | "number" | "sql" | "html" | "persian" | "raw";
const KINDS: readonly ValueKind[] = ["valid", "valid", "random", "huge", "bad-escape", "bad-escape", "number", "number", "sql", "html", "html", "persian", "persian", "raw"];

/** One encoded value for `key`, and the decoded markup payload it carries (if any). */
export function fuzzValue(rng: Rng, key: string): { kind: ValueKind; value: string; payload: string | null } {
  const kind = pick(rng, KINDS);
  switch (kind) {
    case "valid": return { kind, value: enc(pick(rng, ENUMS[key] ?? ENUMS.q!)), payload: null };
    case "random": return { kind, value: enc(randomText(rng, 1 + Math.floor(rng() * 40))), payload: null };
    case "huge": return { kind, value: huge(rng), payload: null };
    case "bad-escape": return { kind, value: pick(rng, BAD_ESCAPES) + (rng() < 0.5 ? enc(pick(rng, PERSIAN)) : ""), payload: null };
    case "number": return { kind, value: enc(pick(rng, NUMBERS)), payload: null };
    case "sql": return { kind, value: enc(pick(rng, SQL_PAYLOADS)), payload: null };
    case "html": {
      const p = pick(rng, HTML_PAYLOADS);
      return { kind, value: enc(p), payload: p };
    }
    case "persian": return { kind, value: enc(pick(rng, PERSIAN) + (rng() < 0.3 ? pick(rng, SQL_PAYLOADS) : "")), payload: null };
    case "raw": {
      const p = pick(rng, RAW);
      return { kind, value: p.replace(/#/g, "%23").replace(/&/g, "%26").replace(/=/g, "%3D"), payload: p.includes("<") ? p : null };
    }
  }
}

/** A path segment: usually a plausible one, often hostile. */
export function fuzzSegment(rng: Rng, valid: readonly string[]): { value: string; payload: string | null } {
  if (rng() < 0.35) return { value: enc(pick(rng, valid)), payload: null };
  const v = fuzzValue(rng, "id");
  // A raw "?" or "/" would change the route rather than the segment.
  return { value: v.value.replace(/\?/g, "%3F").replace(/\//g, "%2F"), payload: v.payload };
}

export const SEGMENTS = {
  id: ["1", "2", "3", "5", "10", "20", "50", "0", "-1", "01", "1.0", "۱", "4294967296", "99999999999"],
  slug: [...PLACE_SLUGS, "region-9", "REGION-1", "منطقه-۱", "toString", "__proto__", "constructor"],
  chart: [...CHARTS, "Spending", "pie", "hasOwnProperty", "__proto__"],
};
