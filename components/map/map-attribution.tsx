import { MAP_STRINGS } from "@/lib/geo/labels";
import type { GeoData } from "@/lib/geo/types";
import { ATTRIBUTION } from "@/lib/strings";

/** The attribution OSM's ODbL and GeoNames' CC BY require, under the map; sources in a details. */
export function MapAttribution({ geo }: { geo: GeoData | null }) {
  return (
    <footer className="text-xs leading-6 text-muted" data-testid="map-attribution">
      <p>
        {ATTRIBUTION.osm} | {ATTRIBUTION.geonames} | {ATTRIBUTION.naturalEarth}
      </p>
      {geo && (
        <details className="mt-1">
          <summary className="cursor-pointer">{MAP_STRINGS.sources}</summary>
          <ul className="mt-1 list-disc ps-5" dir="ltr">
            {geo.sources.map((s) => (
              <li key={s.file} className="text-start">
                <code>{s.file}</code> ({s.what}): {s.origin}. Licence: {s.licence}.
              </li>
            ))}
          </ul>
        </details>
      )}
    </footer>
  );
}
