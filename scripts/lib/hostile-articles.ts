// Articles an attacker (or a broken export) might feed to ingest, for the guard tests and
// `npm run attack:http`. Each sentence carries one money amount the real extractor finds.

/** `n` credit figures for region 3, one per sentence (about 100 bytes each). */
export function denseAmountsArticle(n: number): string {
  const sentences = Array.from({ length: n }, (_, i) => `اعتبار پروژه شماره ${i + 1} در منطقه ۳ مبلغ ${100 + (i % 900)} میلیارد ریال است.`);
  return `به گزارش خبرنگار مهر، شهردار منطقه ۳ قم گفت: ${sentences.join(" ")}\n`;
}
