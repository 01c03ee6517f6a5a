"use client";
// Generic grouped bars for any ChartView, drawn at a fixed size so the SVG is in the server HTML.
// RTL: dir="ltr" wrapper (P13 in STACK.md), reversed X axis, Y axis on the right.
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { BarsRow } from "@/lib/charts/rows";
import { formatNumber } from "@/lib/format";
import { chartBoxStyle, chartWidth } from "@/lib/charts/layout";

interface Props {
  rows: BarsRow[];
  series: { key: string; label: string; color: string }[];
  label: string;
  width?: number;
  height?: number;
}

export function BarsChart({ rows, series, label, width = chartWidth(rows.length), height = 340 }: Props) {
  const data = rows.map((r) => ({ label: r.label, ...r.values, texts: r.texts }));
  const names = new Map(series.map((s) => [s.key, s.label]));
  return (
    <div dir="ltr" className="chart-svg w-full" style={chartBoxStyle(width)} role="img" aria-label={label}>
      <BarChart width={width} height={height} data={data} margin={{ top: 16, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e3e0d8" />
        <XAxis dataKey="label" reversed interval={0} tick={{ fontSize: 12, fill: "#1f2328" }} height={48} />
        <YAxis orientation="right" tickFormatter={(n: number) => formatNumber(n)} tick={{ fontSize: 12, fill: "#5b616b" }} width={72} allowDecimals={false} />
        <Tooltip
          isAnimationActive={false}
          content={({ active, payload, label: group }) =>
            active && payload?.length ? (
              <div dir="rtl" className="rounded border border-rule bg-white p-2 text-sm shadow">
                <p className="font-bold">{group}</p>
                {payload.map((p) => {
                  const key = String(p.dataKey);
                  const texts = (p.payload as { texts: Record<string, string> }).texts;
                  return (
                    <p key={key} style={{ color: p.color }}>
                      {names.get(key) ? `${names.get(key)}: ` : ""}{texts[key]}
                    </p>
                  );
                })}
              </div>
            ) : null
          }
        />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.key} fill={s.color} isAnimationActive={false} maxBarSize={56} />
        ))}
      </BarChart>
    </div>
  );
}
