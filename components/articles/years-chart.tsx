// «خبرها در هر سال» on /articles: how many of the listed articles each Jalali year has. Counts of
// articles only, never sums of money. The table holds every value (screen readers, no JavaScript);
// the bars are drawn by recharts in the browser.
import type { ArticleYears } from "@/lib/article-years";
import { formatNumber, formatYear } from "@/lib/format";
import { ARTICLE_YEARS } from "@/lib/strings";
import { YearsBarsLazy } from "./years-bars-lazy";

export function YearsChart({ years }: { years: ArticleYears }) {
  if (!years.bars.length) return null;
  const first = years.bars[0]!.year;
  return (
    <figure className="mt-6 rounded border border-rule p-3" data-testid="years-chart">
      <figcaption>
        <span className="font-bold">{ARTICLE_YEARS.title}</span>
        <span className="block text-xs text-muted">{ARTICLE_YEARS.note}</span>
      </figcaption>
      <div className="mt-2" aria-hidden="true">
        <YearsBarsLazy bars={years.bars} />
      </div>
      {years.undated || years.older ? (
        <p className="mt-1 text-xs text-muted" data-testid="years-left-out">
          {years.older ? ARTICLE_YEARS.older(formatNumber(years.older), formatYear(first)) : null}
          {years.older && years.undated ? " " : null}
          {years.undated ? ARTICLE_YEARS.undated(formatNumber(years.undated)) : null}
        </p>
      ) : null}
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer text-accent">{ARTICLE_YEARS.table}</summary>
        <table className="mt-2 w-full max-w-xs text-start" data-testid="years-table">
          <thead>
            <tr><th className="text-start">{ARTICLE_YEARS.year}</th><th className="text-start">{ARTICLE_YEARS.articles}</th></tr>
          </thead>
          <tbody>
            {years.bars.map((b) => (
              <tr key={b.year}><td>{formatYear(b.year)}</td><td>{formatNumber(b.articles)}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
