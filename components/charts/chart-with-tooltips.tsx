"use client";
// Shows the server-rendered SVG first (complete without JavaScript); on the first pointer, focus or
// touch it loads recharts and swaps in the same chart with hover/focus tooltips. Recharts is not in the first-load JS.
import { useEffect, useState, type ComponentType, type ReactNode } from "react";
import type { BarsRow } from "@/lib/charts/rows";

interface BarsProps {
  rows: BarsRow[];
  series: { key: string; label: string; color: string }[];
  label: string;
}

export function ChartWithTooltips(props: BarsProps & { children: ReactNode }) {
  const [Bars, setBars] = useState<ComponentType<BarsProps> | null>(null);
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void import("./bars-chart").then((m) => live && setBars(() => m.BarsChart));
    return () => {
      live = false;
    };
  }, [wanted]);
  const { children, ...rest } = props;
  // Recharts (tooltips) loads on the first sign of interest in this chart, not on page load: it is
  // ~80 kB of JavaScript that would otherwise run in the first seconds (Lighthouse TBT). The box
  // scrolls sideways on a phone rather than shrinking the labels below legibility.
  const want = () => setWanted(true);
  return (
    <div className="overflow-x-auto" onPointerEnter={want} onFocus={want} onTouchStart={want}>
      {Bars ? <Bars {...rest} /> : children}
    </div>
  );
}
