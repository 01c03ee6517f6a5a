"use client";
// recharts (≈ 100 kB gzip) is fetched after the page is up, only where this chart is shown; the
// placeholder keeps its height so nothing below it moves.
import dynamic from "next/dynamic";
import type { YearBar } from "@/lib/article-years";

const HEIGHT = 200; // = YEARS_CHART_HEIGHT in years-bars.tsx (importing it would pull recharts in)

const YearsBars = dynamic(() => import("./years-bars"), { ssr: false, loading: () => <div style={{ height: HEIGHT }} /> });

export function YearsBarsLazy({ bars }: { bars: readonly YearBar[] }) {
  return <YearsBars bars={bars} />;
}
