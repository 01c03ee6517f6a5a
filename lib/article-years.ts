// Articles per Jalali year, for the «خبرها در هر سال» chart of /articles: counts of articles (never
// sums of money), on a time axis with no gaps, so an empty year shows as an empty year.
import { jalaliYear } from "./format";

/** One publication day and how many articles it has (db/queries/articles.ts#countArticlesByDay). */
export type DayCount = { published: string; n: number };
export type YearBar = { year: string; articles: number };
export type ArticleYears = {
  bars: YearBar[];
  /** Articles in years older than the first bar (the axis keeps at most MAX_YEAR_BARS years). */
  older: number;
  undated: number;
};

/** A bar per year stays readable on a phone up to about this many; a stray old date cannot widen it. */
export const MAX_YEAR_BARS = 30;

export function articlesPerJalaliYear(days: readonly DayCount[], undated: number): ArticleYears {
  const perYear = new Map<number, number>();
  let bad = 0;
  for (const d of days) {
    const y = Number(jalaliYear(d.published));
    if (!Number.isInteger(y) || y <= 0) {
      bad += d.n;
      continue;
    }
    perYear.set(y, (perYear.get(y) ?? 0) + d.n);
  }
  if (!perYear.size) return { bars: [], older: 0, undated: undated + bad };
  const last = Math.max(...perYear.keys());
  const first = Math.max(Math.min(...perYear.keys()), last - MAX_YEAR_BARS + 1);
  let older = 0;
  for (const [y, n] of perYear) if (y < first) older += n;
  const bars: YearBar[] = [];
  for (let y = first; y <= last; y++) bars.push({ year: String(y), articles: perYear.get(y) ?? 0 });
  return { bars, older, undated: undated + bad };
}
