import type { MapView } from "@/lib/geo/metric";
import { MAP_STRINGS } from "@/lib/geo/labels";

export function MapLegend({ view, compact = false }: { view: MapView; compact?: boolean }) {
  return (
    <section aria-label={MAP_STRINGS.legendTitle} className="text-sm" data-testid="map-legend">
      <h3 className="font-bold">{view.legendTitle}</h3>
      <ul className={compact ? "mt-1 flex flex-wrap gap-x-4 gap-y-1" : "mt-2 space-y-1"}>
        {view.legend.map((e) => (
          <li key={e.key} className="flex items-center gap-2" data-legend={e.state}>
            <svg width="22" height="16" aria-hidden="true" className="shrink-0">
              <rect x="1" y="1" width="20" height="14" rx="3" fill={e.fill} stroke="#8c8880" strokeWidth="1" />
            </svg>
            <span>{e.label}</span>
          </li>
        ))}
      </ul>
      {view.choice.metric === "amount" && !compact && <p className="mt-2 text-xs leading-6 text-muted">{MAP_STRINGS.amountNote}</p>}
    </section>
  );
}
