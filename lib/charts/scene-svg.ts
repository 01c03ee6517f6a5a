// A Scene as standalone SVG markup (downloads, preview image). The page draws the same scene with
// components/charts/scene-svg.tsx; scene-svg.test.ts checks the two agree.
import { bidiText, shapePath, type Mark, type Scene } from "./scene";

export const FONT_FAMILY = "Vazirmatn, 'DejaVu Sans', sans-serif";

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

const n = (v: number) => String(Number(v.toFixed(2)));

function markSvg(m: Mark, hrefBase = ""): string {
  switch (m.t) {
    case "text":
      return `<text x="${n(m.x)}" y="${n(m.y)}" font-size="${m.size}" font-weight="${m.weight}" fill="${m.fill}" text-anchor="${m.anchor}" data-w="${m.w}">${escapeXml(bidiText(m))}</text>`;
    case "rect":
      return `<rect x="${n(m.x)}" y="${n(m.y)}" width="${n(m.w)}" height="${n(m.h)}" fill="${m.fill}"${m.rx ? ` rx="${m.rx}"` : ""}>${m.title ? `<title>${escapeXml(m.title)}</title>` : ""}</rect>`;
    case "line":
      return `<line x1="${n(m.x1)}" y1="${n(m.y1)}" x2="${n(m.x2)}" y2="${n(m.y2)}" stroke="${m.stroke}"${m.dash ? ` stroke-dasharray="3 3"` : ""}/>`;
    case "dot":
      return m.shape === "ring"
        ? `<path d="${shapePath(m.shape, m.x, m.y, m.r)}" fill="#ffffff" stroke="${m.fill}" stroke-width="2"/>`
        : `<path d="${shapePath(m.shape, m.x, m.y, m.r)}" fill="${m.fill}" stroke="#ffffff" stroke-width="1"/>`;
    case "link":
      return `<a href="${escapeXml(hrefBase + m.href)}"${m.newTab ? ` target="_blank"` : ""}><title>${escapeXml(m.title)}</title>${m.marks.map((c) => markSvg(c, hrefBase)).join("")}</a>`;
  }
}

/** `hrefBase`: an origin for the links of a file opened outside the site. */
export function sceneSvg(scene: Scene, background = "#ffffff", hrefBase = ""): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${n(scene.height)}" viewBox="0 0 ${scene.width} ${n(scene.height)}" direction="ltr" font-family="${FONT_FAMILY}">`
    + `<rect width="100%" height="100%" fill="${background}"/>${scene.marks.map((m) => markSvg(m, hrefBase)).join("")}</svg>`;
}
