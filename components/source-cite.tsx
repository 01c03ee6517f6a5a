import type { ReactNode } from "react";
import { cleanLabel } from "@/lib/article-guard";
import { articleLabel, EXTERNAL_REL, safeExternalUrl, type ArticleRef } from "@/lib/links";
import { formatJalali } from "@/lib/format";
import { SOURCE } from "@/lib/strings";

/** A link to the outlet's own page; rendered only for http(s) URLs. */
export function OriginalLink({ url, outlet, children, className }: { url: string | null | undefined; outlet: string | null; children?: ReactNode; className?: string }) {
  const href = safeExternalUrl(url);
  if (!href) return null;
  return (
    <a href={href} rel={EXTERNAL_REL} target="_blank" className={className ?? "underline"} data-testid="original-link" aria-label={`${SOURCE.originalOn(cleanLabel(outlet))} ${SOURCE.newTab}`}>
      {children ?? SOURCE.original}
    </a>
  );
}

/**
 * «title — outlet، date (اصل خبر)»: the title links to the sentence on our article page (`href`),
 * «اصل خبر» to the outlet's page. Title and outlet are third-party text, isolated in <bdi>.
 */
export function SourceCite({ a, href, max = 0, quote }: { a: ArticleRef; href: string; max?: number; quote?: string }) {
  const date = formatJalali(a.published);
  return (
    <span data-testid="source-cite">
      <a href={href} className="underline" title={quote}><bdi>{articleLabel(a, max)}</bdi></a>
      {a.outlet || date ? <> — {a.outlet ? <bdi>{a.outlet}</bdi> : null}{a.outlet && date ? "، " : null}{date}</> : null}
      {safeExternalUrl(a.url) ? <> (<OriginalLink url={a.url} outlet={a.outlet} />)</> : null}
    </span>
  );
}
