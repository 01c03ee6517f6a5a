import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleMarkedText } from "@/components/article-marked-text";
import { FactLegend } from "@/components/fact-legend";
import { getArticle, listArticleFacts } from "@/db/queries/articles";
import { ArticleStories } from "@/components/story/article-stories";
import { listFactCorrections } from "@/db/queries/corrections";
import { articleFactSpans, extractedAmounts } from "@/lib/article-facts";
import { cleanLabel } from "@/lib/article-guard";
import { OriginalLink } from "@/components/source-cite";
import { formatJalali, formatNumber } from "@/lib/format";
import { articleHref, articleLabel, safeExternalUrl } from "@/lib/links";
import { parseId } from "@/lib/params";
import { SOURCE } from "@/lib/strings";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const article = id ? getArticle(id) : null;
  if (!article) return { title: "خبر" };
  // A document title is plain text (no <bdi>): shown without direction controls.
  const title = cleanLabel(articleLabel(article, 90)) ?? "خبر";
  return { title, openGraph: { title, type: "article" }, alternates: { canonical: articleHref(article.id) } };
}

export default async function ArticlePage({ params }: Props) {
  const id = parseId((await params).id);
  const article = id ? getArticle(id) : null;
  if (!article) notFound();
  const facts = listArticleFacts(article.id);
  // The text shows what the extractor found; the editor's corrections are listed below it.
  const fixes = listFactCorrections("amount", facts.amounts.map((a) => a.id));
  const spans = articleFactSpans({ ...facts, amounts: extractedAmounts(facts.amounts, fixes) });
  const date = formatJalali(article.published);
  return (
    <article className="mx-auto max-w-3xl">
      <nav aria-label="مسیر" className="mb-3 text-sm text-muted">
        <Link href="/articles" className="underline">منابع</Link> / خبر {formatNumber(article.id)}
      </nav>
      <h1 className="text-2xl font-extrabold leading-relaxed"><bdi>{articleLabel(article)}</bdi></h1>
      <p className="mt-1 text-sm text-muted" data-testid="article-source">
        <bdi>{article.outlet ?? SOURCE.unknownOutlet}</bdi>
        {" | "}{date ?? SOURCE.undated}
        {" | "}
        {safeExternalUrl(article.url) ? <OriginalLink url={article.url} outlet={article.outlet} className="font-semibold text-accent underline">{SOURCE.original}{article.outlet ? <> در <bdi>{article.outlet}</bdi></> : null}</OriginalLink> : SOURCE.noOriginal}
      </p>
      <FactLegend counts={{ amount: facts.amounts.length, project: facts.projects.length, quantity: facts.quantities.length, place: facts.mentions.length }} />
      <ArticleMarkedText text={article.text} spans={spans} />
      <ArticleStories articleId={article.id} projects={facts.projects} amounts={facts.amounts} fixes={fixes} />
    </article>
  );
}
