// Reads one number expression: digits in any script (already ASCII after normalise), separators,
// decimals, Persian words and scales («۴هزار و ۷۰۰ میلیارد», «۱۲ میلیارد و ۳۲۰ میلیون»).
// Values are exact: BigInt counts of millionths, so «۲/۵ میلیارد» never goes through a float.
import { normaliseString } from "./normalize";
import { NUMBER_START, NUMBER_WORDS, SCALE_AT, SCALE_WORDS, WORD_AT } from "./number-words";
import { atWordStart } from "./patterns";

export const MICRO = 1_000_000n;
const MAX_DECIMALS = 6;

export interface NumberMatch {
  start: number;
  end: number;
  /** Value in millionths. */
  micro: bigint;
  /** Start of the scale words that end the expression («هزار میلیارد»), or null. */
  scaleStart: number | null;
  /** True when the expression is only words (no digits). */
  wordsOnly: boolean;
}

interface Term {
  v: bigint;
  place: bigint;
}

// Thousands groups must be exactly three digits, so «۶، ۴۴۲» and «2,6» are not one number.
const DIGITS_AT = /\d+(?:,\d{3}(?!\d))*(?:[./]\d+)?/y;

function microOf(literal: string): bigint | null {
  const [int = "", frac = ""] = literal.replace(/,/g, "").split(/[./]/);
  if (frac.length > MAX_DECIMALS) return null;
  return BigInt(int) * MICRO + BigInt(frac.padEnd(MAX_DECIMALS, "0") || "0");
}

function atomAt(text: string, pos: number): { term: Term; end: number; digits: boolean } | null {
  DIGITS_AT.lastIndex = pos;
  const d = DIGITS_AT.exec(text);
  if (d) {
    const v = microOf(d[0]);
    return v === null ? null : { term: { v, place: 1n }, end: pos + d[0].length, digits: true };
  }
  WORD_AT.lastIndex = pos;
  const w = WORD_AT.exec(text);
  const word = w ? NUMBER_WORDS.get(w[0]) : undefined;
  if (!w || !word) return null;
  const v = BigInt(Math.round(word.value * 1_000_000));
  return { term: { v, place: BigInt(word.place) }, end: pos + w[0].length, digits: false };
}

function scaleAt(text: string, pos: number): { scale: bigint; end: number } | null {
  SCALE_AT.lastIndex = pos;
  const m = SCALE_AT.exec(text);
  const scale = m ? SCALE_WORDS.get(m[0]) : undefined;
  return m && scale ? { scale, end: pos + m[0].length } : null;
}

function applyScale(terms: Term[], scale: bigint): void {
  let sum = 0n;
  while (terms.length > 0 && (terms[terms.length - 1]?.place ?? scale) < scale) sum += terms.pop()?.v ?? 0n;
  terms.push({ v: (sum === 0n ? MICRO : sum) * scale, place: scale });
}

/** The number expression starting exactly at `pos`, or null. */
export function readNumberAt(text: string, pos: number): NumberMatch | null {
  const terms: Term[] = [];
  const first = atomAt(text, pos);
  let end: number;
  let digits = false;
  let scaleStart: number | null = null;
  if (first) {
    terms.push(first.term);
    end = first.end;
    digits = first.digits;
  } else {
    const s = scaleAt(text, pos);
    if (!s || s.scale !== 1000n) return null; // a bare «هزار» can lead: «هزار میلیارد تومان»
    applyScale(terms, s.scale);
    end = s.end;
    scaleStart = pos;
  }
  for (;;) {
    const r = text[end] === " " ? end + 1 : end;
    const s = scaleAt(text, r);
    if (s) {
      applyScale(terms, s.scale);
      if (scaleStart === null) scaleStart = r;
      end = s.end;
      continue;
    }
    if (text.startsWith("و ", r)) {
      const next = atomAt(text, r + 2);
      const last = terms[terms.length - 1];
      if (next && last && next.term.v < last.place * MICRO) {
        terms.push(next.term);
        digits ||= next.digits;
        end = next.end;
        scaleStart = null;
        continue;
      }
    }
    break;
  }
  const micro = terms.reduce((a, t) => a + t.v, 0n);
  return { start: pos, end, micro, scaleStart, wordsOnly: !digits };
}

/** Every number expression of canonical text, in order, none overlapping. */
export function scanNumbers(text: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  const re = new RegExp(NUMBER_START.source, NUMBER_START.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const isDigit = m[0].length === 1 && m[0] >= "0" && m[0] <= "9";
    if (isDigit ? /\d/.test(text[m.index - 1] ?? "") : !atWordStart(text, m.index)) continue;
    const num = readNumberAt(text, m.index);
    if (!num) continue;
    out.push(num);
    re.lastIndex = Math.max(re.lastIndex, num.end);
  }
  return out;
}

/** A whole string read as one number («۲٬۱۰۰», «سیصد», «۲/۵»); null unless all of it is one. */
export function parseNumber(input: string): number | null {
  const text = normaliseString(input);
  const m = readNumberAt(text, 0);
  if (!m || m.end !== text.length) return null;
  return Number(m.micro) / 1_000_000;
}
