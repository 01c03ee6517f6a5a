import { kindShape } from "@/lib/chart-data";
import { shapePath } from "@/lib/charts/scene";
import type { ChartView } from "@/lib/charts/view";

/** Series legend in HTML (readable, translatable, present with JavaScript off); the strip's kinds with their shapes. */
export function ChartLegend({ view }: { view: Pick<ChartView, "series" | "layout"> }) {
  if (view.series.length < 2) return null;
  return (
    <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="راهنمای رنگ‌ها" data-testid="chart-legend">
      {view.series.map((s) => (
        <li key={s.key} className="flex items-center gap-1.5">
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" className="shrink-0">
            {view.layout === "strip"
              ? <path d={shapePath(kindShape(s.key), 7, 7, 5)} fill={kindShape(s.key) === "ring" ? "#fff" : s.color} stroke={s.color} strokeWidth={kindShape(s.key) === "ring" ? 2 : 0} />
              : <rect x="1" y="1" width="12" height="12" rx="2" fill={s.color} />}
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}
