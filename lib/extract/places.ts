// Place mentions: names and aliases from lib/districts.ts, region numbers after «منطقه/مناطق»
// (digits or words, single or listed), and «این منطقه» pointing back at the last area named.
// A place inside an office or organisation title («مدیرکل راه و شهرسازی استان قم», «شهرداری
// قم») names who acts, not where: it is an actor mention, kept for the article's scope only.
import { PLACES, getPlace, type PlaceSlug } from "../districts";
import { GAZETTEER_ALIASES, GAZETTEER_AREAS } from "../places-gazetteer";
import type { PlaceMention } from "./types";
import { normaliseString } from "./normalize";
import { AFTER, alternation, atWordStart } from "./patterns";
import { Lexicon, splitWords, type Word } from "./lexicon";
import { NUMBER_WORDS } from "./number-words";

export interface Mention {
  start: number;
  end: number;
  slugs: PlaceSlug[];
  /** «این منطقه»: resolved from context, not a naming of the place. */
  anaphor: boolean;
  /** Part of an office or organisation title: says who acts, not where a fact belongs. */
  actor: boolean;
  /** A region in a speaker's title («مدیر منطقه ۳ شهرداری قم»): the article's own area. */
  speaker: boolean;
  /** For an actor: the municipality (city) or a provincial body (province). */
  level?: "city" | "province";
}

// Other cities and provinces: «برق منطقه‌ای تهران», «استان تهران», «منطقه ۳ تهران» are not Qom.
const ELSEWHERE = [
  "تهران", "مشهد", "اصفهان", "شیراز", "تبریز", "کرج", "اهواز", "کرمان", "یزد", "اراک", "مرکزی", "قزوین",
  "سمنان", "همدان", "کاشان", "خراسان", "فارس", "گیلان", "مازندران", "کشور", "های", "ها", "دیگر",
];
const ELSEWHERE_AFTER = new RegExp(`^ ?${alternation(ELSEWHERE)}${AFTER}`, "u");
// «نیروگاه خورشیدی» is a power plant, not the neighbourhood.
const NOT_A_PLACE_AFTER = /^ ?(?:خورشیدی|برق|اتمی|هسته|حرارتی|سیکل|گازی|بادی|زباله|بخار)/u;

/** Counties and districts named after their towns: «شهرستان جعفرآباد» is the Jafariyeh county. */
const COUNTY_NAMES: readonly [PlaceSlug, string][] = [["jafariyeh", "جعفرآباد"]];

