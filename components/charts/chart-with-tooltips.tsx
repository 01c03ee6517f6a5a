"use client";
// Shows the server-rendered SVG first (complete without JavaScript), then loads recharts shortly after
// and swaps in the same chart with hover/focus tooltips. Recharts is not in the first-load JS.
import { useEffect, useState, type ComponentType, type ReactNode } from "react";
import type { BarsRow } from "@/lib/charts/rows";

interface BarsProps {
  rows: BarsRow[];
  series: { key: string; label: string; color: string }[];
  label: string;
}

export function ChartWithTooltips(props: BarsProps & { children: ReactNode }) {
  const [Bars, setBars] = useState<ComponentType<BarsProps> | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => import("./bars-chart").then((m) => live && setBars(() => m.BarsChart));
    const timer = setTimeout(load, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  const { children, ...rest } = props;
  // The box scrolls sideways on a phone rather than shrinking the labels below legibility.
  return <div className="overflow-x-auto">{Bars ? <Bars {...rest} /> : children}</div>;
}
