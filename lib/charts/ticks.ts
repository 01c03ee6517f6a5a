// "Nice" axis ticks from 0 up to at least `max`. Counts get whole-number steps only (1, 2, 5 × 10^n),
// so an axis of projects never reads «۲٫۵».
import { textWidth } from "./measure";

export function niceTicks(max: number, count = 5, integer = false): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const steps = integer ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  let step = (steps.find((m) => m * mag >= raw) ?? 10) * mag;
  if (integer) step = Math.max(1, Math.round(step));
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 0.999; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

export interface PlacedTick {
  x: number;
  label: string;
}

/**
 * Which tick labels to print so that no two overlap: every k-th one, for the smallest k whose
 * labels (centred on their x, measured for both fonts) keep `gap` px apart. The rest keep their
 * grid line, unlabelled. Labels may not cross [minX, maxX] either.
 */
export function thinTickLabels(ticks: readonly PlacedTick[], size: number, gap = 8, minX = -Infinity, maxX = Infinity): boolean[] {
  const half = ticks.map((t) => textWidth(t.label, size) / 2);
  for (let k = 1; k <= ticks.length; k++) {
    const shown = ticks.map((_, i) => i % k === 0);
    let ok = true;
    let prev = -1;
    for (let i = 0; i < ticks.length && ok; i++) {
      if (!shown[i]) continue;
      const t = ticks[i]!;
      if (t.x - half[i]! < minX || t.x + half[i]! > maxX) shown[i] = false;
      else if (prev >= 0 && Math.abs(t.x - ticks[prev]!.x) < half[i]! + half[prev]! + gap) ok = false;
      else prev = i;
    }
    if (ok) return shown;
  }
  return ticks.map((_, i) => i === 0);
}
