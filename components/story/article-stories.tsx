import Link from "next/link";
import type { FactCorrection } from "@/db/queries/corrections";
import { correctionSummary } from "@/lib/article-facts";
import { formatMoney } from "@/lib/format";
import { factHref, projectHref } from "@/lib/links";
import { STORY } from "@/lib/strings";
import { EditorNote } from "./editor-note";

interface MentionLink { id: number; projectId: number | null; name: string; start: number; hidden: boolean | null }

/** Under an article: the works it reports (each linked to its story) and the editor's corrections of its figures. */
export function ArticleStories({ articleId, projects, amounts, fixes }: {
  articleId: number; projects: MentionLink[]; amounts: { id: number; start: number; valueRial: number }[]; fixes: ReadonlyMap<number, FactCorrection>;
}) {
  const fixed = amounts.filter((a) => fixes.has(a.id));
  if (!projects.length && !fixed.length) return null;
  return (
    <aside className="mt-8 space-y-4 border-t border-rule pt-4 text-sm">
      {fixed.length ? (
        <section data-testid="article-corrections">
          <h2 className="font-bold">{STORY.correctionsOfArticle}</h2>
          <ul className="mt-1 space-y-2">
            {fixed.map((a) => {
              const fix = fixes.get(a.id);
              if (!fix) return null;
              return (
                <li key={a.id}>
                  <a href={factHref(articleId, "amount", a.start)} className="font-semibold underline">{formatMoney(a.valueRial, "rial")}</a>
                  <EditorNote reason={fix.reason} date={fix.date}>{correctionSummary(fix.before, fix.after)}.</EditorNote>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {projects.length ? (
        <section data-testid="article-projects">
          <h2 className="font-bold">{STORY.projectsOfArticle}</h2>
          <ul className="mt-1 list-disc ps-5">
            {projects.map((p) => (
              <li key={p.id}>
                {p.projectId ? <Link href={projectHref(p.projectId)} className="underline"><bdi>{p.name}</bdi></Link> : <bdi>{p.name}</bdi>}
                {p.hidden ? <span className="text-muted"> ({STORY.editorAction.hide})</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </aside>
  );
}
