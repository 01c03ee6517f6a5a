// Rasterises our chart SVG with resvg, which shapes Persian AND orders it right-to-left (satori,
// behind next/og, reverses word order: STACK.md §6). Fonts are passed as files: no system fonts.
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";

const WEIGHTS = ["Regular", "SemiBold", "Bold"] as const;

export function vazirmatnTtfFiles(root: string): string[] {
  return WEIGHTS.map((w) => path.join(root, "node_modules/vazirmatn/fonts/ttf", `Vazirmatn-${w}.ttf`));
}

export function renderPng(svg: string, fontFiles: string[]): Buffer {
  const resvg = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: "Vazirmatn" } });
  return resvg.render().asPng();
}
