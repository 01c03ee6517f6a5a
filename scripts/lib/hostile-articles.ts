// Articles an attacker (or a broken export) might feed to ingest, for the guard tests,
// `npm run fuzz:http` and `npm run attack:http`.
import type { ArticleInput } from "../../db/ingest";

/** `n` credit figures for region 3, one per sentence the real extractor finds (about 100 bytes each). */
export function denseAmountsArticle(n: number): string {
  const sentences = Array.from({ length: n }, (_, i) => `اعتبار پروژه شماره ${i + 1} در منطقه ۳ مبلغ ${100 + i} میلیارد ریال است.`);
  return `به گزارش خبرنگار مهر، شهردار منطقه ۳ قم گفت: ${sentences.join(" ")}\n`;
}

/**
 * Titles and outlets with unclosed direction controls (an RLO made «اشاره» read «هراشا» next to
 * the dashboard's labels). The text is clean: it is kept byte for byte and shown as it is.
 */
export const BIDI_ARTICLES: readonly ArticleInput[] = [
  {
    file: "fuzz-bidi-1.txt",
    text: "به گزارش خبرنگار مهر، شهردار منطقه ۳ قم گفت: اعتبار احداث بوستان اشاره در منطقه ۳ مبلغ ۹۸۷۶ میلیارد ریال است.\n",
    meta: { title: "\u202eاشاره به بوستان منطقه ۳", outlet: "\u202bخبرگزاری مهر", url: "https://example.com/news/1", published: "2025-06-01" },
  },
  {
    file: "fuzz-bidi-2.txt",
    text: "به گزارش قم فوری، بودجه عمرانی منطقه ۳ قم مبلغ ۸۷۶۵ میلیارد ریال تصویب شد.\n",
    meta: { title: "\u2066بودجه ۱۴۰۴ منطقه ۳\u202d", outlet: "قم فوری\u2067", url: null, published: "2025-06-02" },
  },
];

/** What the pages must show for BIDI_ARTICLES: the same titles without the controls. */
export const BIDI_TITLES_CLEAN = ["اشاره به بوستان منطقه ۳", "بودجه ۱۴۰۴ منطقه ۳"];
