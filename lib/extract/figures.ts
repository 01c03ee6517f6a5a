// Amounts and quantities with their context: each figure's clause runs from the previous figure
// to the next one inside its piece, so «۳۰۰ هزار تن ... در سطح شهر قم ... ۴۰ هزار تن ... در
// منطقه ۶» gives each figure its own place; kind and year are read from the same clause.
import type { PlaceSlug } from "../districts";
import type { ExtractedAmount } from "./types";
import { findRawAmounts } from "./money";
import { scanNumbers } from "./numbers";
import { findRawQuantities } from "./quantities";
import { classifyKind } from "./kind";
import { findYears, yearFor } from "./year";
import { figureDistricts, type ScopeContext } from "./scope";
import { pieceAt } from "./segments";

/** An extracted amount before its quote is cut, with the piece it lies in and its strength. */
export interface AmountFact extends Omit<ExtractedAmount, "quote"> {
  piece: number;
  weak: boolean;
}

export interface QuantityFact {
  start: number;
  end: number;
  piece: number;
  value: number;
  unit: string;
  districts: PlaceSlug[];
}

interface Figure {
  start: number;
  end: number;
  piece: number;
  from: number;
  to: number;
}

function withClauses<T extends { start: number; end: number }>(text: string, ctx: ScopeContext, items: T[], all: readonly { start: number; end: number }[]): (T & Figure)[] {
  return items.map((f) => {
    const piece = pieceAt(ctx.pieces, f.start);
    const p = ctx.pieces[piece] ?? { start: 0, end: text.length };
    const prev = all.filter((o) => o.end <= f.start && o.end > p.start).pop();
    const next = all.find((o) => o.start >= f.end && o.start < p.end);
    return { ...f, piece, from: prev?.end ?? p.start, to: next?.start ?? p.end };
  });
}

export function findFigures(text: string, ctx: ScopeContext): { amounts: AmountFact[]; quantities: QuantityFact[] } {
  const numbers = scanNumbers(text);
  const rawAmounts = findRawAmounts(text, numbers);
  const rawQuantities = findRawQuantities(text, rawAmounts, numbers);
  const all = [...rawAmounts, ...rawQuantities].sort((a, b) => a.start - b.start);
  const amounts = withClauses(text, ctx, rawAmounts, all).map((a): AmountFact => {
    const piece = ctx.pieces[a.piece] ?? { start: a.from, end: a.to };
    const years = findYears(text, piece.start, piece.end, all);
    const { slugs, weak } = figureDistricts(ctx, a.piece, a.start, a.end, a.from, a.to);
    return {
      start: a.start, end: a.end, piece: a.piece, value_rial: a.value_rial, unit_text: a.unit_text,
      kind: classifyKind(text, a.numberStart, a.end, a.from, a.to), districts: slugs,
      year: yearFor(years, a.start, a.end, a.from, a.to), qualifier: a.qualifier, weak,
    };
  });
  const quantities = withClauses(text, ctx, rawQuantities, all).map((q): QuantityFact => ({
    start: q.start, end: q.end, piece: q.piece, value: q.value, unit: q.unit,
    districts: figureDistricts(ctx, q.piece, q.start, q.end, q.from, q.to).slugs,
  }));
  return { amounts: dedupeAmounts(amounts), quantities: dedupeQuantities(quantities) };
}

// Headlines repeat the body's figures; keep one fact per value, preferring one placed by its clause.
function dedupeAmounts(amounts: AmountFact[]): AmountFact[] {
  const strong = new Set(amounts.filter((a) => !a.weak).map((a) => a.value_rial));
  const seen = new Set<string>();
  return amounts.filter((a) => {
    if (a.weak && strong.has(a.value_rial)) return false;
    const key = `${a.value_rial}|${a.kind}|${a.districts.join(",")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function dedupeQuantities(quantities: QuantityFact[]): QuantityFact[] {
  const seen = new Set<string>();
  return quantities.filter((q) => {
    const key = `${q.value}|${q.unit}|${q.districts.join(",")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
