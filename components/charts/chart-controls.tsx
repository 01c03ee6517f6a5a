import Link from "next/link";
import { PLACES } from "@/lib/districts";
import { AMOUNT_KINDS, PROJECT_STATUSES } from "@/lib/extract/types";
import { CHART_TITLES } from "@/lib/charts/view";
import { CHART_CONTROLS, FILTERS, KIND_LABELS, STATUS_LABELS } from "@/lib/strings";
import { MAP_METRIC_LABELS } from "@/lib/geo/labels";
import { unitLabel } from "@/lib/format";
import { CHARTS, CHART_KEYS_USED, MAP_METRICS, chartHref, type ChartQueryState, type ChartSlug } from "@/lib/url-state";

function Choice({ href, active, children }: { href: string; active: boolean; children: React.ReactNode }) {
  return (
    <Link href={href} aria-current={active ? "true" : undefined} scroll={false}
      className={`rounded-full border px-3 py-0.5 text-sm ${active ? "border-accent bg-accent text-white" : "border-rule bg-white hover:bg-accent-soft"}`}>
      {children}
    </Link>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <span className="me-1 text-sm text-muted">{label}:</span>
      {children}
    </div>
  );
}

/** Every control is a plain link or GET form, so each view has its own URL and works without JS. */
export function ChartControls({ chart, state }: { chart: ChartSlug; state: ChartQueryState }) {
  const used = CHART_KEYS_USED[chart];
  // A new filter starts the table again at its first page; the unit keeps the page.
  const href = (patch: Partial<ChartQueryState>) => chartHref(chart, { ...state, page: "unit" in patch ? state.page : 1, ...patch });
  return (
    <div className="space-y-2 rounded-lg border border-rule bg-white/60 p-3" data-testid="chart-controls">
      <Row label={CHART_CONTROLS.chart}>
        {CHARTS.map((c) => <Choice key={c} href={chartHref(c, state)} active={c === chart}>{CHART_TITLES[c]}</Choice>)}
      </Row>
      {used.includes("metric") ? (
        <Row label={CHART_CONTROLS.colourBy}>
          {MAP_METRICS.map((m) => <Choice key={m} href={href({ metric: m })} active={state.metric === m}>{MAP_METRIC_LABELS[m]}</Choice>)}
        </Row>
      ) : null}
      {used.includes("kind") && (chart !== "map" || state.metric === "amount") ? (
        <Row label={CHART_CONTROLS.kind}>
          <Choice href={href({ kind: null })} active={state.kind === null}>{CHART_CONTROLS.allKinds}</Choice>
          {AMOUNT_KINDS.map((k) => <Choice key={k} href={href({ kind: k })} active={state.kind === k}>{KIND_LABELS[k]}</Choice>)}
        </Row>
      ) : null}
      {used.includes("unit") ? (
        <Row label={CHART_CONTROLS.unit}>
          <Choice href={href({ unit: "rial" })} active={state.unit === "rial"}>{unitLabel("rial")}</Choice>
          <Choice href={href({ unit: "toman" })} active={state.unit === "toman"}>{unitLabel("toman")}</Choice>
        </Row>
      ) : null}
      {used.includes("scope") ? (
        <Row label={CHART_CONTROLS.scope}>
          <Choice href={href({ scope: "all" })} active={state.scope === "all"}>{CHART_CONTROLS.scopeAll}</Choice>
          <Choice href={href({ scope: "regions" })} active={state.scope === "regions"}>{CHART_CONTROLS.scopeRegions}</Choice>
        </Row>
      ) : null}
      {used.includes("status") ? (
        <Row label={CHART_CONTROLS.status}>
          <Choice href={href({ status: null })} active={state.status === null}>{FILTERS.all}</Choice>
          {PROJECT_STATUSES.map((s) => <Choice key={s} href={href({ status: s })} active={state.status === s}>{STATUS_LABELS[s]}</Choice>)}
        </Row>
      ) : null}
      {used.includes("district") ? (
        <form method="get" action={chartHref(chart)} className="flex flex-wrap items-center gap-2 text-sm">
          {used.filter((k) => k !== "district" && k !== "page").map((k) => {
            const v = state[k];
            return v === null || v === undefined ? null : <input key={k} type="hidden" name={k} value={String(v)} />;
          })}
          <label className="flex items-center gap-2">
            <span className="text-muted">{CHART_CONTROLS.district}</span>
            <select name="district" defaultValue={state.district ?? ""} className="rounded border border-rule bg-white px-2 py-1">
              <option value="">{FILTERS.allDistricts}</option>
              {PLACES.map((p) => <option key={p.slug} value={p.slug}>{p.fa}</option>)}
            </select>
          </label>
          <button type="submit" className="rounded border border-accent px-3 py-0.5 text-accent">{CHART_CONTROLS.show}</button>
        </form>
      ) : null}
    </div>
  );
}
