import { PROJECT_SORTS, type ProjectQueryState } from "@/lib/url-state";
import { FILTERS, PROJECT_LIST } from "@/lib/strings";


/** A plain GET form: works without JavaScript; filters already chosen ride along as hidden fields. */
export function SearchForm({ state }: { state: ProjectQueryState }) {
  return (
    <form method="get" action="/projects" role="search" className="flex flex-wrap items-end gap-2">
      {state.district ? <input type="hidden" name="district" value={state.district} /> : null}
      {state.status ? <input type="hidden" name="status" value={state.status} /> : null}
      {state.category ? <input type="hidden" name="category" value={state.category} /> : null}
      {state.unit !== "rial" ? <input type="hidden" name="unit" value={state.unit} /> : null}
      <label className="flex grow flex-col text-sm">
        <span className="text-muted">{PROJECT_LIST.search}</span>
        <input
          type="search" name="q" defaultValue={state.q} maxLength={100} placeholder={PROJECT_LIST.searchExample}
          className="rounded border border-rule bg-white px-3 py-2 text-base"
        />
      </label>
      <label className="flex flex-col text-sm">
        <span className="text-muted">{PROJECT_LIST.sort}</span>
        <select name="sort" defaultValue={state.sort} className="rounded border border-rule bg-white px-2 py-2">
          {PROJECT_SORTS.map((s) => (
            <option key={s} value={s}>{PROJECT_LIST.sorts[s]}</option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-white">{FILTERS.apply}</button>
    </form>
  );
}
