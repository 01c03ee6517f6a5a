import type { Metadata } from "next";
import Link from "next/link";
import { ArticleFilters } from "@/components/article-filters";
import { YearsChart } from "@/components/articles/years-chart";
import { Pagination } from "@/components/projects/pagination";
import { OriginalLink } from "@/components/source-cite";
import { countArticlesByDay, listArticles, listOutlets } from "@/db/queries/articles";
import { articlesPerJalaliYear } from "@/lib/article-years";
import { placeLabel } from "@/lib/districts";
import { formatJalali, formatNumber } from "@/lib/format";
import { articleHref, articleLabel, safeExternalUrl } from "@/lib/links";
import { ARTICLE_LIST, SOURCE } from "@/lib/strings";
import { articlesHref, parseArticleQuery, type RawParams } from "@/lib/url-state";

export const dynamic = "force-dynamic";
type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const s = parseArticleQuery(await searchParams);
  return {
    title: s.district ? `${ARTICLE_LIST.title}: ${placeLabel(s.district)}` : ARTICLE_LIST.title,
    description: ARTICLE_LIST.description,
    alternates: { canonical: articlesHref(s) },
  };
}

export default async function ArticlesPage({ searchParams }: Props) {
  const state = parseArticleQuery(await searchParams);
  const { rows, total, page, pages } = listArticles(state);
  const byDay = countArticlesByDay(state);
  return (
    <section>
      <h1 className="text-2xl font-extrabold">{ARTICLE_LIST.heading}</h1>
      <p className="mt-1 text-muted" data-testid="article-count">
        {formatNumber(total)} خبر{state.district ? <> درباره‌ی <strong><bdi>{placeLabel(state.district)}</bdi></strong></> : null}
        {state.outlet ? <> از <bdi>{state.outlet}</bdi></> : null}؛ هر رقم داشبورد به جمله‌ای از یکی از این خبرها پیوند دارد.
        تازه‌ترین‌ها نخست؛ خبرهای بی‌تاریخ در پایان، به ترتیب ورود.
      </p>
      <div className="mt-4"><ArticleFilters state={state} outlets={listOutlets()} /></div>
      <YearsChart years={articlesPerJalaliYear(byDay.days, byDay.undated)} />
      {rows.length ? (
        <ol className="mt-6 divide-y divide-rule border-y border-rule" data-testid="article-list">
          {rows.map((a) => (
            <li key={a.id} className="py-4" data-testid="article-item">
              <Link href={articleHref(a.id)} className="text-lg font-bold leading-relaxed text-accent hover:underline">
                <bdi>{articleLabel(a)}</bdi>
              </Link>
              <p className="text-sm text-muted">
                <bdi data-testid="article-outlet">{a.outlet ?? SOURCE.unknownOutlet}</bdi> | {formatJalali(a.published) ?? SOURCE.undated}
                {safeExternalUrl(a.url) ? <> | <OriginalLink url={a.url} outlet={a.outlet} /></> : null}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-6 rounded border border-dashed border-rule p-6 text-center" data-testid="no-results">
          {ARTICLE_LIST.none} <Link href={articlesHref({})} className="underline">{ARTICLE_LIST.all}</Link>
        </p>
      )}
      <Pagination page={page} pages={pages} hrefFor={(p) => articlesHref({ ...state, page: p })} />
    </section>
  );
}
