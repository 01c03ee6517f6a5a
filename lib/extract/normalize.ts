// Persian text arrives with Arabic letter variants, three digit scripts, optional ZWNJ and odd
// spaces. Matching runs on one canonical form; every facts' span is mapped back through
// `starts`/`ends` so quotes are exact slices of the ORIGINAL text.

export interface NormText {
  /** Canonical text: ASCII digits, Persian ی/ک, no ZWNJ/diacritics, single spaces. */
  readonly text: string;
  /** For each canonical char, index of its first original UTF-16 unit. */
  readonly starts: Int32Array;
  /** For each canonical char, index just past its last original UTF-16 unit. */
  readonly ends: Int32Array;
  readonly original: string;
}

const REPLACE: Record<string, string> = {
  "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "ٱ": "ا", "ؤ": "و",
  "٫": ".", "٬": ",", "\u066A": "%",
};

// Invisible marks and harakat carry no meaning for matching; dropping them makes «می‌شود» and
// «میشود» identical (the seeds never write ZWNJ).
const DROP = /[\u0000\r\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u0640\u064B-\u065F\u0670\u06D6-\u06ED\u00AD]/;
const SPACE = /[\t\v\f \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const DROPPED = 0xffff;
const SPACE_CODE = 32;
const NEWLINE_CODE = 10;

// One lookup per UTF-16 unit: a per-char regex test was the extractor's hottest spot.
const TABLE = (() => {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (c >= 0x06f0 && c <= 0x06f9) t[c] = c - 0x06f0 + 48;
    else if (c >= 0x0660 && c <= 0x0669) t[c] = c - 0x0660 + 48;
    else if (DROP.test(ch)) t[c] = DROPPED;
    else if (SPACE.test(ch)) t[c] = SPACE_CODE;
    else t[c] = (REPLACE[ch] ?? ch).charCodeAt(0);
  }
  return t;
})();

// Decoding the code-unit buffer is ~6x faster than String.fromCharCode(...chunk).
const UTF16 = new TextDecoder("utf-16le");

export function normalise(original: string): NormText {
  const n = original.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const { text, length } = canonical(original, starts, ends);
  return { text, starts: starts.slice(0, length), ends: ends.slice(0, length), original };
}

/** The canonical loop; fills `starts`/`ends` (one entry per canonical char) when given. */
function canonical(original: string, starts: Int32Array | null, ends: Int32Array | null): { text: string; length: number } {
  const n = original.length;
  const out = new Uint16Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = TABLE[original.charCodeAt(i)] ?? DROPPED;
    if (c === DROPPED) continue;
    const prev = k > 0 ? out[k - 1] : NEWLINE_CODE;
    if (c === SPACE_CODE && (prev === SPACE_CODE || prev === NEWLINE_CODE)) continue;
    if (c === NEWLINE_CODE && prev === SPACE_CODE && k > 0) k--; // a space before a newline is noise
    out[k] = c;
    if (starts && ends) {
      starts[k] = i;
      ends[k] = i + 1;
    }
    k++;
  }
  return { text: UTF16.decode(out.subarray(0, k)), length: k };
}

/** Original-text span of the canonical span [start, end), trimmed of surrounding spaces. */
export function toOriginal(nt: NormText, start: number, end: number): { quote: string; start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(nt.text[s] ?? "")) s++;
  while (e > s && /\s/.test(nt.text[e - 1] ?? "")) e--;
  if (s >= e) return { quote: "", start: 0, end: 0 };
  const os = nt.starts[s] ?? 0;
  const oe = nt.ends[e - 1] ?? os;
  return { quote: nt.original.slice(os, oe), start: os, end: oe };
}

/**
 * Canonical form of a short string (keywords, names), without offsets: names are normalised a few
 * times each per work at every ingest, and allocating offsets nobody reads (or copying a string
 * that is canonical already) was a tenth of a 10,000-article seed. A test holds it equal to
 * `normalise(s).text.trim()`.
 */
export function normaliseString(s: string): string {
  const n = s.length;
  // Most strings asked for are canonical already (tokens of normalised text): scanned, not copied.
  let same = 0;
  for (let prev = NEWLINE_CODE; same < n; same++) {
    const raw = s.charCodeAt(same);
    if (TABLE[raw] !== raw) break;
    if (raw === SPACE_CODE && (prev === SPACE_CODE || prev === NEWLINE_CODE)) break;
    if (raw === NEWLINE_CODE && prev === SPACE_CODE) break;
    prev = raw;
  }
  if (same === n) return s.trim();
  return canonical(s, null, null).text.trim();
}
