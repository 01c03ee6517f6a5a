// DB fact rows (plain objects) → highlight spans with a short Persian title for each.
import { factAnchor, type FactSpan } from "./article-view";
import { placeLabel } from "./districts";
import { formatMoney, formatNumber } from "./format";
import { CATEGORY_LABELS, KIND_LABELS, STATUS_LABELS, UNIT_LABELS } from "./strings";
import type { AmountKind, ProjectCategory, ProjectStatus } from "./extract/types";

interface Spanned { start: number; end: number }
export interface ArticleFactRows {
  mentions: (Spanned & { placeSlug: string })[];
  amounts: (Spanned & { kind: string; valueRial: number })[];
  projects: (Spanned & { status: string | null; category: string })[];
  quantities: (Spanned & { value: number; unit: string })[];
}

export function articleFactSpans(rows: ArticleFactRows): FactSpan[] {
  return [
    ...rows.amounts.map((a) => ({
      anchor: factAnchor("amount", a.start), type: "amount" as const, start: a.start, end: a.end,
      title: `${KIND_LABELS[a.kind as AmountKind] ?? a.kind}: ${formatMoney(a.valueRial, "rial")}`,
    })),
    ...rows.quantities.map((q) => ({
      anchor: factAnchor("quantity", q.start), type: "quantity" as const, start: q.start, end: q.end,
      title: `${formatNumber(q.value)} ${UNIT_LABELS[q.unit] ?? q.unit}`,
    })),
    ...rows.projects.map((p) => ({
      anchor: factAnchor("project", p.start), type: "project" as const, start: p.start, end: p.end,
      title: `پروژه | ${p.status ? STATUS_LABELS[p.status as ProjectStatus] : "وضعیت نامشخص"} | ${CATEGORY_LABELS[p.category as ProjectCategory] ?? p.category}`,
    })),
    ...rows.mentions.map((m) => ({
      anchor: factAnchor("place", m.start), type: "place" as const, start: m.start, end: m.end, title: placeLabel(m.placeSlug),
    })),
  ];
}
