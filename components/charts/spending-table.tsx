import type { AmountKind } from "@/lib/extract/types";
import { figureText } from "@/lib/chart-data";
import type { MoneyUnit } from "@/lib/format";
import { factHref } from "@/lib/links";
import { SourceCite } from "@/components/source-cite";
import type { SpendingRow } from "@/lib/spending";
import { KIND_LABELS } from "@/lib/strings";

interface Props {
  caption: string;
  rows: SpendingRow[];
  kinds: AmountKind[];
  unit: MoneyUnit;
}

/** The chart's numbers as an accessible table, each figure linked to its source sentence(s). */
export function SpendingTable({ caption, rows, kinds, unit }: Props) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="spending-table">
        <caption className="mb-2 text-start font-semibold text-muted">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink/70">
            <th scope="col" className="p-2 text-start">محدوده</th>
            {kinds.map((k) => (
              <th key={k} scope="col" className="p-2 text-start">{KIND_LABELS[k]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-b border-rule align-top">
              <th scope="row" className="p-2 text-start font-semibold">{r.label}</th>
              {kinds.map((k) => {
                const f = r.figures[k];
                return (
                  <td key={k} className="p-2" data-kind={k}>
                    {f ? (
                      <>
                        <span className="font-bold tabular-nums">{figureText(f.valueRial, unit, f.qualifier, f.year)}</span>
                        <span className="block text-xs text-muted">
                          منبع:{" "}
                          {f.sources.map((s) => (
                            <span key={s.amountId} className="block">
                              <SourceCite a={{ id: s.articleId, title: s.articleTitle, outlet: s.outlet, published: s.published, url: s.url }} href={factHref(s.articleId, "amount", s.start)} max={40} quote={s.quote} />
                            </span>
                          ))}
                        </span>
                      </>
                    ) : (
                      <span className="text-muted" aria-label="گزارش نشده">—</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
