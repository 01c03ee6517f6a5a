// Hrefs shared by every page, so a "source" link always lands on the highlighted fact, and the
// one way an article is named and cited.
import { factAnchor, type FactType } from "./article-view";
import { excerpt } from "./article-title";
import { formatJalali } from "./format";

export function factHref(articleId: number, type: FactType, start: number): string {
  return `${articleHref(articleId)}#${factAnchor(type, start)}`;
}

export function articleHref(id: number): string {
  return `/articles/${id}`;
}

/** A file of the open-data downloads (app/data/[file]). */
export function dataFileHref(name: string): string {
  return `/data/${name}`;
}

export function districtHref(slug: string): string {
  return `/districts/${slug}`;
}

export function projectHref(id: number): string {
  return `/projects/${id}`;
}

/** The URL when it is an absolute http(s) URL (the only kind ever rendered as a link), else null. */
export function safeExternalUrl(url: string | null | undefined): string | null {
  const s = url?.trim();
  if (!s || !/^https?:\/\//i.test(s)) return null;
  try {
    const u = new URL(s);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname ? s : null;
  } catch {
    return null;
  }
}

/** rel of every link to an outlet's page: no opener, no referrer, no endorsement. */
export const EXTERNAL_REL = "noopener noreferrer nofollow";

export interface ArticleRef {
  id: number;
  title: string | null;
  outlet: string | null;
  published?: string | null;
  url?: string | null;
}

/** How an article is named: its title (cut at a word boundary when `max` is given). Every
 *  article gets a title at ingest (lib/article-title.ts); «خبر مهر ۲» only for older databases. */
export function articleLabel(a: ArticleRef, max = 0): string {
  const t = a.title ?? `خبر ${a.outlet ?? "بی‌نام"} (${new Intl.NumberFormat("fa-IR").format(a.id)})`;
  return max > 0 ? excerpt(t, max) : t;
}

/** «outlet، date» after a title; parts the article does not have are left out. */
export function sourceLine(a: ArticleRef): string {
  return [a.outlet, formatJalali(a.published)].filter(Boolean).join("، ");
}

/** Plain-text citation for exports: «title — outlet، date». */
export function citationText(a: ArticleRef, max = 0): string {
  const line = sourceLine(a);
  return line ? `${articleLabel(a, max)} — ${line}` : articleLabel(a, max);
}
