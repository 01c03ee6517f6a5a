import type { ReactNode } from "react";
import type { PlaceView } from "@/lib/geo/metric";
import { projectsHref } from "@/lib/url-state";

/** A place inside an SVG map: a real link to its projects, named for screen readers. */
export function PlaceLink({ place, current, children }: { place: PlaceView; current?: boolean; children: ReactNode }) {
  return (
    <a
      href={projectsHref({ district: place.slug })}
      aria-label={place.ariaLabel}
      data-slug={place.slug}
      data-state={place.swatch.state}
      data-current={current ? "" : undefined}
    >
      {children}
    </a>
  );
}
