// The one place numbers and dates become Persian text. The database keeps Latin digits, integer
// rials and ISO dates; everything shown goes through Intl with fa-IR (Persian digits, Jalali).

export const MONEY_UNITS = ["rial", "toman"] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];

const NUMBER = new Intl.NumberFormat("fa-IR", { maximumFractionDigits: 20 });
const DATE_LONG = new Intl.DateTimeFormat("fa-IR-u-ca-persian", {
  year: "numeric", month: "long", day: "numeric", timeZone: "UTC",
});
const DATE_ISO_PARTS = new Intl.DateTimeFormat("en-US-u-ca-persian-nu-latn", {
  year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC",
});

export function formatNumber(value: number | string): string {
  // Intl accepts decimal strings exactly (NumberFormat v3), so shifted amounts are never rounded.
  // cast: TypeScript's lib types a decimal string for Intl as a template literal it cannot infer
  return NUMBER.format(value as Intl.StringNumericLiteral);
}

/** Exact decimal string of `value / 10^power` for a non-negative integer value. */
export function shiftDecimal(value: number, power: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer: ${value}`);
  const neg = value < 0;
  const digits = String(Math.abs(value)).padStart(power + 1, "0");
  const int = digits.slice(0, digits.length - power);
  const frac = digits.slice(digits.length - power).replace(/0+$/, "");
  return `${neg ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
}

/** Amount in billions of the chosen unit, as a plain decimal string (Latin digits). */
export function toBillions(valueRial: number, unit: MoneyUnit): string {
  return shiftDecimal(valueRial, unit === "toman" ? 10 : 9);
}

export function unitLabel(unit: MoneyUnit): string {
  return unit === "toman" ? "میلیارد تومان" : "میلیارد ریال";
}

/** «۴٬۷۰۰ میلیارد ریال» — exact, never rounded. */
export function formatMoney(valueRial: number, unit: MoneyUnit, withUnit = true): string {
  const n = formatNumber(toBillions(valueRial, unit));
  return withUnit ? `${n} ${unitLabel(unit)}` : n;
}

/** ISO Gregorian date → «۱۸ آبان ۱۴۰۴»; null/invalid → null. */
export function formatJalali(iso: string | null | undefined): string | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : DATE_LONG.format(d);
}

/** ISO Gregorian date → Jalali year as Latin digits ("1404"). */
export function jalaliYear(iso: string): string | null {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return null;
  return DATE_ISO_PARTS.formatToParts(d).find((p) => p.type === "year")?.value ?? null;
}

/** A Jalali year kept as Latin digits in the DB ("1398") → «۱۳۹۸» (no grouping). */
export function formatYear(year: string): string {
  return new Intl.NumberFormat("fa-IR", { useGrouping: false }).format(Number(year));
}

const DATE_TIME_TEHRAN = new Intl.DateTimeFormat("fa-IR-u-ca-persian", {
  year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Asia/Tehran",
});

/** An instant (ISO) → «۱۱ آذر ۱۴۰۵، ساعت ۰۶:۳۳» in Tehran time; invalid → null. */
export function formatJalaliDateTime(iso: string): string | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const parts = DATE_TIME_TEHRAN.formatToParts(d);
  const part = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? "";
  return `${part("day")} ${part("month")} ${part("year")}، ساعت ${part("hour")}:${part("minute")}`;
}

/** A file size in kB or MB (1000-based, as file managers show them): «۶۰۶ کیلوبایت». */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) return `${formatNumber(Math.max(1, Math.ceil(bytes / 1000)))} کیلوبایت`;
  return `${new Intl.NumberFormat("fa-IR", { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} مگابایت`;
}
