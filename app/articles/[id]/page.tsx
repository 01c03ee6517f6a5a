import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleText } from "@/components/article-text";
import { FactLegend } from "@/components/fact-legend";
import { getArticle, listArticleFacts } from "@/db/queries/articles";
import { articleFactSpans } from "@/lib/article-facts";
import { segmentArticle } from "@/lib/article-view";
import { formatJalali, formatNumber } from "@/lib/format";
import { parseId } from "@/lib/params";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const article = id ? getArticle(id) : null;
  return { title: article?.title ?? "خبر" };
}

export default async function ArticlePage({ params }: Props) {
  const id = parseId((await params).id);
  const article = id ? getArticle(id) : null;
  if (!article) notFound();
  const facts = listArticleFacts(article.id);
  const spans = articleFactSpans(facts);
  const date = formatJalali(article.published);
  return (
    <article className="mx-auto max-w-3xl">
      <nav aria-label="مسیر" className="mb-3 text-sm text-muted">
        <Link href="/articles" className="underline">منابع</Link> / خبر {formatNumber(article.id)}
      </nav>
      <h1 className="text-2xl font-extrabold leading-relaxed">{article.title ?? article.file}</h1>
      <p className="mt-1 text-sm text-muted">
        {article.outlet ?? "منبع نامشخص"}
        {date ? ` | ${date}` : " | تاریخ انتشار در متن نیامده"}
        {article.url ? (
          <>
            {" | "}
            <a href={article.url} className="underline" rel="noopener noreferrer">نشانی اصلی</a>
          </>
        ) : null}
      </p>
      <FactLegend counts={{ amount: facts.amounts.length, project: facts.projects.length, quantity: facts.quantities.length, place: facts.mentions.length }} />
      <ArticleText paragraphs={segmentArticle(article.text, spans)} />
    </article>
  );
}
