// Text width estimate for chart labels, in px, safe for BOTH fonts a reader may get: Vazirmatn,
// and the fallback a first visit shows (the font uses display: optional; DejaVu Sans here, which
// is up to 30% wider in bold). Coefficients (em per character class) were fitted as an upper
// bound to widths measured in Chromium (scripts/calibrate-text-width.ts →
// fixtures/text-widths.json); measure.test.ts holds the estimate to those measurements.

const NARROW_FA = new Set("اآدذرزژوأؤإ");
const WIDE_FA = new Set("سشصضکگطظقفعغ");
const NARROW_PUNCT = new Set(".,:;|!'`،٬٫؛il");
const EM: Record<400 | 700, Record<string, number>> = {
  400: { faNarrow: 0.49, faWide: 1.04, fa: 0.55, faDigit: 0.5, digit: 0.64, space: 0.32, lower: 0.62, upper: 0.73, narrow: 0.47, wide: 0.62, dash: 1.0, word: 0.12 },
  700: { faNarrow: 0.64, faWide: 1.2, fa: 0.62, faDigit: 0.63, digit: 0.7, space: 0.35, lower: 0.72, upper: 0.82, narrow: 0.53, wide: 0.7, dash: 1.0, word: 0.12 },
};

function classOf(c: string): string | null {
  const o = c.codePointAt(0)!;
  if (c === " " || c === "\u00a0") return "space";
  if (o === 0x200c || o === 0x200d || o === 0x200e || o === 0x200f || (o >= 0x2066 && o <= 0x2069)) return null;
  if (NARROW_PUNCT.has(c)) return "narrow";
  if ((o >= 0x6f0 && o <= 0x6f9) || (o >= 0x660 && o <= 0x669)) return "faDigit";
  if (o >= 0x600 && o <= 0x6ff) return NARROW_FA.has(c) ? "faNarrow" : WIDE_FA.has(c) ? "faWide" : "fa";
  if (c >= "0" && c <= "9") return "digit";
  if (c >= "a" && c <= "z") return "lower";
  if (c >= "A" && c <= "Z") return "upper";
  if (c === "—" || c === "%" || c === "…") return "dash";
  return "wide";
}

/** Estimated advance width of `text` at `size` px; never less than what either font draws. */
export function textWidth(text: string, size: number, weight: 400 | 700 = 400): number {
  const em = EM[weight];
  let w = 0;
  for (const c of text) {
    const k = classOf(c);
    if (k) w += em[k]!;
  }
  // Persian words start and end in wider initial/final forms than the medial ones.
  w += (text.match(/[\u0600-\u06ff]+/g)?.length ?? 0) * em.word!;
  return Math.ceil(w * size);
}

/** Cuts `text` at a word (or, failing that, a character) so it fits `max` px, adding «…». */
export function fitText(text: string, size: number, max: number, weight: 400 | 700 = 400): string {
  if (textWidth(text, size, weight) <= max) return text;
  const words = text.split(" ");
  while (words.length > 1) {
    words.pop();
    const t = `${words.join(" ")}…`;
    if (textWidth(t, size, weight) <= max) return t;
  }
  let t = text;
  while (t.length > 1 && textWidth(`${t}…`, size, weight) > max) t = t.slice(0, -1);
  return `${t}…`;
}

/** Greedy word wrap by measured width, at most `maxLines` lines (the last cut with «…»). */
export function wrapByWidth(text: string, size: number, max: number, maxLines: number, weight: 400 | 700 = 400): string[] {
  const lines: string[] = [];
  let cur = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = cur ? `${cur} ${word}` : word;
    if (cur && textWidth(next, size, weight) > max) {
      lines.push(cur);
      cur = word;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  if (lines.length <= maxLines) return lines.map((l) => fitText(l, size, max, weight));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitText(`${kept[maxLines - 1]} ${lines.slice(maxLines).join(" ")}`, size, max, weight);
  return kept;
}
