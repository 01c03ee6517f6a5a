import type { BarsRow } from "@/lib/charts/rows";
import { chartBoxStyle, layoutBars } from "@/lib/charts/layout";
import { formatNumber } from "@/lib/format";

interface Props {
  rows: BarsRow[];
  series: { key: string; label: string; color: string }[];
  label: string;
}

function splitLabel(label: string): string[] {
  const words = label.split(" ");
  if (label.length <= 14 || words.length < 2) return [label];
  const half = Math.ceil(words.length / 2);
  return [words.slice(0, half).join(" "), words.slice(half).join(" ")];
}

/** Server-rendered bars: complete with JavaScript off; each bar has a <title> with its exact figure. */
export function StaticBars({ rows, series, label }: Props) {
  const l = layoutBars(rows, series);
  const names = new Map(series.map((s) => [s.key, s.label]));
  return (
    <svg viewBox={`0 0 ${l.width} ${l.height}`} className="h-auto w-full" style={chartBoxStyle(l.width)} role="img" aria-label={label} data-testid="static-chart">
      {l.ticks.map((t) => (
        <g key={t.value}>
          <line x1={l.plot.x0} x2={l.plot.x1} y1={t.y} y2={t.y} stroke="#e3e0d8" strokeDasharray={t.value ? "3 3" : undefined} />
          <text x={l.plot.x1 + 8} y={t.y + 4} fontSize={12} fill="#5b616b" textAnchor="start" direction="ltr">{formatNumber(t.value)}</text>
        </g>
      ))}
      {l.bars.map((b, i) => (
        <rect key={i} x={b.x} y={b.y} width={b.w} height={b.h} fill={b.color} rx={2}>
          <title>{`${b.group}${names.get(b.series) ? ` — ${names.get(b.series)}` : ""}: ${b.text}`}</title>
        </rect>
      ))}
      {l.groups.map((g) => (
        <text key={g.label} x={g.cx} y={l.plot.y1 + 20} fontSize={13} fill="#1f2328" textAnchor="middle" direction="rtl">
          {splitLabel(g.label).map((line, i) => (
            <tspan key={i} x={g.cx} dy={i ? 17 : 0}>{line}</tspan>
          ))}
        </text>
      ))}
    </svg>
  );
}
