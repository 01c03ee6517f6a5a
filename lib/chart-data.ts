// Colours and exact Persian texts of figures, shared by charts, tables and cards.
import { isAmountKind, type AmountKind, type Qualifier } from "./extract/types";
import type { Shape } from "./charts/scene";
import { formatMoney, formatYear, type MoneyUnit } from "./format";
import { QUALIFIER_LABELS } from "./strings";

export const KIND_COLORS: Record<AmountKind, string> = {
  budget: "#0f5c63",
  credit: "#d97706",
  investment: "#7c3aed",
  cost: "#be123c",
  need: "#64748b",
  revenue: "#15803d",
  loan: "#1d4ed8",
  other: "#a16207",
};

export function figureText(valueRial: number, unit: MoneyUnit, qualifier: Qualifier | null, year: string | null): string {
  const q = qualifier ? `${QUALIFIER_LABELS[qualifier]} ` : "";
  const y = year ? ` (سال ${formatYear(year)})` : "";
  return `${q}${formatMoney(valueRial, unit)}${y}`;
}

/** A shape per kind as well as a colour, so kinds stay apart in grey print and for colour-blind readers. */
export const KIND_SHAPES: Record<AmountKind, Shape> = {
  budget: "circle",
  credit: "square",
  investment: "diamond",
  cost: "triangle",
  need: "triangle-down",
  revenue: "star",
  loan: "cross",
  other: "ring",
};

/** The shape of a chart series: its kind's when the series is a kind of amount, else a circle. */
export function kindShape(series: string): Shape {
  return isAmountKind(series) ? KIND_SHAPES[series] : "circle";
}
