// Counted things: tons of asphalt, areas, lengths, people, projects, programmes, shrines,
// housing units and progress percentages. «تن» is a ton only with a material («تن آسفالت»);
// «هزار تن جمعیت» is people; «میدان ۷۲ تن» is a name (traps.ts).
import { scanNumbers, type NumberMatch } from "./numbers";
import { AFTER, phraseSource } from "./patterns";
import { isTrapNumber } from "./traps";

export interface RawQuantity {
  start: number;
  end: number;
  value: number;
  unit: string;
}

const UNITS: readonly [string, string][] = [
  ["تن جمعیت", "people"], ["نفر جمعیت", "people"], ["نفر", "people"],
  ["تن آسفالت", "ton"], ["تن قیر", "ton"], ["تن زباله", "ton"], ["تن پسماند", "ton"], ["تن نخاله", "ton"],
  ["تن مصالح", "ton"], ["تن از آن", "ton"], ["تن", "ton?"],
  ["متر مربع", "m2"], ["مترمربع", "m2"], ["کیلومتر", "km"], ["متر", "m"], ["هکتار", "ha"],
  ["پروژه", "projects"], ["طرح", "projects"], ["برنامه", "programs"],
  ["بقعه", "shrines"], ["بقاع", "shrines"], ["امامزاده", "shrines"],
  ["واحد مسکونی", "units"], ["درصد", "percent"], ["%", "percent"],
];
const UNIT_BY_SOURCE = new Map(UNITS.map(([w, u]) => [phraseSource(w), u]));
const UNIT_SOURCES = [...UNIT_BY_SOURCE.keys()].sort((a, b) => b.length - a.length);
const UNIT_AT = new RegExp(` ?(?:${UNIT_SOURCES.map((s) => `(${s})`).join("|")})(?:ها|های)?${AFTER}`, "uy");
const UNIT_LIST = UNIT_SOURCES.map((s) => UNIT_BY_SOURCE.get(s) ?? "");
const PROGRESS_NEAR = /پیشرفت/u;

function unitAfter(text: string, num: NumberMatch): { unit: string; end: number } | null {
  UNIT_AT.lastIndex = num.end;
  const m = UNIT_AT.exec(text);
  if (!m) return null;
  const idx = m.slice(1).findIndex((g) => g !== undefined);
  const unit = UNIT_LIST[idx];
  if (!unit || unit === "ton?") return null;
  if (unit === "percent" && !PROGRESS_NEAR.test(text.slice(Math.max(0, num.start - 40), num.end + 30))) return null;
  // «تن از آن» measures the tons named just before; drop the pronoun from the quote.
  const end = num.end + m[0].length - (m[0].endsWith(" از آن") ? " از آن".length : 0);
  return { unit, end };
}

/** Quantities in canonical text, skipping numbers inside `taken` spans (amounts). */
export function findRawQuantities(text: string, taken: readonly { start: number; end: number }[], numbers: readonly NumberMatch[] = scanNumbers(text)): RawQuantity[] {
  const out: RawQuantity[] = [];
  for (const num of numbers) {
    if (taken.some((t) => num.start < t.end && num.end > t.start)) continue;
    // A lone «یک» is an article («یک پروژه مهم»), not a count.
    if (num.wordsOnly && num.micro <= 1_000_000n) continue;
    const unit = unitAfter(text, num);
    if (!unit || isTrapNumber(text, num.start, num.end)) continue;
    out.push({ start: num.start, end: unit.end, value: Number(num.micro) / 1_000_000, unit: unit.unit });
  }
  return out;
}
