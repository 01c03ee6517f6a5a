"use client";
// The interactive drawing of the per-year chart: recharts, loaded only on /articles and only in the
// browser (years-bars-lazy.tsx). The figure around it (years-chart.tsx) already holds every value
// as a table, so nothing is lost without JavaScript or to a screen reader.
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { YearBar } from "@/lib/article-years";
import { YEARS_CHART_HEIGHT } from "./years-chart-height";
import { formatNumber, formatYear } from "@/lib/format";
import { ARTICLE_YEARS } from "@/lib/strings";

export default function YearsBars({ bars }: { bars: readonly YearBar[] }) {
  // The SVG is laid out left to right (under dir="rtl" Chromium flips text-anchor, and the axis
  // labels at the right edge were cut off); the time axis is reversed instead, and the tooltip's
  // Persian lines are set right to left.
  return (
    <div dir="ltr">
      <BarChart
        responsive
        data={[...bars]}
        style={{ width: "100%", height: YEARS_CHART_HEIGHT }}
        margin={{ top: 8, right: 4, bottom: 0, left: 4 }}
      >
        <CartesianGrid vertical={false} stroke="#d9dcdf" />
        {/* reversed: the earliest year on the right, where a right-to-left reader starts */}
        <XAxis dataKey="year" reversed tickFormatter={(y: string) => formatYear(y)} minTickGap={6} tick={{ fontSize: 12 }} />
        <YAxis orientation="right" allowDecimals={false} width={34} tickFormatter={(v: number) => formatNumber(v)} tick={{ fontSize: 12 }} />
        <Tooltip
          isAnimationActive={false}
          cursor={{ fill: "rgba(15, 92, 99, 0.08)" }}
          separator=""
          contentStyle={{ direction: "rtl", textAlign: "right" }}
          labelFormatter={(y) => ARTICLE_YEARS.tooltipYear(formatYear(String(y)))}
          formatter={(v) => [ARTICLE_YEARS.tooltipCount(formatNumber(Number(v))), ""]}
        />
        <Bar dataKey="articles" fill="var(--color-accent)" isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
