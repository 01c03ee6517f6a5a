// The embed code of a chart: the iframe fills its column and keeps the drawing's aspect ratio, so
// its height always matches the content (the height attribute is the fallback, exact at `width`).
export function embedCode(embedUrl: string, title: string, size: { width: number; height: number }): string {
  const { width: w, height: h } = size;
  const t = title.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${embedUrl.replace(/"/g, "%22")}" title="${t}" width="${w}" height="${h}" style="width:100%;max-width:${Math.round(w * 1.5)}px;height:auto;aspect-ratio:${w}/${h};border:0" loading="lazy"></iframe>`;
}
