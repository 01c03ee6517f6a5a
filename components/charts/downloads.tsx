import Link from "next/link";
import { formatNumber } from "@/lib/format";
import { CHART_PAGE, DATA } from "@/lib/strings";
import { chartApiHref, EXPORT_PAGE_SIZE, exportQuery, type ChartSlug } from "@/lib/url-state";

/** Download links for the exact view: PNG, SVG, CSV (view and full data) and JSON. */
export function Downloads({ chart, query }: { chart: ChartSlug; query: string }) {
  const items = [
    { href: chartApiHref(chart, "png", query, "download=1"), label: CHART_PAGE.png, file: `${chart}.png` },
    { href: chartApiHref(chart, "svg", query, "download=1"), label: CHART_PAGE.svg, file: `${chart}.svg` },
    { href: chartApiHref(chart, "", query, exportQuery("csv", 1)), label: CHART_PAGE.csvView, file: `${chart}.csv` },
    { href: chartApiHref(chart, "", "", exportQuery("csv", 1, true)), label: CHART_PAGE.csvFull, file: `${chart}-full.csv` },
    { href: chartApiHref(chart, "", query), label: "JSON", file: `${chart}.json` },
  ];
  return (
    <section aria-label={CHART_PAGE.downloads} className="text-sm">
      <h2 className="mb-1 font-bold">{CHART_PAGE.downloadsHeading}</h2>
      <ul className="flex flex-wrap gap-2" data-testid="downloads">
        {items.map((i) => (
          <li key={i.label}><a href={i.href} download={i.file} className="inline-block rounded border border-rule bg-white px-3 py-1 hover:bg-accent-soft">{i.label}</a></li>
        ))}
      </ul>
      <p className="mt-1 text-xs text-muted" data-testid="full-csv-note">
        «CSV همه‌ی ارقام»: {formatNumber(EXPORT_PAGE_SIZE)} رقم در هر فایل، به ترتیب ورود؛ فایل بعدی با <bdi dir="ltr">page=2</bdi> و همین‌طور تا آخر.
        همه‌ی جدول‌ها یک‌جا: <Link href="/data" className="underline">{DATA.title}</Link>.
      </p>
    </section>
  );
}
