// Map labels sized by measured width (lib/charts/measure.ts, safe for Vazirmatn and the fallback
// font a first visit may show), so a name never runs past its tile or chip.
import { fitText, textWidth } from "../charts/measure";

export interface FittedLabel {
  text: string;
  size: number;
}

/** The largest size from `size` down to `minSize` at which `text` fits `maxW`; below that, cut with «…». */
export function fitLabel(text: string, size: number, maxW: number, minSize: number, weight: 400 | 700 = 400): FittedLabel {
  const w = textWidth(text, size, weight);
  if (w <= maxW) return { text, size };
  const scaled = Math.floor(size * (maxW / w) * 10) / 10;
  if (scaled >= minSize && textWidth(text, scaled, weight) <= maxW) return { text, size: scaled };
  return { text: fitText(text, minSize, maxW, weight), size: minSize };
}
