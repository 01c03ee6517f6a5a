// A reader-facing title for an article whose metadata gives none: the headline when the text
// opens with one, else a clean excerpt of its first sentence. Never a file name, never page
// furniture such as «کد مطلب : 7682» or a dateline.
//
// News pages copied as text open with a header block: datelines and ids, an optional kicker
// (روتیتر: «مدیر منطقه دو شهرداری قم خبر داد؛»), the headline, sometimes the lead first (a
// sentence ending in «.»), then the body, which starts at the attribution «به گزارش …».

const EXCERPT_MAX = 100;
/** How far into the text a headline may stand (non-empty lines). */
const HEADER_LINES = 8;

const DIGITS: Record<string, string> = Object.fromEntries(
  [..."۰۱۲۳۴۵۶۷۸۹"].map((d, i) => [d, String(i)]).concat([..."٠١٢٣٤٥٦٧٨٩"].map((d, i) => [d, String(i)])),
);
const latinDigits = (s: string) => s.replace(/[۰-۹٠-٩]/g, (d) => DIGITS[d] ?? d);

const MONTHS = /(?:فروردین|فروردين|اردیبهشت|ارديبهشت|خرداد|تیر|مرداد|شهریور|شهريور|مهر|آبان|آذر|دی|بهمن|اسفند)/u;
const LABEL = /^(?:•\s*)?(?:کد(?:\s*(?:مطلب|خبر))?|شناسه|منبع(?:\s*خبر)?|تاریخ(?:\s*انتشار)?|انتشار|زمان مطالعه|نویسنده|خبرنگار|تعداد بازدید|بازدید)\s*[:：]?\s*/u;
const NAVIGATION = /^(?:رفتن به محتوای اصلی|پرش به محتوا|صفحه اصلی|خانه|منو|جستجو|ورود|عضویت|اخبار|آخرین اخبار|چاپ|پرینت|اشتراک گذاری|انتهای پیام)$/u;
// A kicker names the speaker or the occasion: it ends in «:» or «؛», or in «خبر داد» / «صورت گرفت».
const KICKER_END = /(?:[:：؛;]|خبر\s?داد|صورت گرفت)$/u;
const ATTRIBUTION = /^(?:به گزارش|به نقل از|به نقل)/u;
const SENTENCE_END = /[.!?؟](?=\s|$)/u;

/** Page furniture: ids, datelines, bullets, bare numbers, images and links. */
export function isFurniture(line: string): boolean {
  const l = latinDigits(line.trim());
  if (!l || NAVIGATION.test(l)) return true;
  if (/^[\d\s:/\-–•.,،|()]+$/u.test(l)) return true;
  if (/^!\[/.test(l) || /^https?:\/\/\S+$/.test(l)) return true;
  if (l.startsWith("•")) return true;
  if (LABEL.test(l) && (/\d/.test(l) || l.length <= 40)) return true;
  const dated = /\b1[34]\d\d\b/.test(l) && (MONTHS.test(l) || /\d{1,4}[/-]\d{1,2}[/-]\d{1,4}/.test(l) || /ساعت/.test(l));
  return dated && l.length <= 60;
}

function isKicker(line: string): boolean {
  return KICKER_END.test(line.trim());
}

function isBody(line: string): boolean {
  const l = line.trim();
  return ATTRIBUTION.test(l) || l.length > 200 || /[.!?؟]$/u.test(l);
}

function readsAsHeadline(line: string): boolean {
  const l = line.trim();
  return l.length >= 10 && l.split(/\s+/).length >= 3 && !isFurniture(l) && !isKicker(l) && !isBody(l);
}

/** «قم|…», «حوزه/ …», «قم – ایرنا - …», «باشگاه خبرنگاران جوان - …»: a short dateline before the text. */
function stripDateline(s: string, maxWords: number): string {
  let out = s;
  for (let i = 0; i < 3; i++) {
    const m = /^([^\s|/\-–—ـ_:،.]+(?:\s[^\s|/\-–—ـ_:،.]+)*)\s*(?:\||[/\-–—ـ_]\s)\s*/u.exec(out);
    if (!m?.[1] || m[1].length > 30 || m[1].split(/\s+/).length > maxWords) break;
    out = out.slice(m[0].length);
  }
  return out.replace(/^(?:خبرگزاری|پایگاه خبری)[^:،.]{0,30}:\s*/u, "");
}

function clean(s: string): string {
  return s.replace(/\uFEFF/g, "").replace(/\s+/g, " ").trim();
}

/** The headline at the top of the text, or null when the text opens with its lead or body. */
export function findHeadline(text: string): string | null {
  const lines = text.split(/\r?\n/).map(clean).filter((l) => l && !isFurniture(l)).slice(0, HEADER_LINES);
  let leadSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (ATTRIBUTION.test(line)) return null;
    if (isKicker(line)) continue;
    if (isBody(line)) {
      // Some outlets print the lead above the headline; a second body line means no headline.
      if (leadSeen) return null;
      leadSeen = true;
      continue;
    }
    if (!readsAsHeadline(line)) continue;
    // Two headline-like lines in a row: a SHORTER first one is a kicker («با حضور …»); a longer
    // first one is the headline and the second its truncated lead.
    const next = lines[i + 1];
    const kicker = !leadSeen && next && readsAsHeadline(next) && latinDigits(next) !== latinDigits(line) && next.length > line.length;
    const headline = kicker ? next : line;
    return tidyHeadline(headline);
  }
  return null;
}

function tidyHeadline(h: string): string {
  return stripDateline(h, 2).replace(/\s*\+\s*(?:عکس|فیلم|تصاویر|ویدئو|ویدیو|صوت)$/u, "").trim();
}

/** Cuts `s` to at most `max` characters at a word boundary, ending in «…» when cut. */
export function excerpt(s: string, max = EXCERPT_MAX): string {
  const t = clean(s);
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(" ");
  const head = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s،,:؛;\-–—(«]+$/u, "");
  return `${head}…`;
}

/** The first sentence of the text's first line of prose, without dateline or attribution. */
export function firstSentenceExcerpt(text: string, max = EXCERPT_MAX): string | null {
  const line = text.split(/\r?\n/).map(clean).find((l) => l && !isFurniture(l) && !(isKicker(l) && l.length <= 80));
  if (!line) return null;
  const prose = stripDateline(line, 4).replace(/^به گزارش[^،,]{0,80}[،,]\s*/u, "");
  const end = SENTENCE_END.exec(prose);
  const sentence = end ? prose.slice(0, end.index) : prose;
  const out = excerpt(sentence, max);
  return out.length >= 3 ? out : null;
}

/** Headline, else first-sentence excerpt; null only for a text with no prose at all. */
export function titleFromText(text: string): string | null {
  return findHeadline(text) ?? firstSentenceExcerpt(text);
}
