// A logarithmic money axis: the figures span 10^7 to 10^14 rials, so a linear axis turns all
// but the largest into needles. Ticks at powers of ten, labelled in Persian words the way the
// figures themselves read («۱۰ میلیارد», «۱٬۰۰۰ میلیارد», «۱۰۰ میلیون»), in the chosen unit.
import { formatNumber, type MoneyUnit } from "../format";

export interface LogDomain {
  /** Powers of ten, in the display unit (rial or toman), lo < hi. */
  lo: number;
  hi: number;
}

export interface LogTick {
  /** In the display unit. */
  value: number;
  label: string;
}

export function inUnit(valueRial: number, unit: MoneyUnit): number {
  return unit === "toman" ? valueRial / 10 : valueRial;
}

/** The smallest run of whole decades that holds every value (display unit); values ≤ 0 are ignored. */
export function logDomain(values: readonly number[]): LogDomain {
  const pos = values.filter((v) => v > 0 && Number.isFinite(v));
  if (!pos.length) return { lo: 1e9, hi: 1e10 };
  let lo = Math.floor(Math.log10(Math.min(...pos)) + 1e-9);
  let hi = Math.ceil(Math.log10(Math.max(...pos)) - 1e-9);
  if (hi <= lo) hi = lo + 1;
  if (hi - lo < 2) lo -= 1; // at least two decades, so a single figure does not sit on an edge
  return { lo: 10 ** lo, hi: 10 ** hi };
}

/** «۱۰۰ میلیون», «۱ میلیارد», «۱٬۰۰۰ میلیارد» (numbers in the unit; the unit word is the axis title's). */
export function logTickLabel(value: number): string {
  if (value >= 1e9) return `${formatNumber(Math.round(value / 1e9 * 1e6) / 1e6)} میلیارد`;
  if (value >= 1e6) return `${formatNumber(Math.round(value / 1e6 * 1e6) / 1e6)} میلیون`;
  return formatNumber(value);
}

/** One tick per power of ten from lo to hi, given in rials and converted to the unit. */
export function logTicks(loRial: number, hiRial: number, unit: MoneyUnit): LogTick[] {
  const d = logDomain([inUnit(loRial, unit), inUnit(hiRial, unit)]);
  return decades(d).map((value) => ({ value, label: logTickLabel(value) }));
}

export function decades(d: LogDomain): number[] {
  const out: number[] = [];
  for (let e = Math.round(Math.log10(d.lo)); e <= Math.round(Math.log10(d.hi)); e++) out.push(10 ** e);
  return out;
}

/** Position of `value` between x0 and x1; right to left: the domain's low end sits at x1. */
export function logPosition(value: number, d: LogDomain, x0: number, x1: number): number {
  const t = (Math.log10(value) - Math.log10(d.lo)) / (Math.log10(d.hi) - Math.log10(d.lo));
  return x1 - Math.min(1, Math.max(0, t)) * (x1 - x0);
}
