import Link from "next/link";
import { UnitSwitch } from "@/components/unit-switch";
import { AMOUNT_KINDS } from "@/lib/extract/types";
import { MAP_METRIC_LABELS, MAP_STRINGS } from "@/lib/geo/labels";
import type { MapChoice } from "@/lib/geo/metric";
import { mapHref } from "@/lib/map-url";
import { KIND_LABELS } from "@/lib/strings";
import { MAP_METRICS } from "@/lib/url-state";

const ON = "bg-accent text-white";
const OFF = "bg-white hover:bg-accent-soft";

/** Metric, kind and unit as plain links: the map's state lives in the URL. */
export function MapControls({ choice, kindsWithData }: { choice: MapChoice; kindsWithData: readonly string[] }) {
  const kinds = AMOUNT_KINDS.filter((k) => k === choice.kind || kindsWithData.includes(k));
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm" data-testid="map-controls">
      <nav aria-label={MAP_STRINGS.metric} className="flex flex-wrap items-center gap-2">
        <span className="text-muted">{MAP_STRINGS.metric}:</span>
        <span className="inline-flex flex-wrap overflow-hidden rounded border border-rule">
          {MAP_METRICS.map((m) => (
            <Link key={m} href={mapHref({ ...choice, metric: m })} aria-current={m === choice.metric ? "true" : undefined} className={`px-3 py-1 ${m === choice.metric ? ON : OFF}`} scroll={false}>
              {MAP_METRIC_LABELS[m]}
            </Link>
          ))}
        </span>
      </nav>
      {choice.metric === "amount" && (
        <>
          <nav aria-label={MAP_STRINGS.kind} className="flex flex-wrap items-center gap-2">
            <span className="text-muted">{MAP_STRINGS.kind}:</span>
            <span className="inline-flex flex-wrap overflow-hidden rounded border border-rule">
              {kinds.map((k) => (
                <Link key={k} href={mapHref({ ...choice, kind: k })} aria-current={k === choice.kind ? "true" : undefined} className={`px-3 py-1 ${k === choice.kind ? ON : OFF}`} scroll={false}>
                  {KIND_LABELS[k]}
                </Link>
              ))}
            </span>
          </nav>
          <UnitSwitch unit={choice.unit} hrefFor={(unit) => mapHref({ ...choice, unit })} />
        </>
      )}
    </div>
  );
}
