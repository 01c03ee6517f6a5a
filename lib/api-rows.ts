// Row shapes of the list APIs (JSON and CSV), every figure with its source article and span.
import { placesLabel } from "./districts";
import { toCsv } from "./csv";
import { factHref } from "./links";
import { KIND_LABELS, QUALIFIER_LABELS } from "./strings";

export interface AmountApiInput {
  id: number; articleId: number; articleTitle: string | null; valueRial: number; unitText: string; kind: string;
  year: string | null; qualifier: string | null; placesKey: string; quote: string; start: number; end: number;
}

export function amountApiRow(a: AmountApiInput) {
  return {
    id: a.id, value_rial: a.valueRial, unit_text: a.unitText, kind: a.kind, year: a.year, qualifier: a.qualifier,
    districts: a.placesKey.split(",").filter(Boolean), article_id: a.articleId, article_title: a.articleTitle,
    quote: a.quote, start: a.start, end: a.end, source: factHref(a.articleId, "amount", a.start),
  };
}

export function amountsCsv(rows: readonly AmountApiInput[], origin: string): string {
  return toCsv(
    ["شناسه", "مبلغ (ریال)", "واحد در متن", "نوع", "قید", "سال", "محدوده", "خبر", "نقل قول", "آغاز", "پایان", "نشانی منبع"],
    rows.map((a) => [
      a.id, a.valueRial, a.unitText, KIND_LABELS[a.kind as keyof typeof KIND_LABELS] ?? a.kind,
      a.qualifier ? (QUALIFIER_LABELS[a.qualifier as keyof typeof QUALIFIER_LABELS] ?? a.qualifier) : "", a.year ?? "",
      placesLabel(a.placesKey.split(",").filter(Boolean)), a.articleTitle ?? a.articleId, a.quote, a.start, a.end,
      origin + factHref(a.articleId, "amount", a.start),
    ]),
  );
}

export interface ProjectApiInput {
  id: number; name: string; status: string | null; category: string; articleId: number; articleTitle: string | null;
  quote: string; start: number; end: number; places: string[]; amountValueRial: number | null; amountKind: string | null;
}

export function projectApiRow(p: ProjectApiInput) {
  return {
    id: p.id, name: p.name, status: p.status, category: p.category, districts: p.places,
    amount_rial: p.amountValueRial, amount_kind: p.amountKind, article_id: p.articleId, article_title: p.articleTitle,
    quote: p.quote, start: p.start, end: p.end, source: factHref(p.articleId, "project", p.start),
  };
}

export function projectsCsv(rows: readonly ProjectApiInput[], origin: string): string {
  return toCsv(
    ["شناسه", "نام پروژه", "وضعیت", "نوع", "محدوده", "مبلغ (ریال)", "نوع مبلغ", "خبر", "نقل قول", "آغاز", "پایان", "نشانی منبع"],
    rows.map((p) => [
      p.id, p.name, p.status ?? "", p.category, placesLabel(p.places), p.amountValueRial ?? "", p.amountKind ?? "",
      p.articleTitle ?? p.articleId, p.quote, p.start, p.end, origin + factHref(p.articleId, "project", p.start),
    ]),
  );
}

export function districtsCsv(rows: readonly { slug: string; articles: number; projects: number; amounts: unknown[] }[]): string {
  return toCsv(["شناسه", "محدوده", "خبرها", "پروژه‌ها", "ارقام مالی"], rows.map((r) => [r.slug, placesLabel([r.slug]), r.articles, r.projects, r.amounts.length]));
}
