import type { PlaceSlug } from "@/lib/districts";
import type { AmountKind } from "@/lib/extract/types";
import type { MoneyUnit } from "@/lib/format";
import { MAP_STRINGS } from "@/lib/geo/labels";
import { DEFAULT_MAP_KIND, shapeMapView, type PlaceStats } from "@/lib/geo/metric";
import type { GeoData } from "@/lib/geo/types";
import type { MapMetric } from "@/lib/url-state";
import { CitySchematic } from "./city-schematic";
import { FiguresPanel } from "./figures-panel";
import { MapAttribution } from "./map-attribution";
import { MapLegend } from "./map-legend";
import { MapDefs, MapStyles } from "./map-styles";
import { MapTapSelect } from "./map-tap-select";
import { ProvinceMap } from "./province-map";

export interface QomMapProps {
  /** listDistrictStats() from db/queries/districts.ts. */
  stats: readonly PlaceStats[];
  /** getGeo() from app/loaders/geo.ts; null draws the city schematic alone. */
  geo: GeoData | null;
  metric: MapMetric;
  /** Amount kind when metric is "amount"; null means the default (credit). */
  kind?: AmountKind | null;
  unit?: MoneyUnit;
  /** A place to outline (a district page's own place). */
  current?: PlaceSlug | null;
}

/** The full map of /map: province from real boundaries beside the city's schematic. */
export function QomMap({ stats, geo, metric, kind = null, unit = "rial", current = null }: QomMapProps) {
  const view = shapeMapView(stats, { metric, kind: kind ?? DEFAULT_MAP_KIND, unit });
  const slugs = [...view.places.keys()];
  return (
    <div className="qmap relative space-y-4" data-testid="qom-map" data-metric={metric}>
      <MapStyles slugs={slugs} />
      <MapDefs />
      <MapTapSelect />
      <div className={`grid gap-4 ${geo ? "lg:grid-cols-[minmax(0,4fr)_minmax(0,3fr)] xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_14rem]" : "lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]"}`}>
        {geo ? (
          <figure className="rounded-lg border border-rule bg-white p-2">
            <h2 className="px-1 pb-2 font-bold">{MAP_STRINGS.provinceTitle}</h2>
            <ProvinceMap geo={geo} view={view} current={current} />
            <figcaption className="px-1 pt-2 text-xs leading-6 text-muted">{MAP_STRINGS.provinceCaption}</figcaption>
          </figure>
        ) : (
          <p className="col-span-full rounded-lg border border-dashed border-rule bg-white p-4 text-sm text-muted" data-testid="no-geo">
            {MAP_STRINGS.noGeo}
          </p>
        )}
        <figure className="rounded-lg border border-rule bg-white p-2">
          <h2 className="px-1 pb-2 font-bold">{MAP_STRINGS.cityTitle}</h2>
          <CitySchematic view={view} current={current} />
          <figcaption className="px-1 pt-2 text-xs leading-6 text-muted" data-testid="schematic-caption">{MAP_STRINGS.schematicCaption}</figcaption>
        </figure>
        <aside className={`grid content-start gap-4 sm:grid-cols-2 ${geo ? "lg:col-span-2 xl:sticky xl:top-4 xl:col-span-1 xl:grid-cols-1 xl:self-start" : "lg:sticky lg:top-4 lg:grid-cols-1 lg:self-start"}`}>
          <MapLegend view={view} />
          <FiguresPanel view={view} slugs={slugs} />
        </aside>
      </div>
      <MapAttribution geo={geo} />
    </div>
  );
}