// Titles and bodies that act: a city or province named inside one is an actor, not a place.
const OFFICES = [
  "شهردار", "شهرداری", "استاندار", "استانداری", "فرماندار", "فرمانداری", "بخشدار", "بخشداری", "مدیر",
  "مدیرکل", "مدیر کل", "مدیرعامل", "مدیر عامل", "معاون", "معاونت", "رئیس", "رییس", "ریاست", "سرپرست", "اداره",
  "اداره کل", "سازمان", "شرکت", "شورای", "شورا", "دانشگاه", "دادگستری", "دادستان", "نماینده", "نمایندگان",
  "امام جمعه", "فرمانده", "فرماندهی", "بنیاد", "کمیته", "ستاد", "انجمن", "اتاق", "بانک", "هیئت", "هیات",
  "دبیر", "مسئول", "مسئولان", "مسئولین", "کارشناس", "مجمع", "خبرگزاری", "پایگاه", "روابط عمومی",
  "باشگاه", "حوزه", "دفتر", "کمیسیون", "قرارگاه", "آبفا", "آبفای", "نظام", "مرکز", "آموزش و پرورش",
];
/** Offices of the municipality: what they do is the city's, whatever place the reporter adds. */
export const MUNICIPAL_OFFICES = ["شهردار", "شهرداری", "شورای اسلامی شهر", "شورای شهر"];
// Words that end a title: a place after them is where something happens («مدیر ... در استان قم»).
const TITLE_BREAK = new Set(["در", "به", "از", "برای", "با", "تا", "که", "را", "است", "شد", "گفت", "این", "آن", "سطح", "کل"]);
const OFFICE_END = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${alternation(OFFICES)})$`, "u");
const MUNICIPAL = new RegExp(`^${alternation(MUNICIPAL_OFFICES)}$`, "u");
// «نماینده ولی فقیه در استان», «نماینده عالی دولت در استان»: set titles with «در» inside.
const REPRESENTATIVE = /(?:^|[^\p{L}\p{N}])نماینده(?: [^ ]+){1,3} در $/u;
const TITLE_WORDS = 6;

const ANY_OFFICE = new RegExp(alternation(OFFICES), "u");

/** The office whose title the place at `pos` closes, or null when it is not in a title. */
function titleOffice(text: string, pos: number): string | null {
  const window = text.slice(Math.max(0, pos - 80), pos);
  if (!ANY_OFFICE.test(window)) return null;
  const before = window.split(/[.،,:؛!?؟\n(«"]/u).pop() ?? "";
  if (REPRESENTATIVE.test(before)) return "نماینده";
  const words = before.trim().split(" ").filter(Boolean);
  for (let n = 1; n <= Math.min(TITLE_WORDS, words.length); n++) {
    const w = words[words.length - n] ?? "";
    if (TITLE_BREAK.has(w)) return null;
    const m = OFFICE_END.exec(words.slice(0, words.length - n + 1).join(" "));
    if (m?.[1]) return m[1];
  }
  return null;
}

const REGION_BY_NUMBER = new Map<number, PlaceSlug>();
const NAMED = new Map<string, PlaceSlug>();
for (const p of PLACES) {
  if (p.kind === "region") {
    REGION_BY_NUMBER.set(Number(normaliseString(p.fa).replace(/\D/g, "")), p.slug);
    continue;
  }
  const bare = "bareLabel" in p ? [] : [p.fa];
  for (const name of [...bare, ...p.aliases, ...(GAZETTEER_ALIASES[p.slug] ?? [])]) NAMED.set(normaliseString(name), p.slug);
}
for (const [slug, name] of COUNTY_NAMES) NAMED.set(normaliseString(name), slug);
const NAMES = new Lexicon<PlaceSlug>();
for (const [name, slug] of NAMED) NAMES.add(name, slug);

/** Names of the municipality and the governorate themselves: always actors. */
const ACTOR_NAMES: readonly [PlaceSlug, readonly string[]][] = [
  ["city", ["شهرداری قم", "شهردار قم", "شورای اسلامی شهر قم", "شورای شهر قم", "شهرداری کلانشهر قم"]],
  ["province", ["استانداری قم", "استاندار قم", "استاندار", "استانداری"]],
];
const ACTORS = new Lexicon<PlaceSlug>();
for (const [slug, names] of ACTOR_NAMES) ACTORS.addAll(names, slug);

const REGION_WORDS = [...NUMBER_WORDS].filter(([, w]) => w.value >= 1 && w.value <= 8).map(([k]) => k);
const NUM = `(?:[1-8](?![\\d/]|[.,]\\d)|(?:${REGION_WORDS.join("|")})${AFTER})`;
const REGION_RE = new RegExp(`(?:منطقه|مناطق) (${NUM}(?:(?: ?[،,] ?| و ?)${NUM})*)`, "gu");
// «منطقه ۳ شهرداری قم», «منطقه ۴ شهری قم», «منطقه ۶ قم»: the office's city is part of the name.
const REGION_SUFFIX = /^(?: (?:شهرداری|شهر|شهری|کلانشهر))?(?: قم)(?![\p{L}\p{N}])|^ شهرداری(?![\p{L}\p{N}])/u;
const SPEAKER_BEFORE = /(?:^|[^\p{L}\p{N}])(?:مدیر|شهردار|سرپرست|معاون|معاونت|مدیریت|شهرداری)(?: [^ .،:؛]+){0,3} $/u;

function regionNumbers(list: string): { nums: number[]; length: number } {
  const parts = list.split(/( ?[،,] ?| و ?)/);
  // A comma list must close with «و» («یک، دو و سه»); «منطقه ۶، ۴۴۲...» stops at ۶.
  const seps = parts.filter((_, i) => i % 2 === 1);
  const whole = seps.length > 0 && (seps[seps.length - 1] ?? "").includes("و");
  const kept = whole ? parts : parts.slice(0, 1);
  const nums = kept
    .filter((_, i) => i % 2 === 0)
    .map((tok) => (/^\d$/.test(tok) ? Number(tok) : (NUMBER_WORDS.get(tok)?.value ?? 0)));
  return { nums, length: kept.join("").length };
}

const REGION_KEYWORD_LENGTH = "منطقه ".length;

function regionMentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(REGION_RE)) {
    if (!atWordStart(text, m.index)) continue;
    const { nums, length } = regionNumbers(m[1] ?? "");
    let end = m.index + REGION_KEYWORD_LENGTH + length;
    if (ELSEWHERE_AFTER.test(text.slice(end, end + 12))) continue;
    end += REGION_SUFFIX.exec(text.slice(end, end + 20))?.[0].length ?? 0;
    const slugs = nums.map((n) => REGION_BY_NUMBER.get(n)).filter((s): s is PlaceSlug => s !== undefined);
    const speaker = SPEAKER_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index));
    if (slugs.length) out.push({ start: m.index, end, slugs: [...new Set(slugs)], anaphor: false, actor: false, speaker });
  }
  return out;
}

const BROAD = new Set<string>(["city", "province"]);

/** Every match of a word lexicon in the text, longest first, none overlapping. */
function lexiconHits<T>(lexicon: Lexicon<T>, text: string, words: readonly Word[]): { start: number; end: number; value: T }[] {
  const out: { start: number; end: number; value: T }[] = [];
  for (let i = 0; i < words.length; i++) {
    const length = lexicon.lengthAt(text, words, i);
    if (length === 0) continue;
    out.push({ start: (words[i] as Word).start, end: (words[i + length - 1] as Word).end, value: lexicon.lastValue as T });
    i += length - 1;
  }
  return out;
}

function namedMentions(text: string, words: readonly Word[]): Mention[] {
  const out: Mention[] = [];
  for (const { start, end, value: slug } of lexiconHits(NAMES, text, words)) {
    const after = text.slice(end, end + 12);
    if (ELSEWHERE_AFTER.test(after) || NOT_A_PLACE_AFTER.test(after)) continue;
    const office = BROAD.has(slug) ? titleOffice(text, start) : null;
    if (office === null) {
      out.push({ start, end, slugs: [slug], anaphor: false, actor: false, speaker: false });
      continue;
    }
    const level = MUNICIPAL.test(office) || slug === "city" ? "city" : "province";
    out.push({ start, end, slugs: [slug], anaphor: false, actor: true, speaker: false, level });
  }
  for (const { start, end, value: slug } of lexiconHits(ACTORS, text, words)) {
    out.push({ start, end, slugs: [slug], anaphor: false, actor: true, speaker: false, level: slug === "city" ? "city" : "province" });
  }
  return out;
}

const ANAPHOR_RE = new RegExp(`این منطقه${AFTER}`, "gu");
const AREA_SLUGS = new Set<string>(PLACES.filter((p) => p.kind === "region" || p.kind === "neighbourhood").map((p) => p.slug));

// «از پروژه‌های این منطقه»: the area named last before it (a region or a neighbourhood).
function anaphorMentions(text: string, named: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(ANAPHOR_RE)) {
    if (!atWordStart(text, m.index)) continue;
    const prev = named.filter((n) => n.end <= m.index && n.slugs.every((s) => AREA_SLUGS.has(s))).pop();
    if (prev) out.push({ start: m.index, end: m.index + m[0].length, slugs: prev.slugs, anaphor: true, actor: false, speaker: false });
  }
  return out;
}

/** Every place mention in canonical text, in order; overlaps keep the longer one. */
export function findMentions(text: string, words: readonly Word[] = splitWords(text, 0, text.length)): Mention[] {
  const named = [...regionMentions(text), ...namedMentions(text, words)].sort((a, b) => a.start - b.start || b.end - a.end);
  const all = [...named, ...anaphorMentions(text, named)].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

/** Mentions that place facts: named places, not office titles. */
export function placeMentions(mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => !m.actor);
}

export function toPlaceMentions(mentions: readonly Mention[], span: (s: number, e: number) => { quote: string; start: number; end: number }): PlaceMention[] {
  return mentions.filter((m) => !m.anaphor && !m.actor).flatMap((m) => m.slugs.map((slug) => ({ slug, ...span(m.start, m.end) })));
}

const AREAS = new Map<string, PlaceSlug>();
for (const a of GAZETTEER_AREAS) {
  const region = getPlace(a.region)?.slug;
  if (region) for (const v of a.variants) AREAS.set(normaliseString(v), region);
}
const AREA_NAMES = new Lexicon<PlaceSlug>();
for (const [name, slug] of AREAS) AREA_NAMES.add(name, slug);

/** A street, square or park whose region the gazetteer knows: evidence, not a place of its own. */
export interface AreaHint {
  start: number;
  end: number;
  region: PlaceSlug;
}

export function findAreaHints(text: string, words: readonly Word[] = splitWords(text, 0, text.length)): AreaHint[] {
  return lexiconHits(AREA_NAMES, text, words).map(({ start, end, value }) => ({ start, end, region: value }));
}
