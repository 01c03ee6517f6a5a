// Article metadata read from the text itself; whatever the text does not say stays null.
import type { ArticleMeta } from "./types";
import { normaliseString } from "./normalize";
import { alternation } from "./patterns";
import { MONTHS } from "./traps";
import { jalaliToIso } from "./jalali";
import { findOutlet } from "./outlet";

const BOILERPLATE = /^(?:رفتن به محتوای اصلی|پرش به محتوا|صفحه اصلی|خانه|منو|جستجو|ورود|عضویت|اخبار|آخرین اخبار|چاپ|اشتراک گذاری)$/u;
const MONTH = alternation(MONTHS);
const DATE_WORDS = new RegExp(`(?<!\\d)(\\d{1,2}) ${MONTH}(?: ماه)? ?,? ?(1[34]\\d\\d)(?!\\d)`, "u");
const DATE_SLASH = /(?<![\d/])(1[34]\d\d)[/-](\d{1,2})[/-](\d{1,2})(?![\d/])/u;
const DATE_LABEL = /(?:تاریخ انتشار|تاریخ خبر|تاریخ|منتشر شده|انتشار)\s*:/u;
const URL_RE = /https?:\/\/[^\s<>"'«»()]+/u;

function dateIn(line: string): string | null {
  const words = DATE_WORDS.exec(line);
  if (words) {
    const month = MONTHS.findIndex((m) => new RegExp(`${m}(?![\\p{L}])`, "u").test(line.slice(words.index)));
    return jalaliToIso(Number(words[2]), month + 1, Number(words[1]));
  }
  const slash = DATE_SLASH.exec(line);
  return slash ? jalaliToIso(Number(slash[1]), Number(slash[2]), Number(slash[3])) : null;
}

// A dateline is short and mostly date: «۱۸ آبان, ۱۴۰۴ / ۲۲:۲۷», «تاریخ انتشار: ۱۴۰۴/۰۸/۱۸».
function isDateLine(line: string): boolean {
  if (!DATE_WORDS.test(line) && !DATE_SLASH.test(line)) return false;
  return line.length <= 40 || DATE_LABEL.test(line);
}

function readsAsHeadline(line: string): boolean {
  const words = line.split(" ").length;
  return line.length >= 10 && line.length <= 200 && words >= 3 && !/[.:؛]$/u.test(line) && !/به گزارش/u.test(line) && !URL_RE.test(line);
}

export function extractMeta(text: string): ArticleMeta {
  const lines = text.split(/\r?\n/).map((raw) => ({ raw: raw.trim(), canon: normaliseString(raw) })).filter((l) => l.canon);
  let title: string | null = null;
  let published: string | null = null;
  let titleSeen = false;
  for (const line of lines) {
    if (isDateLine(line.canon)) {
      published ??= dateIn(line.canon);
      continue;
    }
    if (titleSeen || BOILERPLATE.test(line.canon)) continue;
    titleSeen = true;
    if (readsAsHeadline(line.canon)) title = line.raw.replace(/^\uFEFF/, "");
  }
  return { title, outlet: findOutlet(normaliseString(text)), url: URL_RE.exec(text)?.[0].replace(/[.,،]+$/u, "") ?? null, published };
}
