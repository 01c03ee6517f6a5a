// Name overlap for matching project names that differ in ZWNJ, digits or inflection
// («برق‌رسانی» / «برقرسانی», «۶۰» / «60», «سالن‌های» / «سالن»). Dice coefficient of word stems.
import { normaliseString } from "./normalize";

const STOPWORDS = new Set(["و", "در", "از", "به", "با", "را", "تا", "برای", "که", "این", "آن"]);

function stem(word: string): string {
  let w = word.replace(/(?:های|ها)$/u, "");
  if (w.length > 3) w = w.replace(/ی$/u, "");
  return w;
}

/** Distinct word stems of a name, on canonical text. */
export function nameTokens(name: string): Set<string> {
  return canonicalTokens(normaliseString(name));
}

/** nameTokens for text that is already canonical (skips normalising again). */
export function canonicalTokens(canon: string): Set<string> {
  const words = canon.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOPWORDS.has(w));
  return new Set(words.map(stem));
}

/** Dice overlap of two names' word stems, 0..1. */
export function nameOverlap(a: string, b: string): number {
  return tokenOverlap(nameTokens(a), nameTokens(b));
}

export function tokenOverlap(ta: ReadonlySet<string>, tb: ReadonlySet<string>): number {
  if (ta.size === 0 || tb.size === 0) return 0;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return (2 * common) / (ta.size + tb.size);
}

export const SAME_NAME = 0.5;
