// The facts of /extract, one table per kind of fact, in text order. Each row's first cell links to
// its mark (#fact-…), so a click scrolls the text there and highlights its sentence. On a phone
// every row becomes a small card with the column names beside the values.
import type { ReactNode } from "react";
import type { ExtractView } from "@/lib/extract-view";
import { EXTRACT } from "@/lib/strings";

interface Column<R> {
  label: string;
  cell: (row: R) => ReactNode;
}

const C = EXTRACT.columns;

interface TableProps<R> {
  id: string;
  title: string;
  rows: R[];
  columns: Column<R>[];
  /** A second line under the quote (the exact value in rials). */
  under?: (row: R) => ReactNode;
  quoteLabel?: string;
}

function FactTable<R extends { anchor: string; quote: string }>({ id, title, rows, columns, under, quoteLabel = C.asWritten }: TableProps<R>) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mb-6">
      <h4 id={id} className="mb-1 font-bold">{title}</h4>
      <table className="w-full border-collapse text-sm max-sm:block">
        <thead className="max-sm:sr-only">
          <tr className="border-b border-rule text-start text-muted">
            <th scope="col" className="p-1 text-start font-semibold">{quoteLabel}</th>
            {columns.map((c) => <th key={c.label} scope="col" className="p-1 text-start font-semibold">{c.label}</th>)}
          </tr>
        </thead>
        <tbody className="max-sm:block">
          {rows.map((r, i) => (
            <tr key={`${r.anchor}-${i}`} data-anchor={r.anchor} className="border-b border-rule align-top max-sm:block max-sm:py-2">
              <td className="p-1 max-sm:block">
                <a href={`#${r.anchor}`} className="font-semibold text-accent underline"><bdi>{r.quote}</bdi></a>
                {under && <span className="block text-xs text-muted">{under(r)}</span>}
              </td>
              {columns.map((c) => (
                <td key={c.label} data-label={c.label} className="p-1 max-sm:flex max-sm:gap-2 max-sm:py-0 max-sm:before:w-28 max-sm:before:shrink-0 max-sm:before:text-muted max-sm:before:content-[attr(data-label)]">
                  <span>{c.cell(r)}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const dash = (v: string | null) => v ?? "—";

export function FactTables({ view }: { view: ExtractView }) {
  return (
    <>
      <FactTable id="facts-amounts" title={EXTRACT.tables.amounts} rows={view.amounts} quoteLabel={`${C.asWritten} / ${C.rial}`} under={(r) => <span dir="rtl" className="whitespace-nowrap" title={C.rial}>{r.rial}</span>} columns={[
        { label: C.kind, cell: (r) => r.kind },
        { label: C.districts, cell: (r) => r.districts },
        { label: C.year, cell: (r) => dash(r.year) },
        { label: C.qualifier, cell: (r) => dash(r.qualifier) },
        { label: C.project, cell: (r) => (r.project ? <><bdi>{r.project.name}</bdi> ({r.project.status})</> : "—") },
      ]} />
      <FactTable id="facts-projects" title={EXTRACT.tables.projects} rows={view.projects} columns={[
        { label: C.name, cell: (r) => <bdi>{r.name}</bdi> },
        { label: C.status, cell: (r) => r.status },
        { label: C.category, cell: (r) => r.category },
        { label: C.districts, cell: (r) => r.districts },
      ]} />
      <FactTable id="facts-quantities" title={EXTRACT.tables.quantities} rows={view.quantities} columns={[
        { label: C.value, cell: (r) => r.value },
        { label: C.districts, cell: (r) => r.districts },
      ]} />
      <FactTable id="facts-places" title={EXTRACT.tables.places} rows={view.places} columns={[{ label: C.place, cell: (r) => r.place }]} />
    </>
  );
}
