// DB fact rows (plain objects) → highlight spans with a short Persian title for each.
import { factAnchor, type FactSpan } from "./article-view";
import { placeLabel, placesLabel } from "./districts";
import { formatMoney, formatNumber, formatYear } from "./format";
import { CATEGORY_LABELS, KIND_LABELS, statusLabel, UNIT_LABELS } from "./strings";
import type { FactValues } from "./corrections";
import type { ProjectCategory, ProjectStatus } from "./extract/types";
import type { Figure } from "./facts";

interface Spanned { start: number; end: number }
export interface ArticleFactRows {
  mentions: (Spanned & { placeSlug: string })[];
  amounts: Pick<Figure, "start" | "end" | "kind" | "valueRial">[];
  projects: (Spanned & { status: ProjectStatus | null; category: ProjectCategory })[];
  quantities: (Spanned & { value: number; unit: string })[];
}

export function articleFactSpans(rows: ArticleFactRows): FactSpan[] {
  return [
    ...rows.amounts.map((a) => ({
      anchor: factAnchor("amount", a.start), type: "amount" as const, start: a.start, end: a.end,
      title: `${KIND_LABELS[a.kind]}: ${formatMoney(a.valueRial, "rial")}`,
    })),
    ...rows.quantities.map((q) => ({
      anchor: factAnchor("quantity", q.start), type: "quantity" as const, start: q.start, end: q.end,
      title: `${formatNumber(q.value)} ${UNIT_LABELS[q.unit] ?? q.unit}`,
    })),
    ...rows.projects.map((p) => ({
      anchor: factAnchor("project", p.start), type: "project" as const, start: p.start, end: p.end,
      title: `پروژه | ${statusLabel(p.status)} | ${CATEGORY_LABELS[p.category]}`,
    })),
    ...rows.mentions.map((m) => ({
      anchor: factAnchor("place", m.start), type: "place" as const, start: m.start, end: m.end, title: placeLabel(m.placeSlug),
    })),
  ];
}

/**
 * The article page shows what the extractor found: figures the editor corrected get back the
 * extractor's kind and year here (the correction itself is listed beside the text).
 */
export function extractedAmounts<T extends Pick<Figure, "id" | "kind" | "year">>(
  rows: readonly T[], fixes: ReadonlyMap<number, { before: FactValues }>,
): T[] {
  return rows.map((a) => {
    const before = fixes.get(a.id)?.before;
    if (!before) return a;
    return { ...a, kind: before.kind ?? a.kind, year: before.year !== undefined ? before.year : a.year };
  });
}

/** «نوع: هزینه ← اعتبار؛ محدوده: استان قم ← مناطق ۱، ۴ و ۵» for a corrected fact. */
export function correctionSummary(before: FactValues, after: FactValues): string {
  const parts: string[] = [];
  if (after.kind !== undefined) parts.push(`نوع: ${before.kind ? KIND_LABELS[before.kind] : "؟"} ← ${KIND_LABELS[after.kind]}`);
  if (after.year !== undefined) parts.push(`سال: ${before.year ? formatYear(before.year) : "—"} ← ${after.year ? formatYear(after.year) : "—"}`);
  if (after.districts) parts.push(`محدوده: ${placesLabel(before.districts ?? [])} ← ${placesLabel(after.districts)}`);
  return parts.join("؛ ");
}
