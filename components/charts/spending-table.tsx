import Link from "next/link";
import { figureText } from "@/lib/chart-data";
import { placesLabel } from "@/lib/districts";
import { formatNumber, formatYear, type MoneyUnit } from "@/lib/format";
import { factHref } from "@/lib/links";
import { SourceCite } from "@/components/source-cite";
import type { DistinctFigure } from "@/lib/spending";
import { KIND_LABELS, SPENDING_TABLE } from "@/lib/strings";
import type { SpendingSort } from "@/lib/url-state";
import { Pagination } from "@/components/projects/pagination";

interface Props {
  caption: string;
  figures: DistinctFigure[];
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
  { label: SPENDING_TABLE.district, sorts: ["district"] },
  { label: SPENDING_TABLE.kind, sorts: ["kind"] },
  { label: SPENDING_TABLE.amount, sorts: ["amount-desc", "amount-asc"] },
  { label: SPENDING_TABLE.year, sorts: ["year-desc", "year-asc"] },
  { label: SPENDING_TABLE.source },
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
      {/* On a phone each figure is a card: place and kind, amount and year, then its sources in full. */}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm max-sm:block" data-testid="spending-table">
          <caption className="mb-2 text-start font-semibold text-muted max-sm:block">{caption}</caption>
          <thead className="max-sm:sr-only">
            <tr className="border-b-2 border-ink/70">
              <th scope="col" className="p-2 text-start">#</th>
              {COLUMNS.map((c) => <HeaderCell key={c.label} col={c} sort={sort} sortHref={sortHref} />)}
            </tr>
          </thead>
          <tbody className="max-sm:block">
            {figures.map((f, i) => (
              <tr key={`${f.kind}|${f.valueRial}|${f.placesKey}`} className="border-b border-rule align-top max-sm:flex max-sm:flex-wrap max-sm:items-baseline max-sm:gap-x-2 max-sm:py-2" data-kind={f.kind} data-places={f.placesKey}>
                <td className="p-2 text-muted tabular-nums max-sm:p-0">{formatNumber(first + i)}</td>
                <th scope="row" className="p-2 text-start font-semibold max-sm:p-0">{placesLabel(f.places)}</th>
                <td className="p-2 max-sm:p-0 max-sm:text-muted">{KIND_LABELS[f.kind]}</td>
                <td className="p-2 font-bold tabular-nums max-sm:basis-full max-sm:p-0 max-sm:text-base" data-testid="figure-amount">{figureText(f.valueRial, unit, f.qualifier, null)}</td>
                <td className="p-2 tabular-nums max-sm:p-0 max-sm:text-muted">{f.year ? formatYear(f.year) : <span className="max-sm:hidden">—</span>}</td>
                <td className="p-2 text-xs max-sm:basis-full max-sm:p-0">
                  {f.sources.map((s, j) => (
                    <span key={s.amountId} className={j > 0 ? "mt-1 block" : "block"}>
                      <SourceCite a={{ id: s.articleId, title: s.articleTitle, outlet: s.outlet, published: s.published, url: s.url }} href={factHref(s.articleId, "amount", s.start)} max={40} quote={s.quote} />
                    </span>
                  ))}
                  {f.sourceCount > f.sources.length ? <span className="text-muted">{SPENDING_TABLE.moreSources(formatNumber(f.sourceCount - f.sources.length))}</span> : null}
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
