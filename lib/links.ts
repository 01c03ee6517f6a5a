// Hrefs shared by every page, so a "source" link always lands on the highlighted fact.
import { factAnchor, type FactType } from "./article-view";

export function factHref(articleId: number, type: FactType, start: number): string {
  return `/articles/${articleId}#${factAnchor(type, start)}`;
}

export function districtHref(slug: string): string {
  return `/districts/${slug}`;
}

export function projectHref(id: number): string {
  return `/projects/${id}`;
}

/** How an article is named in lists: its title, or «خبر مهر ۲» where the text gives no title. */
export function articleLabel(a: { id: number; title: string | null; outlet: string | null }, max = 0): string {
  const t = a.title ?? `خبر ${a.outlet ?? "بی‌نام"} (${new Intl.NumberFormat("fa-IR").format(a.id)})`;
  return max > 0 && t.length > max ? `${t.slice(0, max).trimEnd()}…` : t;
}
