import type { ChartView } from "@/lib/charts/view";
import { factHref } from "@/lib/links";
import { SourceCite } from "@/components/source-cite";
import { CHART_PAGE } from "@/lib/strings";

/** The same numbers as the chart, as an accessible table, with each bar's sources. */
export function ViewTable({ view }: { view: ChartView }) {
  const hasSources = view.bars.some((b) => b.sources.length);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="chart-table">
        <caption className="mb-2 text-start font-semibold text-muted">{view.title}</caption>
        <thead>
          <tr className="border-b-2 border-ink/70">
            <th scope="col" className="p-2 text-start">{CHART_PAGE.rowHeader}</th>
            {view.series.length > 1 ? <th scope="col" className="p-2 text-start">{CHART_PAGE.series}</th> : null}
            <th scope="col" className="p-2 text-start">{CHART_PAGE.value}</th>
            {hasSources ? <th scope="col" className="p-2 text-start">{CHART_PAGE.source}</th> : null}
          </tr>
        </thead>
        <tbody>
          {view.bars.map((b, i) => (
            <tr key={`${b.group}-${b.series}-${i}`} className="border-b border-rule">
              <th scope="row" className="p-2 text-start font-semibold">{b.group}</th>
              {view.series.length > 1 ? <td className="p-2">{b.seriesLabel}</td> : null}
              <td className="p-2 font-bold">{b.text}</td>
              {hasSources ? (
                <td className="p-2 text-xs">
                  {b.sources.map((s) => (
                    <span key={`${s.articleId}-${s.start}`} className="block">
                      <SourceCite a={{ id: s.articleId, title: s.title, outlet: s.outlet, published: s.published, url: s.url }} href={factHref(s.articleId, s.type, s.start)} max={36} />
                    </span>
                  ))}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
