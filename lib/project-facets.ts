// Builds the facet options of /projects (labels, counts, hrefs) from the parsed state and counts;
// without counts (a search too broad to count, docs/bounds.md) the options carry none.
import { PLACES, PLACE_KIND_LABELS, PLACE_KINDS, type PlaceKind } from "./districts";
import { PROJECT_CATEGORIES, PROJECT_STATUSES } from "./extract/types";
import { CATEGORY_LABELS, STATUS_LABELS } from "./strings";
import { projectsHref, type ProjectQueryState } from "./url-state";

export interface FacetOptionData {
  value: string | null;
  label: string;
  count: number | null;
  href: string;
  active: boolean;
}

export interface FacetCounts {
  district: ReadonlyMap<string, number>;
  status: ReadonlyMap<string, number>;
  category: ReadonlyMap<string, number>;
}

const ALL = "همه";

function base(state: ProjectQueryState): Partial<ProjectQueryState> {
  // Changing a filter starts again at page 1.
  return { ...state, page: 1 };
}

export function statusOptions(state: ProjectQueryState, counts: FacetCounts | null): FacetOptionData[] {
  return [
    { value: null, label: ALL, count: null, href: projectsHref({ ...base(state), status: null }), active: state.status === null },
    ...PROJECT_STATUSES.map((s) => ({
      value: s, label: STATUS_LABELS[s], count: counts ? (counts.status.get(s) ?? 0) : null,
      href: projectsHref({ ...base(state), status: s }), active: state.status === s,
    })),
  ];
}

export function categoryOptions(state: ProjectQueryState, counts: FacetCounts | null): FacetOptionData[] {
  return [
    { value: null, label: ALL, count: null, href: projectsHref({ ...base(state), category: null }), active: state.category === null },
    ...PROJECT_CATEGORIES.map((c) => ({
      value: c, label: CATEGORY_LABELS[c], count: counts ? (counts.category.get(c) ?? 0) : null,
      href: projectsHref({ ...base(state), category: c }), active: state.category === c,
    })),
  ];
}

/** District options grouped by kind (regions, neighbourhoods, city, towns, province). */
export function districtGroups(state: ProjectQueryState, counts: FacetCounts | null): { kind: PlaceKind; title: string; options: FacetOptionData[] }[] {
  return PLACE_KINDS.map((kind) => ({
    kind,
    title: PLACE_KIND_LABELS[kind],
    options: PLACES.filter((p) => p.kind === kind).map((p) => ({
      value: p.slug, label: p.fa, count: counts ? (counts.district.get(p.slug) ?? 0) : null,
      href: projectsHref({ ...base(state), district: p.slug }), active: state.district === p.slug,
    })),
  }));
}
