import type { PlaceSlug } from "@/lib/districts";
import { formatNumber } from "@/lib/format";
import type { MapView } from "@/lib/geo/metric";
import { MAP_STRINGS } from "@/lib/geo/labels";
import type { GeoData } from "@/lib/geo/types";
import { PlaceLink } from "./place-link";

const HALO = { paintOrder: "stroke", stroke: "#ffffff", strokeWidth: 5, strokeLinejoin: "round" } as const;
const SCALE_KM = 50;

/** Qom province from real boundaries: counties, grey neighbours, towns as points, Iran inset. */
export function ProvinceMap({ geo, view, current }: { geo: GeoData; view: MapView; current?: PlaceSlug | null }) {
  const { viewBox, outline, counties, neighbours, towns, kmPerUnit } = geo.province;
  const [, , w, h] = viewBox;
  const province = view.places.get("province");
  const bar = SCALE_KM / kmPerUnit;
  return (
    <svg viewBox={viewBox.join(" ")} role="group" aria-label={MAP_STRINGS.provinceTitle} className="block h-auto w-full" data-testid="province-map">
      <rect width={w} height={h} fill="#f1efea" />
      {neighbours.map((n) => (
        <path key={n.id} data-neighbour={n.nameEn} d={n.d} fill="#e2dfd8" stroke="#ffffff" strokeWidth="3" fillRule="evenodd" />
      ))}
      {province && (
        <PlaceLink place={province} current={current === "province"}>
          <path className="qmap-shape" d={outline.d} fill={province.swatch.fill} stroke="#0b464c" fillRule="evenodd" vectorEffect="non-scaling-stroke" />
        </PlaceLink>
      )}
      <g pointerEvents="none">
        {/* Context labels go over the province: a narrow neighbour's name may reach across its edge. */}
        {neighbours.map((n) => (
          <text key={n.id} x={n.label[0]} y={n.label[1]} textAnchor="middle" fontSize="24" fill="#6b7079" {...HALO} stroke="#f1efea">{n.nameFa}</text>
        ))}
        {counties.map((c) => (
          <g key={c.id} data-county={c.nameEn}>
            {/* Solid: a shared border is drawn twice, and two dash phases would look solid anyway. */}
            <path d={c.d} fill="none" stroke="#0b464c" strokeOpacity="0.55" strokeWidth="1.25" vectorEffect="non-scaling-stroke" />
            <text x={c.label[0]} y={c.label[1]} textAnchor="middle" fontSize="26" fontWeight="600" fill="#3a4048" {...HALO}>{c.nameFa}</text>
          </g>
        ))}
      </g>
      {towns.map((t) => {
        const place = view.places.get(t.slug);
        if (!place) return null;
        const r = t.slug === "city" ? 12 : 9;
        return (
          <PlaceLink key={t.slug} place={place} current={current === t.slug}>
            <circle className="qmap-shape" cx={t.at[0]} cy={t.at[1]} r={r} fill={place.swatch.fill} stroke="#1f2328" vectorEffect="non-scaling-stroke" />
            <text className="qmap-label" x={t.at[0]} y={t.labelBelow ? t.at[1] + r + 30 : t.at[1] - r - 8} textAnchor="middle" fontSize="31" fontWeight="700" fill="#1f2328" {...HALO}>
              {place.label}
            </text>
          </PlaceLink>
        );
      })}
      <g transform={`translate(${w - 30 - bar} ${h - 30})`} aria-hidden="true">
        <path d={`M0 -8V0H${bar}V-8`} fill="none" stroke="#1f2328" strokeWidth="2" />
        <text x={bar / 2} y="-12" textAnchor="middle" fontSize="22" fill="#1f2328" {...HALO}>{`${formatNumber(SCALE_KM)} کیلومتر`}</text>
      </g>
      <Inset geo={geo} />
    </svg>
  );
}

function Inset({ geo }: { geo: GeoData }) {
  const { at, viewBox, iran, province } = geo.inset;
  return (
    <g transform={`translate(${at.x} ${at.y}) scale(${at.scale})`} aria-label={MAP_STRINGS.inset} role="img" data-testid="iran-inset">
      <rect width={viewBox[2]} height={viewBox[3]} fill="#ffffff" stroke="#b9b5ab" strokeWidth="1.5" vectorEffect="non-scaling-stroke" />
      <path d={iran} fill="#e2dfd8" stroke="#8c8880" strokeWidth="1" vectorEffect="non-scaling-stroke" fillRule="evenodd" />
      <path d={province} fill="#0f5c63" stroke="#0f5c63" strokeWidth="1.5" vectorEffect="non-scaling-stroke" />
      <text x={viewBox[2] * 0.6} y={viewBox[3] * 0.62} textAnchor="middle" fontSize="24" fill="#5b616b">ایران</text>
    </g>
  );
}
