import Link from "next/link";
import { PLACES, PLACE_KIND_LABELS } from "@/lib/districts";
import { cleanLabel } from "@/lib/article-guard";
import { formatNumber } from "@/lib/format";
import { articlesHref, type ArticleQueryState } from "@/lib/url-state";
import { FILTERS } from "@/lib/strings";

/** A plain GET form (works without JavaScript): district and outlet. */
export function ArticleFilters({ state, outlets }: { state: ArticleQueryState; outlets: { outlet: string; n: number }[] }) {
  const kinds = [...new Set(PLACES.map((p) => p.kind))];
  return (
    <form method="get" action="/articles" role="search" className="flex flex-wrap items-end gap-2" data-testid="article-filters">
      <label className="flex min-w-0 flex-col text-sm">
        <span className="text-muted">{FILTERS.district}</span>
        <select name="district" defaultValue={state.district ?? ""} className="max-w-full rounded border border-rule bg-white px-2 py-2">
          <option value="">{FILTERS.allDistricts}</option>
          {kinds.map((k) => (
            <optgroup key={k} label={PLACE_KIND_LABELS[k]}>
              {PLACES.filter((p) => p.kind === k).map((p) => <option key={p.slug} value={p.slug}>{p.fa}</option>)}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="flex min-w-0 max-w-full flex-col text-sm">
        <span className="text-muted">{FILTERS.outlet}</span>
        <select name="outlet" defaultValue={state.outlet} className="w-72 max-w-full rounded border border-rule bg-white px-2 py-2">
          <option value="">{FILTERS.allOutlets}</option>
          {/* An option holds plain text, where no <bdi> can isolate: the outlet is shown without direction controls. */}
          {outlets.map((o) => <option key={o.outlet} value={o.outlet}>{cleanLabel(o.outlet)} ({formatNumber(o.n)})</option>)}
        </select>
      </label>
      <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-white">{FILTERS.apply}</button>
      {state.district || state.outlet ? <Link href={articlesHref({})} className="py-2 text-sm underline">{FILTERS.clear}</Link> : null}
    </form>
  );
}
