"use client";
// recharts (≈ 100 kB gzip) is fetched after the page is up, only where this chart is shown; the
// placeholder keeps its height so nothing below it moves.
import dynamic from "next/dynamic";
import type { YearBar } from "@/lib/article-years";
import { YEARS_CHART_HEIGHT } from "./years-chart-height";

const YearsBars = dynamic(() => import("./years-bars"), { ssr: false, loading: () => <div style={{ height: YEARS_CHART_HEIGHT }} /> });

export function YearsBarsLazy({ bars }: { bars: readonly YearBar[] }) {
  return <YearsBars bars={bars} />;
}
