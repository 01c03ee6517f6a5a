import type { PlaceSlug } from "@/lib/districts";
import type { MapView, PlaceView } from "@/lib/geo/metric";
import { MAP_STRINGS } from "@/lib/geo/labels";
import { buildSchematic, type Box } from "@/lib/geo/schematic";
import { fitLabel } from "@/lib/geo/label-fit";
import { PlaceLink } from "./place-link";

const SCHEMATIC = buildSchematic();
const HALO = { paintOrder: "stroke", strokeWidth: 4, strokeLinejoin: "round" } as const;

/** Qom's eight municipal regions as equal tiles by compass direction; neighbourhoods inside. */
export function CitySchematic({ view, current }: { view: MapView; current?: PlaceSlug | null }) {
  const { viewBox, tiles, chips, compass } = SCHEMATIC;
  return (
    <svg viewBox={viewBox.join(" ")} role="group" aria-label={MAP_STRINGS.cityTitle} className="block h-auto w-full" data-testid="city-schematic">
      <Compass box={compass} />
      {tiles.map((t) => {
        const place = view.places.get(t.slug);
        if (!place) return null;
        const hasChips = chips.some((c) => c.region === t.slug);
        const cx = t.x + t.w / 2;
        return (
          <PlaceLink key={t.slug} place={place} current={current === t.slug}>
            <rect className="qmap-shape" x={t.x} y={t.y} width={t.w} height={t.h} rx="10" fill={place.swatch.fill} stroke="#8c8880" vectorEffect="non-scaling-stroke" />
            <Label place={place} x={cx} y={t.y + (hasChips ? 30 : 52)} size={23} maxW={t.w - 12} bold>{place.label}</Label>
            <Label place={place} x={cx} y={t.y + (hasChips ? 56 : 82)} size={18} maxW={t.w - 12}>{place.tileText}</Label>
          </PlaceLink>
        );
      })}
      {chips.map((c) => {
        const place = view.places.get(c.slug);
        if (!place) return null;
        return (
          <PlaceLink key={c.slug} place={place} current={current === c.slug}>
            <rect className="qmap-shape" x={c.x} y={c.y} width={c.w} height={c.h} rx={c.h / 2} fill={place.swatch.fill} stroke="#5b616b" vectorEffect="non-scaling-stroke" />
            <Label place={place} x={c.x + c.w / 2} y={c.y + c.h / 2 + 6} size={17} maxW={c.w - 10}>
              {c.region ? place.label : `${place.label}: ${place.tileText}`}
            </Label>
          </PlaceLink>
        );
      })}
    </svg>
  );
}

function Label({ place, x, y, size, maxW, bold, children }: { place: PlaceView; x: number; y: number; size: number; maxW: number; bold?: boolean; children: string }) {
  // Text on the hatch gets a light halo so it stays readable; on filled tiles no halo is needed.
  const halo = place.swatch.state === "none" ? { ...HALO, stroke: "#ffffff" } : {};
  // Sized by measured width (safe for the fallback font too), so it never runs past its shape.
  const fit = fitLabel(children, size, maxW, 12, bold ? 700 : 400);
  return (
    <text className="qmap-label" x={x} y={y} textAnchor="middle" fontSize={fit.size} fontWeight={bold ? 700 : 500} fill={place.swatch.ink} data-max-w={maxW} {...halo}>
      {fit.text}
    </text>
  );
}

function Compass({ box }: { box: Box }) {
  const cx = box.x + box.w / 2;
  return (
    <g aria-hidden="true" fill="#5b616b">
      <path d={`M${cx} ${box.y + 18}l14 40h-28z`} />
      <text x={cx} y={box.y + 86} textAnchor="middle" fontSize="18">{MAP_STRINGS.north}</text>
    </g>
  );
}
