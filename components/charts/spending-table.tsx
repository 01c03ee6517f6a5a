import Link from "next/link";
import { figureText } from "@/lib/chart-data";
import { placesLabel } from "@/lib/districts";
import { formatNumber, formatYear, type MoneyUnit } from "@/lib/format";
import { factHref } from "@/lib/links";
import { SourceCite } from "@/components/source-cite";
import type { Figure } from "@/lib/spending";
import { KIND_LABELS } from "@/lib/strings";
import type { SpendingSort } from "@/lib/url-state";
import { Pagination } from "@/components/projects/pagination";

interface Props {
  caption: string;
  figures: Figure[];
  unit: MoneyUnit;
  /** With these, the headers sort and the pages page (the chart page); without, a plain top list. */
  sort?: SpendingSort;
  sortHref?: (sort: SpendingSort) => string;
  page?: { page: number; pages: number; hrefFor: (page: number) => string };
  /** Row number of the first figure (1 on the first page). */
  first?: number;
}

type Column = { label: string; sorts?: [SpendingSort, SpendingSort?] };
const COLUMNS: Column[] = [
  { label: "محدوده", sorts: ["district"] },
  { label: "نوع", sorts: ["kind"] },
  { label: "مبلغ", sorts: ["amount-desc", "amount-asc"] },
  { label: "سال", sorts: ["year-desc", "year-asc"] },
  { label: "منبع" },
];

function HeaderCell({ col, sort, sortHref }: { col: Column; sort?: SpendingSort; sortHref?: Props["sortHref"] }) {
  const [first, second] = col.sorts ?? [];
  const active = sort !== undefined && (sort === first || sort === second);
  const ariaSort = !active ? undefined : sort === "amount-asc" || sort === "year-asc" || sort === "district" || sort === "kind" ? "ascending" : "descending";
  // Clicking the active column flips its direction, where it has two.
  const next = active && second ? (sort === first ? second : first) : first;
  return (
    <th scope="col" className="p-2 text-start" aria-sort={ariaSort}>
      {next && sortHref ? (
        <Link href={sortHref(next)} scroll={false} className={`underline-offset-4 ${active ? "font-extrabold underline" : "hover:underline"}`} data-sort={next}>
          {col.label}{active ? (ariaSort === "ascending" ? " ▲" : " ▼") : ""}
        </Link>
      ) : col.label}
    </th>
  );
}

/** Every figure of the chart as a table row, each linked to its source sentence(s). */
export function SpendingTable({ caption, figures, unit, sort, sortHref, page, first = 1 }: Props) {
  return (
    <div id="figures" className="scroll-mt-4">
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm" data-testid="spending-table">
          <caption className="mb-2 text-start font-semibold text-muted">{caption}</caption>
          <thead>
            <tr className="border-b-2 border-ink/70">
              <th scope="col" className="p-2 text-start">#</th>
              {COLUMNS.map((c) => <HeaderCell key={c.label} col={c} sort={sort} sortHref={sortHref} />)}
            </tr>
          </thead>
          <tbody>
            {figures.map((f, i) => (
              <tr key={`${f.kind}|${f.valueRial}|${f.placesKey}`} className="border-b border-rule align-top" data-kind={f.kind} data-places={f.placesKey}>
                <td className="p-2 text-muted tabular-nums">{formatNumber(first + i)}</td>
                <th scope="row" className="p-2 text-start font-semibold">{placesLabel(f.places)}</th>
                <td className="p-2">{KIND_LABELS[f.kind]}</td>
                <td className="p-2 font-bold tabular-nums" data-testid="figure-amount">{figureText(f.valueRial, unit, f.qualifier, null)}</td>
                <td className="p-2 tabular-nums">{f.year ? formatYear(f.year) : "—"}</td>
                <td className="p-2 text-xs">
                  {f.sources.map((s, j) => (
                    <span key={s.amountId} className={j > 0 ? "mt-1 block" : "block"}>
                      <SourceCite a={{ id: s.articleId, title: s.articleTitle, outlet: s.outlet, published: s.published, url: s.url }} href={factHref(s.articleId, "amount", s.start)} max={40} quote={s.quote} />
                    </span>
                  ))}
                  {f.sourceCount > f.sources.length ? <span className="text-muted"> و {formatNumber(f.sourceCount - f.sources.length)} منبع دیگر</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page ? <Pagination page={page.page} pages={page.pages} hrefFor={page.hrefFor} /> : null}
    </div>
  );
}
