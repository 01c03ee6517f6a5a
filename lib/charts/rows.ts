// ChartView → the row objects recharts draws (one row per group, one key per series).
import type { ChartView } from "./view";

export interface BarsRow {
  label: string;
  values: Record<string, number>;
  texts: Record<string, string>;
}

export function toBarsRows(view: ChartView): BarsRow[] {
  const rows: BarsRow[] = [];
  for (const b of view.bars) {
    let row = rows.find((r) => r.label === b.group);
    if (!row) {
      row = { label: b.group, values: {}, texts: {} };
      rows.push(row);
    }
    row.values[b.series] = b.value;
    row.texts[b.series] = b.text;
  }
  return rows;
}

