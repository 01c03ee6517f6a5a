// Row shapes of the list APIs (JSON and CSV), every figure with its source article and span, cited
// «title — outlet، date» with the outlet's own URL; our links are absolute (SITE_URL, `origin`).
import { placesLabel } from "./districts";
import { toCsv } from "./csv";
import type { CitedFigure, ProjectRow } from "./facts";
import type { PlaceAmount } from "./geo/metric";
import { decodePlacesKey } from "./places-key";
import { citationText, factHref, safeExternalUrl } from "./links";
import { KIND_LABELS, QUALIFIER_LABELS } from "./strings";

interface ArticleColumns {
  articleId: number; articleTitle: string | null; outlet: string | null; published: string | null; articleUrl: string | null;
}

function articleRef(a: ArticleColumns) {
  return { id: a.articleId, title: a.articleTitle, outlet: a.outlet, published: a.published, url: a.articleUrl };
}

/** The article fields every JSON row carries: title, outlet, ISO date and the outlet's page. */
function articleJson(a: ArticleColumns) {
  return { article_id: a.articleId, article_title: a.articleTitle, article_outlet: a.outlet, article_published: a.published, article_url: safeExternalUrl(a.articleUrl) };
}

export function amountApiRow(a: CitedFigure, origin: string) {
  return {
    id: a.id, value_rial: a.valueRial, unit_text: a.unitText, kind: a.kind, year: a.year, qualifier: a.qualifier,
    districts: decodePlacesKey(a.placesKey), ...articleJson(a),
    quote: a.quote, start: a.start, end: a.end, source: origin + factHref(a.articleId, "amount", a.start),
  };
}

export function amountsCsv(rows: readonly CitedFigure[], origin: string): string {
  return toCsv(
    ["شناسه", "مبلغ (ریال)", "واحد در متن", "نوع", "قید", "سال", "محدوده", "خبر", "نقل قول", "آغاز", "پایان", "نشانی منبع", "اصل خبر"],
    rows.map((a) => [
      a.id, a.valueRial, a.unitText, KIND_LABELS[a.kind],
      a.qualifier ? QUALIFIER_LABELS[a.qualifier] : "", a.year ?? "",
      placesLabel(decodePlacesKey(a.placesKey)), citationText(articleRef(a)), a.quote, a.start, a.end,
      origin + factHref(a.articleId, "amount", a.start), safeExternalUrl(a.articleUrl) ?? "",
    ]),
  );
}

/** A project row of the APIs: the list's row (lib/facts.ts) without what only the page uses. */
export type ProjectApiInput = Pick<ProjectRow,
  | "id" | "name" | "status" | "category" | "articleId" | "articleTitle" | "articleOutlet" | "articlePublished" | "articleUrl"
  | "quote" | "start" | "end" | "places" | "amountValueRial" | "amountKind" | "articleCount" | "lastPublished">;

function projectArticle(p: ProjectApiInput): ArticleColumns {
  return { articleId: p.articleId, articleTitle: p.articleTitle, outlet: p.articleOutlet, published: p.articlePublished, articleUrl: p.articleUrl };
}

export function projectApiRow(p: ProjectApiInput, origin: string) {
  return {
    id: p.id, name: p.name, status: p.status, category: p.category, districts: p.places,
    article_count: p.articleCount, last_published: p.lastPublished,
    amount_rial: p.amountValueRial, amount_kind: p.amountKind, ...articleJson(projectArticle(p)),
    quote: p.quote, start: p.start, end: p.end, source: origin + factHref(p.articleId, "project", p.start),
  };
}

export function projectsCsv(rows: readonly ProjectApiInput[], origin: string): string {
  return toCsv(
    ["شناسه", "نام پروژه", "وضعیت", "نوع", "محدوده", "مبلغ (ریال)", "نوع مبلغ", "خبر", "نقل قول", "آغاز", "پایان", "نشانی منبع", "اصل خبر"],
    rows.map((p) => [
      p.id, p.name, p.status ?? "", p.category, placesLabel(p.places), p.amountValueRial ?? "", p.amountKind ?? "",
      citationText(articleRef(projectArticle(p))), p.quote, p.start, p.end, origin + factHref(p.articleId, "project", p.start),
      safeExternalUrl(p.articleUrl) ?? "",
    ]),
  );
}

/** One of a place's largest figures in /api/districts: its places as a list, as the API has always said them. */
export function districtFigureJson(a: PlaceAmount) {
  return { id: a.id, kind: a.kind, valueRial: a.valueRial, qualifier: a.qualifier, year: a.year, places: decodePlacesKey(a.placesKey) };
}

export function districtsCsv(rows: readonly { slug: string; articles: number; projects: number; figures: number }[]): string {
  return toCsv(["شناسه", "محدوده", "خبرها", "پروژه‌ها", "ارقام مالی"], rows.map((r) => [r.slug, placesLabel([r.slug]), r.articles, r.projects, r.figures]));
}
