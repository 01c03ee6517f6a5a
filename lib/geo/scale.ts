// Colour classes for the choropleth. "No reports" (null) and zero are separate states with their
// own swatches, never a class of the ramp, so an unreported place never looks like a zero.

export type MetricValue = number | null;

/** Light to dark teal, ending at the site's accent. */
export const RAMP = ["#c6e4e0", "#97cbc5", "#5fa9a6", "#2f8385", "#0f5c63"] as const;
export const ZERO_FILL = "#ffffff";
export const NONE_PATTERN_ID = "qmap-none";
export const NONE_FILL = `url(#${NONE_PATTERN_ID})`;
export const NONE_BASE = "#ebe9e3";
export const NONE_HATCH = "#b4afa4";

export interface Bucket {
  min: number;
  max: number;
  fill: string;
  /** Text colour readable on `fill`. */
  ink: string;
}

export type Swatch =
  | { state: "none"; fill: string; ink: string }
  | { state: "zero"; fill: string; ink: string }
  | { state: "value"; bucket: number; fill: string; ink: string };

export interface Scale {
  buckets: Bucket[];
}

/**
 * Up to `maxClasses` classes of the positive values, split by rank (quantiles of the distinct
 * values), so a few large city-wide figures do not wash every district out. Each class spans
 * values that really occur.
 */
export function buildScale(values: readonly MetricValue[], maxClasses = RAMP.length): Scale {
  const distinct = [...new Set(values.filter((v): v is number => v !== null && v > 0))].sort((a, b) => a - b);
  const k = Math.min(maxClasses, distinct.length, RAMP.length);
  const buckets: Bucket[] = [];
  for (let i = 0; i < k; i++) {
    const from = Math.floor((i * distinct.length) / k);
    const to = Math.floor(((i + 1) * distinct.length) / k) - 1;
    const shade = k === 1 ? 3 : Math.round((i * (RAMP.length - 1)) / (k - 1));
    buckets.push({ min: distinct[from]!, max: distinct[to]!, fill: RAMP[shade]!, ink: shade >= 3 ? "#ffffff" : "#1f2328" });
  }
  return { buckets };
}

export function classify(value: MetricValue, scale: Scale): Swatch {
  if (value === null) return { state: "none", fill: NONE_FILL, ink: "#1f2328" };
  if (value <= 0) return { state: "zero", fill: ZERO_FILL, ink: "#1f2328" };
  let bucket = scale.buckets.findIndex((b) => value >= b.min && value <= b.max);
  // A value between two classes (not one the scale was built from) joins the class below it.
  if (bucket < 0) bucket = Math.max(0, scale.buckets.findLastIndex((b) => value >= b.min));
  const b = scale.buckets[bucket];
  return b ? { state: "value", bucket, fill: b.fill, ink: b.ink } : { state: "value", bucket: 0, fill: RAMP[3], ink: "#ffffff" };
}

export interface LegendEntry {
  key: string;
  label: string;
  fill: string;
  state: Swatch["state"];
}

/** Legend rows: the classes (low to high), then zero (when it can occur), then "no reports". */
export function legendEntries(
  scale: Scale,
  format: (n: number) => string,
  labels: { zero: string | null; none: string },
): LegendEntry[] {
  const rows: LegendEntry[] = scale.buckets.map((b, i) => ({
    key: `b${i}`,
    label: b.min === b.max ? format(b.min) : `${format(b.min)} تا ${format(b.max)}`,
    fill: b.fill,
    state: "value",
  }));
  if (labels.zero) rows.push({ key: "zero", label: labels.zero, fill: ZERO_FILL, state: "zero" });
  rows.push({ key: "none", label: labels.none, fill: NONE_FILL, state: "none" });
  return rows;
}
