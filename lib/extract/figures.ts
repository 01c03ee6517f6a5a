// Amounts and quantities with their context: each figure's clause runs from the previous figure
// to the next one inside its piece, so «۳۰۰ هزار تن ... در سطح شهر قم ... ۴۰ هزار تن ... در
// منطقه ۶» gives each figure its own place; kind and year are read from the same clause.
import type { PlaceSlug } from "../districts";
import type { ExtractedAmount } from "./types";
import { findRawAmounts } from "./money";
import { scanNumbers } from "./numbers";
import { findRawQuantities } from "./quantities";
import { classifyKind, strongerKind, type KindReading } from "./kind";
import { findYears, periodOf, yearFor } from "./year";
import { LEAD_CHARS, figureDistricts, specific, type ScopeContext } from "./scope";
import { pieceAt } from "./segments";
import { SAME_NAME, nameOverlap } from "./overlap";

/** An extracted amount before its quote is cut, with the piece it lies in and its strength. */
export interface AmountFact extends Omit<ExtractedAmount, "quote"> {
  piece: number;
  /** Its places came from the article or a neighbouring sentence, not its own. */
  weak: boolean;
  sureKind: boolean;
  /** «امسال», «سال آینده» or a year: two equal figures of different periods are two facts. */
  period: string | null;
  /** The work its sentence names, if any. */
  work: string | null;
}

export interface QuantityFact {
  start: number;
  end: number;
  piece: number;
  value: number;
  unit: string;
  districts: PlaceSlug[];
}

interface Figure {
  start: number;
  end: number;
  piece: number;
  from: number;
  to: number;
}

/** Each figure's clause: from the figure before it to the one after it, inside its piece (`all` in text order). */
function withClauses<T extends { start: number; end: number }>(text: string, ctx: ScopeContext, items: T[], all: readonly { start: number; end: number }[]): (T & Figure)[] {
  return items.map((f) => {
    const piece = pieceAt(ctx.pieces, f.start);
    const p = ctx.pieces[piece] ?? { start: 0, end: text.length };
    const k = all.indexOf(f);
    const prev = all[k - 1];
    const next = all[k + 1];
    return {
      ...f, piece, from: prev && prev.end <= f.start && prev.end > p.start ? prev.end : p.start,
      to: next && next.start >= f.end && next.start < p.end ? next.start : p.end,
    };
  });
}

/**
 * `projectOf` gives the work a sentence names, if any: two equal figures said of two different
 * works («۱ میلیارد تومان برای بوستان فدک» … «بوستان پاکبان ... حدود ۱ میلیارد تومان») are two facts.
 */
export function findFigures(text: string, ctx: ScopeContext, projectOf: (piece: number) => string | null = () => null): { amounts: AmountFact[]; quantities: QuantityFact[] } {
  const numbers = scanNumbers(text);
  const rawAmounts = findRawAmounts(text, numbers);
  const rawQuantities = findRawQuantities(text, rawAmounts, numbers);
  const all = [...rawAmounts, ...rawQuantities].sort((a, b) => a.start - b.start);
  const lead = text.slice(0, LEAD_CHARS);
  let previous: { piece: number; reading: KindReading } | null = null;
  const amounts = withClauses(text, ctx, rawAmounts, all).map((a): AmountFact => {
    const piece = ctx.pieces[a.piece] ?? { start: a.from, end: a.to };
    const years = findYears(text, piece.start, piece.end, all);
    const { slugs, weak } = figureDistricts(ctx, a.piece, a.start, a.end, a.from, a.to);
    const before = previous?.piece === a.piece ? previous.reading : null;
    const reading = classifyKind(text, a.numberStart, a.end, a.from, a.to, { from: piece.start, to: piece.end }, lead, before);
    previous = { piece: a.piece, reading };
    const year = yearFor(years, a.start, a.end, a.from, a.to);
    return {
      start: a.start, end: a.end, piece: a.piece, value_rial: a.value_rial, unit_text: a.unit_text,
      kind: reading.kind, sureKind: reading.sure, districts: slugs, year, qualifier: a.qualifier, weak,
      period: year ?? periodOf(text, piece.start, a.start), work: projectOf(a.piece),
    };
  });
  const quantities = withClauses(text, ctx, rawQuantities, all).map((q): QuantityFact => ({
    start: q.start, end: q.end, piece: q.piece, value: q.value, unit: q.unit,
    districts: figureDistricts(ctx, q.piece, q.start, q.end, q.from, q.to).slugs,
  }));
  return { amounts: mergeRepeats(amounts), quantities: dedupeQuantities(quantities) };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** `b` names the same places as `a` or places inside them («استان قم» → «جمکران»). */
function narrows(a: readonly PlaceSlug[], b: readonly PlaceSlug[]): boolean {
  return sameSet(specific([...a, ...b]), specific(b));
}

// Realised, budgeted, spent, needed and borrowed money are different facts even at one value;
// «اعتبار» is said of all of them.
const DISTINCT_KINDS = new Set<string>(["need", "loan", "revenue", "budget", "cost"]);
const conflicting = (a: string, b: string) => a !== b && DISTINCT_KINDS.has(a) && DISTINCT_KINDS.has(b);

/**
 * Headline, lead and body repeat a figure: one value is one fact unless the text tells two apart
 * (said twice in one sentence, different periods, kinds or works, unrelated places).
 */
function isRepeat(a: AmountFact, b: AmountFact): boolean {
  if (a.value_rial !== b.value_rial || a.piece === b.piece) return false;
  if (a.period !== null && b.period !== null && a.period !== b.period) return false;
  // «بوستان فدک» / «بوستان پاکبان» share only their head: two works
  if (a.work !== null && b.work !== null && nameOverlap(a.work, b.work) <= SAME_NAME) return false;
  if (a.sureKind && b.sureKind && conflicting(a.kind, b.kind)) return false;
  return a.weak || b.weak || narrows(a.districts, b.districts) || narrows(b.districts, a.districts);
}

/** One fact per repeated figure: the most telling kind, the most specific places, the first span. */
function mergeRepeats(amounts: AmountFact[]): AmountFact[] {
  const out: AmountFact[] = [];
  for (const a of amounts) {
    const same = out.find((o) => isRepeat(o, a));
    if (!same) {
      out.push({ ...a });
      continue;
    }
    const k = strongerKind({ kind: same.kind, sure: same.sureKind }, { kind: a.kind, sure: a.sureKind });
    [same.kind, same.sureKind] = [k.kind, k.sure];
    if ((same.weak && !a.weak) || (same.weak === a.weak && narrows(same.districts, a.districts))) [same.districts, same.weak] = [a.districts, a.weak];
    same.year ??= a.year;
    same.period ??= a.period;
  }
  return out;
}

function dedupeQuantities(quantities: QuantityFact[]): QuantityFact[] {
  const seen = new Set<string>();
  return quantities.filter((q) => {
    const key = `${q.value}|${q.unit}|${q.districts.join(",")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
