// CSV for Excel users who read Persian: UTF-8 with a BOM, CRLF line ends, every field quoted when
// needed. Cells that start with = + - @ are prefixed with ' so a spreadsheet never runs them.

export const BOM = "\uFEFF";

export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return "";
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record with its CRLF, for writers that stream rows. */
export function csvLine(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

export function toCsv(headers: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return BOM + [headers, ...rows].map(csvLine).join("");
}
