import Link from "next/link";
import type { MoneyUnit } from "@/lib/format";
import { unitLabel } from "@/lib/format";
import { toBarsRows } from "@/lib/charts/rows";
import { spendingView } from "@/lib/charts/view";
import type { SpendingSection } from "@/lib/spending";
import { CHART_DEFAULTS } from "@/lib/url-state";
import { ChartWithTooltips } from "./chart-with-tooltips";
import { ChartLegend } from "./legend";
import { SpendingTable } from "./spending-table";
import { StaticBars } from "./static-bars";

const TITLES: Record<SpendingSection["id"], string> = {
  districts: "ارقام گزارش‌شده برای مناطق و محله‌های شهر قم",
  wide: "ارقام گزارش‌شده برای کل شهر، شهرهای استان و کل استان",
};

interface Props {
  sections: SpendingSection[];
  unit: MoneyUnit;
  chartHref?: string;
}

/** Chart + accessible table per section; sections without figures say so instead of drawing zeros. */
export function SpendingBlock({ sections, unit, chartHref }: Props) {
  return (
    <div className="space-y-8">
      {sections.map((s) => (
        <figure key={s.id} className="rounded-lg border border-rule bg-white p-3 sm:p-4" data-testid={`spending-${s.id}`}>
          <figcaption className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <span className="font-bold">{TITLES[s.id]}</span>
            <span className="text-sm text-muted">
              واحد: {unitLabel(unit)}
              {chartHref ? <> | <Link href={chartHref} className="underline">صفحه‌ی این نمودار</Link></> : null}
            </span>
          </figcaption>
          {s.rows.length ? (
            <>
              <SectionChart section={s} unit={unit} />
              <p className="my-2 text-xs text-muted">
                هر ستون یک رقم گزارش‌شده است؛ ارقامِ انواع مختلف جمع زده نشده‌اند و رقمِ مشترک چند منطقه میان آن‌ها تقسیم نشده است.
              </p>
              <SpendingTable caption={`${TITLES[s.id]} (${unitLabel(unit)})`} rows={s.rows} kinds={s.kinds} unit={unit} />
            </>
          ) : (
            <p className="text-muted">در خبرهای این مجموعه رقمی با این فیلترها گزارش نشده است (که با «هزینه‌ی صفر» یکی نیست).</p>
          )}
        </figure>
      ))}
    </div>
  );
}

function SectionChart({ section, unit }: { section: SpendingSection; unit: MoneyUnit }) {
  const view = spendingView([section], { ...CHART_DEFAULTS, unit });
  const rows = toBarsRows(view);
  const label = `${TITLES[section.id]} (${unitLabel(unit)})`;
  return (
    <>
      <ChartLegend series={view.series} />
      <ChartWithTooltips rows={rows} series={view.series} label={label}>
        <StaticBars rows={rows} series={view.series} label={label} />
      </ChartWithTooltips>
    </>
  );
}
