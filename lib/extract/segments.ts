// Splits canonical text into pieces: sentences, further cut at «:» so a speaker's title
// («شهردار منطقه ۶ قم گفت:») does not leak its places into what the speaker says.

export interface Piece {
  start: number;
  end: number;
  /** Paragraph number: pieces in the same paragraph may lend each other places. */
  para: number;
  /** The character that closed the piece ("" at the end of the text). */
  stop: string;
}

const DIGIT = /\p{Nd}/u;
const LATIN = /[A-Za-z0-9]/;

/**
 * Sentence ranges of [from, to): a sentence ends at . ! ? ؟ ; ؛ or a line break (and at «:» when
 * `colon`), except inside a number («2.5», «22:27», «1.1») or an address («www.qom.ir»). Works on the original text as on
 * canonical text, so the article page and the extractor cut sentences alike.
 */
export function sentenceRanges(text: string, from = 0, to = text.length, colon = false): { start: number; end: number; stop: string }[] {
  const out: { start: number; end: number; stop: string }[] = [];
  const stops = colon ? /[.!?؟؛;:\n]/g : /[.!?؟؛;\n]/g;
  let start = from;
  stops.lastIndex = from;
  for (let m = stops.exec(text); m && m.index < to; m = stops.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if ((ch === "." || ch === ":") && DIGIT.test(text[i - 1] ?? "") && DIGIT.test(text[i + 1] ?? "")) continue;
    if (ch === "." && LATIN.test(text[i - 1] ?? "") && LATIN.test(text[i + 1] ?? "")) continue; // «www.qom.ir»
    if (text.slice(start, i).trim()) out.push({ start, end: ch === "\n" ? i : i + 1, stop: ch });
    start = i + 1;
  }
  if (text.slice(start, to).trim()) out.push({ start, end: to, stop: "" });
  return out;
}

export function splitPieces(text: string): Piece[] {
  let para = 0;
  let lastEnd = 0;
  return sentenceRanges(text, 0, text.length, true).map((r) => {
    for (let i = lastEnd; i < r.start; i++) if (text[i] === "\n") para++;
    lastEnd = r.start;
    const piece = { start: r.start, end: r.stop && r.stop !== "\n" ? r.end - 1 : r.end, para, stop: r.stop };
    return piece;
  });
}

/** Index of the piece containing position `pos` (binary search), or -1. */
export function pieceAt(pieces: readonly Piece[], pos: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid];
    if (!p) break;
    if (pos < p.start) hi = mid - 1;
    else if (pos >= p.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
