/** Height of the per-year drawing in px: the recharts chart and the placeholder shown before it loads
 *  keep the same, so nothing below moves. A module of its own: the page's first-load JS imports it. */
export const YEARS_CHART_HEIGHT = 200;
