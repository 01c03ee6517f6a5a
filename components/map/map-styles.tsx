import { NONE_BASE, NONE_HATCH, NONE_PATTERN_ID } from "@/lib/geo/scale";

/**
 * Map styles that Tailwind cannot express: hover/focus on SVG shapes, and the figures panel that
 * follows the hovered or focused place through CSS :has() alone, so it works with JavaScript off.
 */
export function MapStyles({ slugs }: { slugs: readonly string[] }) {
  const perPlace = slugs
    .map((s) => `.qmap:has(a[data-slug="${s}"]:is(:hover,:focus)) [data-fig="${s}"],.qmap[data-selected="${s}"] [data-fig="${s}"]{display:block}\n.qmap[data-selected="${s}"] a[data-slug="${s}"] .qmap-shape{stroke:#1f2328;stroke-width:4px}`)
    .join("\n");
  const css = `
.qmap a[data-slug]{cursor:pointer;outline:none}
.qmap a[data-slug] .qmap-shape{stroke-width:1.5px}
.qmap a[data-slug="province"] .qmap-shape{stroke-width:2.5px}
.qmap a[data-slug]:hover .qmap-shape{stroke:#1f2328;stroke-width:3px}
.qmap a[data-slug]:focus-visible .qmap-shape{stroke:#1f2328;stroke-width:5px}
.qmap a[data-slug]:focus-visible .qmap-label{text-decoration:underline}
.qmap a[data-current] .qmap-shape{stroke:#1f2328;stroke-width:4px}
.qmap [data-fig]{display:none}
.qmap [data-fig="hint"]{display:block}
.qmap:has(a[data-slug]:is(:hover,:focus)) [data-fig="hint"],.qmap[data-selected] [data-fig="hint"]{display:none}
.qmap [data-close-panel]{display:none}
/* Phones: a tapped place's figures open in a sheet over the bottom of the screen (map-tap-select.tsx). */
@media (max-width: 1023px){
.qmap[data-selected] [data-testid="figures-panel"]{position:fixed;inset-inline:0.5rem;bottom:0.5rem;z-index:30;max-height:40vh;overflow:auto;box-shadow:0 -4px 24px rgb(0 0 0 / 0.18)}
.qmap[data-selected]{padding-bottom:42vh}
.qmap[data-selected] [data-close-panel]{display:block}
}
${perPlace}`;
  return <style>{css}</style>;
}

/** The "no reports" hatch, defined once per map and referenced by every shape and the legend. */
export function MapDefs() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" className="absolute">
      <defs>
        <pattern id={NONE_PATTERN_ID} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
          <rect width="8" height="8" fill={NONE_BASE} />
          <line x1="0" y1="0" x2="0" y2="8" stroke={NONE_HATCH} strokeWidth="3" />
        </pattern>
      </defs>
    </svg>
  );
}
