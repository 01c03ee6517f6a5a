import Link from "next/link";
import { MAP_STRINGS } from "@/lib/geo/labels";
import { DEFAULT_MAP_KIND, shapeMapView } from "@/lib/geo/metric";
import { mapHref } from "@/lib/map-url";
import { ATTRIBUTION } from "@/lib/strings";
import { CitySchematic } from "./city-schematic";
import { FiguresPanel } from "./figures-panel";
import { MapLegend } from "./map-legend";
import { MapDefs, MapStyles } from "./map-styles";
import { MapTapSelect } from "./map-tap-select";
import { ProvinceMap } from "./province-map";
import type { QomMapProps } from "./qom-map";

/** A small map for / and district pages: same data and links as /map, fewer words. */
export function QomMapCompact({ stats, geo, metric, kind = null, unit = "rial", current = null }: QomMapProps) {
  const view = shapeMapView(stats, { metric, kind: kind ?? DEFAULT_MAP_KIND, unit });
  const slugs = [...view.places.keys()];
  return (
    <div className="qmap space-y-3" data-testid="qom-map-compact" data-metric={metric}>
      <MapStyles slugs={slugs} />
      <MapDefs />
      <MapTapSelect />
      <div className={geo ? "grid gap-3 sm:grid-cols-[minmax(0,4fr)_minmax(0,3fr)]" : ""}>
        {geo && <ProvinceMap geo={geo} view={view} current={current} />}
        <div>
          <CitySchematic view={view} current={current} />
          <p className="mt-1 text-xs leading-5 text-muted">{MAP_STRINGS.schematicCaption}</p>
        </div>
      </div>
      <MapLegend view={view} compact />
      <FiguresPanel view={view} slugs={slugs} />
      <p className="flex flex-wrap items-baseline justify-between gap-2 text-xs text-muted">
        <span>{ATTRIBUTION.osm} | {ATTRIBUTION.geonames}</span>
        <Link href={mapHref({ metric, kind, unit })} className="font-semibold text-accent underline">{MAP_STRINGS.fullMap}</Link>
      </p>
    </div>
  );
}
