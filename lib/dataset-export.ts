// The files /data serves: every published table as CSV (Persian or Latin headers) and JSON, and
// the SQLite copy. Names are looked up in this allowlist: no part of a request becomes a path or
// SQL. The encoders are pure and work a page of rows at a time, so a download streams with bounded
// memory whatever the tables hold (app/data/[file]/route.ts).
import { BOM, csvLine } from "./csv";
import type { DictionaryTable } from "./data-dictionary";

export const SQLITE_FILE = "qom-civic-data.sqlite";
export const SQLITE_TYPE = "application/vnd.sqlite3";

export const EXPORT_FORMATS = ["csv", "latin.csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  name: string;
  table: string;
  format: ExportFormat;
}

export function exportFileName(table: string, format: ExportFormat): string {
  return `${table}.${format}`;
}

export function exportFiles(tables: readonly string[]): ExportFile[] {
  return tables.flatMap((table) => EXPORT_FORMATS.map((format) => ({ name: exportFileName(table, format), table, format })));
}

export type DataFile = { kind: "sqlite" } | ({ kind: "export" } & ExportFile);

/** The file a request names, or null: an exact match in the allowlist, nothing else. */
export function findDataFile(name: string, tables: readonly string[]): DataFile | null {
  if (name === SQLITE_FILE) return { kind: "sqlite" };
  const hit = exportFiles(tables).find((f) => f.name === name);
  return hit ? { kind: "export", ...hit } : null;
}

export function contentType(format: ExportFormat): string {
  return format === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8";
}

/** How many rows one page of a table reads: article texts may be large (the loader takes up to 5 MB). */
export function pageSize(table: string): number {
  return table === "articles" ? 4 : 500;
}

export interface ExportMeta {
  seededAt: string;
  rowCount: number;
}

/** Everything before the first row. */
export function exportHead(t: DictionaryTable, format: ExportFormat, meta: ExportMeta): string {
  if (format === "json") {
    const head = { table: t.name, title: t.fa, seeded_at: meta.seededAt, row_count: meta.rowCount, columns: t.columns.map((c) => c.name) };
    return `${JSON.stringify(head).slice(0, -1)},"rows":[`;
  }
  return BOM + csvLine(t.columns.map((c) => (format === "csv" ? c.fa : c.name)));
}

/** One page of rows (values in column order); `first` says whether any row came before. */
export function exportRows(t: DictionaryTable, format: ExportFormat, rows: readonly (readonly unknown[])[], first: boolean): string {
  if (format !== "json") return rows.map(csvLine).join("");
  const names = t.columns.map((c) => c.name);
  return rows.map((r, i) => `${first && i === 0 ? "\n" : ",\n"}${JSON.stringify(Object.fromEntries(names.map((n, j) => [n, r[j] ?? null])))}`).join("");
}

export function exportTail(format: ExportFormat): string {
  return format === "json" ? "\n]}\n" : "";
}
