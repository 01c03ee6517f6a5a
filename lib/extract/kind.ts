// The kind of an amount, read the way a reporter's sentence says it. Rules are tried in order on
// the amount's own clause, then on its whole sentence; the first that applies decides:
//   1. need       «... اعتبار مورد نیاز», «به ۶۰۰ میلیارد ریال اعتبار نیاز دارد»
//   2. loan       «اوراق مشارکت», «وام», «تسهیلات»
//   3. revenue    money realised: «محقق شد», «تحقق ۳۴۰ میلیارد تومان بودجه», «وصول»
//   4. cost       money spent or contracted: «هزینه شد», «پرداخت شد», «مبلغ قرارداد», «پیمان»
//   5. budget     a share of a budget: «۳۰ میلیارد تومان از بودجه منطقه ...»
//   6. the noun the amount is attached to: «بودجه ۵۶۵ ...», «با اعتبار ...», «هزینه ...»
//   7. credit     money given: «اختصاص یافت», «تخصیص», «تأمین می‌شود», «جذب شد»
//   8. the nearest money noun in the window
// Income («درآمد», «عوارض») is revenue when realised and budget when forecast or budgeted.
// An amount no rule speaks for takes the kind of the amount before it in its sentence (a share
// keeps the kind of its whole), else credit, marked unsure so a repeat with a cue wins.
import type { AmountKind } from "./types";
import { alternation } from "./patterns";

const word = (words: readonly string[], tail = "") => new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:با ?)?${alternation(words)}${tail}(?![\\p{L}\\p{N}])`, "u");

const NEED = word(["مورد نیاز", "نیاز", "نیازمند", "نیاز دارد", "نیاز است", "کسری", "کمبود اعتبار"]);
const LOAN = word(["اوراق مشارکت", "اوراق", "وام", "تسهیلات", "قرض‌الحسنه", "صکوک"], "(?:ی)?");
const REALISED = word(["محقق", "وصول", "وصولی", "وصول شد"]);
const REALISED_HEAD = /(?:^|[^\p{L}\p{N}])تحقق ?$/u;
const COST = word(["هزینه شد", "هزینه شده", "هزینه گردید", "هزینه می‌شود", "هزینه کرد", "هزینه‌کرد", "صرف شد", "صرف شده", "پرداخت شد", "پرداخت شده", "پرداخت گردید", "خرج شد", "قرارداد", "پیمان"]);
const BUDGET_SHARE = word(["از بودجه"]);
const ALLOCATED = word(["اختصاص", "تخصیص", "تامین", "جذب"], "(?:[\\p{L}]*)");

const NOUNS: readonly [AmountKind | "income", readonly string[]][] = [
  ["budget", ["بودجه", "بودجه درآمدی", "بودجه عمرانی"]],
  ["credit", ["اعتبار", "اعتبارات", "به ارزش", "ارزش ریالی", "کمک بلاعوض", "کمک‌های بلاعوض"]],
  ["cost", ["هزینه", "هزینه کرد", "برآورد هزینه"]],
  ["investment", ["سرمایه‌گذاری", "سرمایه گذاری"]],
  ["income", ["درآمد", "درآمدها", "عوارض"]],
];
const NOUN_RE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:با ?)?(${alternation(NOUNS.flatMap(([, w]) => w))})(?:ی|ای)?(?![\\p{L}\\p{N}])`, "gu");
const NOUN_KIND = new Map<string, AmountKind | "income">();
for (const [kind, words] of NOUNS) for (const w of words) NOUN_KIND.set(w.replace(/[\s\u200c]/g, ""), kind);
const QUALIFIER_GAP = /^(?: ?(?:بیش از|بیشتر از|افزون بر|بالغ ?بر|حدود|در حدود|نزدیک به|قریب به|تا|مبلغ|به مبلغ|به میزان|معادل))* ?$/u;

const FORECAST = word(["پیش بینی", "پیش‌بینی", "بودجه", "لایحه", "مصوب", "تصویب", "پیشنهادی"]);
const REALISATION = word(["محقق", "تحقق", "وصول", "عملکرد"]);

export interface KindReading {
  kind: AmountKind;
  /** False when no word of the text said it (a default or a kind borrowed from a neighbour). */
  sure: boolean;
}

interface Window {
  text: string;
  start: number;
  end: number;
  from: number;
  to: number;
}

function around(w: Window): string {
  return `${w.text.slice(w.from, w.start)} ${w.text.slice(w.end, w.to)}`;
}

