import { getPlace, placesLabel, PLACE_KIND_LABELS } from "@/lib/districts";
import { formatMoney, formatNumber, formatYear } from "@/lib/format";
import { PANEL_FIGURES, type MapView, type PlaceView } from "@/lib/geo/metric";
import { MAP_STRINGS } from "@/lib/geo/labels";
import { KIND_LABELS, QUALIFIER_LABELS } from "@/lib/strings";
import { projectsHref } from "@/lib/url-state";

/** One block per place; CSS (MapStyles) shows the block of the place under the pointer or focus. */
export function FiguresPanel({ view, slugs }: { view: MapView; slugs: readonly PlaceView["slug"][] }) {
  return (
    <section className="min-h-32 rounded-lg border border-rule bg-white p-3 text-sm" data-testid="figures-panel">
      <button type="button" data-close-panel className="float-end rounded border border-rule px-2 text-muted" aria-label={MAP_STRINGS.closePanel}>✕</button>
      <p data-fig="hint" className="text-muted">{MAP_STRINGS.panelHint}</p>
      {slugs.map((slug) => {
        const p = view.places.get(slug);
        return p ? <PlaceFigures key={slug} place={p} view={view} /> : null;
      })}
    </section>
  );
}

function PlaceFigures({ place, view }: { place: PlaceView; view: MapView }) {
  const kind = getPlace(place.slug)?.kind;
  const shown = place.figures.slice(0, PANEL_FIGURES);
  return (
    <div data-fig={place.slug}>
      <p className="flex flex-wrap items-baseline gap-x-2">
        <strong className="text-base"><bdi>{place.label}</bdi></strong>
        {kind && <span className="text-xs text-muted">{PLACE_KIND_LABELS[kind]}</span>}
      </p>
      <p className="font-semibold text-accent">{place.valueText}</p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3">
        <dt className="text-muted">{MAP_STRINGS.articles}</dt>
        <dd>{formatNumber(place.articles)}</dd>
        <dt className="text-muted">{MAP_STRINGS.projects}</dt>
        <dd>{formatNumber(place.projects)}</dd>
      </dl>
      {shown.length > 0 && (
        <ul className="mt-1 space-y-0.5">
          {shown.map((f, i) => (
            <li key={i}>
              <span className="text-muted">{KIND_LABELS[f.kind]}: </span>
              {f.qualifier && `${QUALIFIER_LABELS[f.qualifier]} `}
              {formatMoney(f.valueRial, view.choice.unit)}
              {f.year && ` (${formatYear(f.year)})`}
              {f.jointWith.length > 0 && <span className="text-muted"> — {MAP_STRINGS.joint} <bdi>{placesLabel(f.jointWith)}</bdi></span>}
            </li>
          ))}
          {place.figureCount > shown.length && (
            <li className="text-muted">+ {formatNumber(place.figureCount - shown.length)} {MAP_STRINGS.moreFigures}</li>
          )}
        </ul>
      )}
      <p className="mt-1 text-xs text-muted">
        <a href={projectsHref({ district: place.slug })} className="font-semibold text-accent underline" data-testid="panel-projects">{MAP_STRINGS.projectsOf} <bdi>{place.label}</bdi></a>
        <span className="ms-2">{MAP_STRINGS.openProjects}</span>
      </p>
    </div>
  );
}
