// Articles an attacker (or a broken export) might feed to ingest, for the guard tests,
// `npm run fuzz:http` and `npm run attack:http`.
import type { ArticleInput } from "../../db/ingest";
import { PLACES } from "../../lib/districts";

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

/**
 * An article shown on the pages of e2e/bounds.spec.ts: its project name carries an unclosed LRO from
 * the text, which is kept byte for byte (the extractor keeps it in the name and the quote). Dated
 * after every other article and with the largest figure, so it comes first on /, /articles, a
 * district page and the spending table. BIDI_RAW_LABELS are put back into its title and outlet
 * with SQL afterwards, as a database written before ingest removed them would hold them.
 */
export const BIDI_DISPLAY_ARTICLE: ArticleInput = {
  file: "bidi-display.txt",
  text: "به گزارش خبرنگار مهر، شهردار منطقه ۳ قم گفت: احداث بوستان \u202dیاس‌آبی در منطقه ۳ با اعتبار ۹۹ همت در دست اجرا است.\n",
  meta: { title: "اشاره به بوستان یاس‌آبی", outlet: "خبرگزاری آزمون", url: "https://example.com/news/bidi", published: "2030-01-01" },
};
export const BIDI_RAW_LABELS = { title: "\u202dاشاره به بوستان یاس‌آبی ۱۲۳", outlet: "\u202eخبرگزاری آزمون ۴۵" };

/** What the pages must show for BIDI_ARTICLES: the same titles without the controls. */
export const BIDI_TITLES_CLEAN = ["اشاره به بوستان منطقه ۳", "بودجه ۱۴۰۴ منطقه ۳"];

const WORKS = ["احداث بوستان", "بهسازی خیابان", "تکمیل پل", "احداث پارکینگ", "بازسازی میدان", "احداث کتابخانه"] as const;

/**
 * The densest article ingest accepts (lib/article-guard.ts): `n` sentences (≤ 300), each with a
 * project, a credit, a length and two place mentions (a joint group), in about 60 kB. Article `k` uses other values,
 * names and places, so `k` = 0…33 together bring ≈ 10,000 distinct figures and projects (the worst
 * case behind every page's cap, docs/bounds.md).
 */
export function worstCaseArticle(k: number, n = 300, padToBytes = 0): ArticleInput {
  const places = PLACES.filter((p) => !("bareLabel" in p) && p.kind !== "province" && p.kind !== "city");
  const sentences = Array.from({ length: n }, (_, i) => {
    const where = places[(k * 7 + i) % places.length]!;
    const also = places[(k * 7 + i * 3 + 1) % places.length]!;
    const work = WORKS[(k + i) % WORKS.length]!;
    const value = 1000 + k * 1000 + i;
    return `${work} شماره ${i + 1} در ${where.fa} و ${also.fa} با اعتبار ${value} میلیارد ریال و به طول ${200 + i} متر در دست اجرا است.`;
  });
  // Plain sentences (no facts) fill the rest, up to `padToBytes`: the longest page the limits allow.
  const filler = "این گزارش ادامه دارد و جزئیات بیشتری از روند کارها در روزهای آینده منتشر خواهد شد. ";
  const text = `به گزارش خبرنگار مهر، شهردار قم گفت: ${sentences.join(" ")}\n`;
  const room = Math.max(0, padToBytes - Buffer.byteLength(text) - 2);
  const padding = room ? `\n${filler.repeat(Math.floor(room / Buffer.byteLength(filler))).trim()}\n` : "";
  return {
    file: `worst-case-${k}.txt`,
    text: text + padding,
    meta: { title: `گزارش پرشمار شماره ${k + 1} از پروژه‌های شهری`, outlet: "خبرگزاری آزمون", url: `https://example.com/worst/${k}`, published: `2025-0${(k % 9) + 1}-1${k % 10}` },
  };
}
