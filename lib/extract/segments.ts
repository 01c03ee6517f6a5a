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

const STOP = /[.!?؟؛;:\n]/g;

export function splitPieces(text: string): Piece[] {
  const out: Piece[] = [];
  let start = 0;
  let para = 0;
  const push = (end: number, stop: string) => {
    if (text.slice(start, end).trim()) out.push({ start, end, para, stop });
  };
  STOP.lastIndex = 0;
  for (let m = STOP.exec(text); m; m = STOP.exec(text)) {
    const i = m.index;
    const ch = m[0];
    // Decimals («2.5») and times («22:27») are not sentence ends.
    if ((ch === "." || ch === ":") && /\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) continue;
    push(i, ch);
    start = i + 1;
    if (ch === "\n") para++;
  }
  push(text.length, "");
  return out;
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