/** Income is revenue when its sentence or the article's lead says it was realised. */
function incomeKind(piece: string, lead: string): AmountKind {
  if (REALISATION.test(piece)) return "revenue";
  if (FORECAST.test(piece)) return "budget";
  if (REALISATION.test(lead)) return "revenue";
  return FORECAST.test(lead) ? "budget" : "revenue";
}

function nounOf(m: RegExpExecArray): AmountKind | "income" | undefined {
  return NOUN_KIND.get((m[1] ?? "").replace(/[\s\u200c]/g, ""));
}

/** The noun written just before the amount («بودجه ۵۶۵», «با اعتباری بالغ بر ۱۰»), or null. */
function headBefore(w: Window): AmountKind | "income" | null {
  const before = w.text.slice(w.from, w.start);
  let last: RegExpExecArray | null = null;
  NOUN_RE.lastIndex = 0;
  for (let m = NOUN_RE.exec(before); m; m = NOUN_RE.exec(before)) last = m;
  if (!last || !QUALIFIER_GAP.test(before.slice(last.index + last[0].length))) return null;
  return nounOf(last) ?? null;
}

/** The nearest money noun in the window, before or after the amount. */
function nearestNoun(w: Window): AmountKind | "income" | null {
  let best: AmountKind | "income" | null = null;
  let bestD = Infinity;
  NOUN_RE.lastIndex = Math.max(0, w.from - 1);
  for (let m = NOUN_RE.exec(w.text); m && m.index < w.to; m = NOUN_RE.exec(w.text)) {
    const s = m.index + m[0].indexOf(m[1] ?? "");
    const e = s + (m[1] ?? "").length;
    if (e > w.to || (s >= w.start && e <= w.end)) continue;
    const d = e <= w.start ? w.start - e : s - w.end + 0.5;
    const kind = nounOf(m);
    if (kind && d >= 0 && d < bestD) [best, bestD] = [kind, d];
  }
  return best;
}

// A clause of its own («..., چراکه نیاز به ایجاد زیرساخت داریم», «... هزینه شده که از این میزان،
// ۴ میلیارد ...») speaks of something else: an amount's window stops at these.
const BOUNDARY = /[،,]| که | چراکه | چرا که | زیرا | اما | ولی /gu;

/** [from, to) narrowed to the clause boundaries nearest the amount. */
function narrowed(w: Window): Window {
  let from = w.from;
  let to = w.to;
  BOUNDARY.lastIndex = w.from;
  for (let m = BOUNDARY.exec(w.text); m && m.index < w.to; m = BOUNDARY.exec(w.text)) {
    if (m.index + m[0].length <= w.start) from = m.index + m[0].length;
    else if (m.index >= w.end) {
      to = m.index;
      break;
    }
  }
  return { ...w, from, to };
}

function decide(w: Window, piece: string, lead: string): AmountKind | null {
  const near = around(w);
  if (NEED.test(near)) return "need";
  if (LOAN.test(near)) return "loan";
  if (REALISED.test(near) || REALISED_HEAD.test(w.text.slice(w.from, w.start))) return "revenue";
  if (COST.test(near)) return "cost";
  if (BUDGET_SHARE.test(near)) return "budget";
  const head = headBefore(w);
  const resolve = (k: AmountKind | "income") => (k === "income" ? incomeKind(piece, lead) : k);
  if (head) return resolve(head);
  if (ALLOCATED.test(near)) return "credit";
  const noun = nearestNoun(w);
  return noun ? resolve(noun) : null;
}

/**
 * Kind of the amount at [start, end) whose clause is [from, to) and sentence [pieceFrom, pieceTo);
 * `lead` is the article's headline and lead, `previous` the reading of the amount before it in
 * the same sentence, if any.
 */
export function classifyKind(
  text: string, start: number, end: number, from: number, to: number,
  sentence: { from: number; to: number } = { from, to }, lead = "", previous: KindReading | null = null,
): KindReading {
  const piece = text.slice(sentence.from, sentence.to);
  const own = decide(narrowed({ text, start, end, from, to }), piece, lead);
  if (own) return { kind: own, sure: true };
  const wide = decide({ text, start, end, from: sentence.from, to: sentence.to }, piece, lead);
  if (wide) return { kind: wide, sure: true };
  return previous ? { kind: previous.kind, sure: false } : { kind: "credit", sure: false };
}

/** Which of two readings of one repeated figure to keep: a stated kind, then the more telling one. */
const TELLING: readonly AmountKind[] = ["need", "loan", "revenue", "budget", "cost", "credit", "investment", "other"];
export function strongerKind(a: KindReading, b: KindReading): KindReading {
  if (a.sure !== b.sure) return a.sure ? a : b;
  return TELLING.indexOf(a.kind) <= TELLING.indexOf(b.kind) ? a : b;
}
