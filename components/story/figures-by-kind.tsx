import type { FactCorrection } from "@/db/queries/corrections";
import type { listProjectFigures } from "@/db/queries/projects";
import { figureText } from "@/lib/chart-data";
import { formatJalali, formatMoney, type MoneyUnit } from "@/lib/format";
import { factHref } from "@/lib/links";
import type { KindFigures } from "@/lib/project-story";
import { KIND_LABELS, SOURCE, STORY } from "@/lib/strings";
import { EditorNote } from "./editor-note";

type Figure = ReturnType<typeof listProjectFigures>[number];

/** Every figure reported for a project, one column per kind (never summed), with what to note. */
export function FiguresByKind({ groups, byId, fixes, unit }: {
  groups: KindFigures[]; byId: ReadonlyMap<number, Figure>; fixes: ReadonlyMap<number, FactCorrection>; unit: MoneyUnit;
}) {
  if (!groups.length) return <p className="text-sm text-muted">{STORY.noFigures}</p>;
  return (
    <div className="grid gap-3 md:grid-cols-2" data-testid="figures-by-kind">
      {groups.map((g) => (
        <section key={g.kind} className="rounded border border-rule bg-white p-3" data-testid={`figures-${g.kind}`}>
          <h3 className="font-bold">{KIND_LABELS[g.kind]}</h3>
          {g.note.differ ? (
            <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm" role="note" data-testid="disagreement-note">
              <strong>{STORY.differ(KIND_LABELS[g.kind])}</strong>: {[...new Set(g.figures.map((f) => f.valueRial))].map((v) => formatMoney(v, unit)).join("، ")}.{" "}
              {g.note.sameArticle ? STORY.differSameArticle : STORY.differArticles}
            </p>
          ) : null}
          {g.note.sameValueUnits.map((s) => (
            <p key={s.valueRial} className="mt-2 rounded border border-emerald-300 bg-emerald-50 p-2 text-sm" role="note" data-testid="units-note">
              {STORY.sameValue}: {formatMoney(s.valueRial, "rial")} = {formatMoney(s.valueRial, "toman")} ({s.units.join(" / ")}).
            </p>
          ))}
          <ul className="mt-2 space-y-2">
            {g.figures.map((f) => {
              const row = byId.get(f.id);
              const fix = fixes.get(f.id);
              return (
                <li key={f.id} className="text-sm" data-testid="figure">
                  <a href={factHref(f.articleId, "amount", f.start)} className="font-bold underline">
                    {figureText(f.valueRial, unit, row?.qualifier ?? null, row?.year ?? null)}
                  </a>{" "}
                  <span className="text-muted">
                    ({STORY.asWritten}: «<bdi>{row?.quote ?? f.unitText}</bdi>») — {formatJalali(f.published) ?? SOURCE.undated}
                    {row?.articleOutlet ? <>، <bdi>{row.articleOutlet}</bdi></> : null}
                  </span>
                  {fix ? (
                    <EditorNote reason={fix.reason} date={fix.date}>
                      {fix.before.kind ? <>{STORY.extractorSaid}: «{KIND_LABELS[fix.before.kind]}»</> : null}
                    </EditorNote>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
