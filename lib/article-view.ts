// Cuts an article into paragraphs → sentences → pieces so every extracted fact can be highlighted
// and anchored in place, even where facts overlap (a quantity inside an amount's quote).
import { sentenceRanges } from "./extract/segments";

export type FactType = "amount" | "project" | "quantity" | "place";

export interface FactSpan {
  /** Anchor id, e.g. "fact-a-1234". */
  anchor: string;
  type: FactType;
  start: number;
  end: number;
  title?: string;
}

export interface Piece {
  text: string;
  start: number;
  /** Fact types covering this piece (empty = plain text). */
  types: FactType[];
  /** Anchors whose fact starts at this piece. */
  anchors: string[];
  title?: string;
}

export interface Sentence {
  start: number;
  end: number;
  pieces: Piece[];
}

export interface Paragraph {
  sentences: Sentence[];
}

const PREFIX: Record<FactType, string> = { amount: "a", project: "p", quantity: "q", place: "m" };

/** Stable across re-seeds: the text is kept byte for byte, so its offsets never move. */
export function factAnchor(type: FactType, start: number): string {
  return `fact-${PREFIX[type]}-${start}`;
}

/** Sentence ranges, cut as the extractor cuts them (lib/extract/segments.ts), but not at «:». */
export function splitSentences(text: string, from = 0, to = text.length): [number, number][] {
  return sentenceRanges(text, from, to).map((r) => [r.start, r.end]);
}

/** The sentence that contains offset `at` (for quoting a fact in context). */
export function sentenceAround(text: string, at: number): [number, number] {
  return splitSentences(text).find(([s, e]) => at >= s && at < e) ?? [at, at];
}

export function segmentArticle(text: string, facts: readonly FactSpan[]): Paragraph[] {
  const valid = facts.filter((f) => f.start >= 0 && f.end <= text.length && f.start < f.end);
  const paragraphs: Paragraph[] = [];
  let pStart = 0;
  for (const block of text.split("\n")) {
    const pEnd = pStart + block.length;
    if (block.trim()) {
      const sentences = splitSentences(text, pStart, pEnd).map(([s, e]) => ({ start: s, end: e, pieces: piecesOf(text, s, e, valid) }));
      paragraphs.push({ sentences });
    }
    pStart = pEnd + 1;
  }
  return paragraphs;
}

function piecesOf(text: string, s: number, e: number, facts: readonly FactSpan[]): Piece[] {
  const inside = facts.filter((f) => f.start < e && f.end > s);
  const cuts = new Set<number>([s, e]);
  for (const f of inside) {
    cuts.add(Math.max(s, f.start));
    cuts.add(Math.min(e, f.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const covering = inside.filter((f) => f.start < b && f.end > a);
    const title = covering.find((f) => f.title)?.title;
    pieces.push({
      text: text.slice(a, b),
      start: a,
      types: [...new Set(covering.map((f) => f.type))],
      anchors: covering.filter((f) => f.start === a).map((f) => f.anchor),
      ...(title ? { title } : {}),
    });
  }
  return pieces;
}
