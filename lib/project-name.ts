// What tells one civic work from another in a project name as outlets write it: the head noun
// (بوستان، تقاطع، زیرگذر …, in classes of synonyms), the naming words after it (proper names and
// places, without honorifics or descriptive words), its numbers, its phase («فاز دوم», «(فاز ۲)»,
// «فاز نخست»), a size that describes it («۱۹ هکتاری») and the works done to it («لوله‌گذاری»,
// «بهسازی»). Built on the extractor's own tokenizer, so a name is read the way it was found.
import { normaliseString } from "./extract/normalize";
import { GENERIC, tokenize, type Token } from "./extract/project-tokens";

export interface NameParts {
  /** Head classes of the work («park», «interchange» …); empty when the name gives no head. */
  heads: string[];
  /**
   * Naming words, canonical, in order (honorifics and descriptive words dropped): the work's own
   * («بوستان خضر نبی»), else those of the place it is named by («تقاطع بلوار عمار یاسر ...»,
   * «سه زمین ورزشی در بوستان معلم»).
   */
  naming: string[];
  /** Naming words of the place a named work lies in («پارک ترافیک بوستان جوان» → جوان), else empty. */
  within: string[];
  /** Named by where it is («تقاطع بلوار فردوسی و ...») rather than by a name of its own. */
  byPlace: boolean;
  /** Numbers that tell works apart («کلانتری ۱۳», «سوله ورزشی چهار»), as Latin digits, sorted. */
  numbers: string[];
  /** The phase or section number, or null. */
  phase: string | null;
  /** A size that describes the work («19 ha»), or null. */
  size: string | null;
  /** Works done to it («بهسازی», «لوله‌گذاری»), canonical, sorted. */
  works: string[];
}

/** Heads that name the same kind of work. Any other head is its own class. */
const HEAD_CLASSES: readonly [string, readonly string[]][] = [
  ["park", ["بوستان", "پارک", "پارک جنگلی"]],
  ["interchange", ["تقاطع", "تقاطع غیرهمسطح", "تقاطع غیر همسطح", "تقاطع چندسطحی"]],
  ["road", ["بلوار", "محور", "بزرگراه", "اتوبان", "آزادراه", "کمربندی", "رینگ", "جاده"]],
  ["pipeline", ["خط انتقال", "خطوط انتقال", "خط لوله"]],
  ["turf", ["زمین چمن مصنوعی", "زمین چمن"]],
  ["rail", ["قطار شهری", "مترو", "متروی قم", "متروی"]],
  ["monorail", ["مونوریل"]],
  ["airport", ["فرودگاه"]],
];
/** Works the city has one of: named by their head alone. */
export const UNIQUE_CLASSES: ReadonlySet<string> = new Set(["rail", "monorail", "airport"]);
const HEAD_CLASS = new Map<string, string>();
for (const [cls, words] of HEAD_CLASSES) for (const w of words) HEAD_CLASS.set(compact(w), cls);

/** Words that name the city's rail works inside a longer name («خط یک متروی قم»). */
const RAIL_WORDS = new Set(["مترو", "متروی", "قطارشهری"].map(compact));
const PHASE_WORDS = new Set(["فاز", "مرحله", "بخش"]);
/** Titles and honorifics: «شهید», «آیت‌الله», «(ع)». Dropped unless nothing else names the work. */
const HONORIFICS = new Set([
  "شهید", "شهیدان", "شهدای", "شهدا", "سردار", "آیتالله", "آیت", "الله", "حضرت", "سید", "حاج", "حاجی",
  "مرحوم", "علامه", "امام", "مقدس", "مطهر", "متبرکه", "(ع)", "(س)", "(ص)", "(ره)", "(عج)", "ع", "س", "ص",
].map((w) => normaliseString(w)));
/** Descriptive words the extractor counts as generic but that tell two streets apart. */
const SIDES = new Set(["شمالی", "جنوبی", "شرقی", "غربی"]);
const SIZE_UNITS: readonly [RegExp, string][] = [
  [/^هکتار/u, "ha"], [/^(?:متر ?مربع|مترمربعی)$/u, "m2"], [/^(?:متر ?مکعب|مترمکعبی|مکعبی)/u, "m3"], [/^متر$/u, "m"],
  [/^کیلومتر/u, "km"], [/^تخت/u, "beds"], [/^نفر/u, "seats"], [/^کلاس/u, "classes"], [/^واحد/u, "units"], [/^مگاوات/u, "mw"],
];
const UNIT_TAIL = /^(?:مربع|مکعب|مکعبی|مربعی)$/u;
const NUMBER_WORDS: Record<string, string> = {
  "یک": "1", "اول": "1", "نخست": "1", "دو": "2", "دوم": "2", "سه": "3", "سوم": "3", "چهار": "4", "چهارم": "4",
  "پنج": "5", "پنجم": "5", "شش": "6", "ششم": "6", "هفت": "7", "هفتم": "7", "هشت": "8", "هشتم": "8",
  "نه": "9", "نهم": "9", "ده": "10", "دهم": "10",
};

/** Canonical text without spaces («عمار یاسر» and «عماریاسر» compare equal). */
export function compact(s: string): string {
  return normaliseString(s).replace(/\s+/g, "").toLowerCase();
}

function numberOf(t: Token | undefined): string | null {
  if (!t || t.tag !== "number") return null;
  if (/^\d/.test(t.text)) return String(Number(t.text.replace(/,/g, "")));
  return NUMBER_WORDS[t.text] ?? null;
}

function sizeUnit(tokens: readonly Token[], i: number): { unit: string; next: number } | null {
  const t = tokens[i];
  if (!t) return null;
  for (const [re, unit] of SIZE_UNITS) {
    if (!re.test(t.text)) continue;
    let next = i + 1;
    while (tokens[next] && UNIT_TAIL.test(tokens[next]!.text)) next++;
    return { unit: unit === "m" && next > i + 1 ? (/مکعب/u.test(tokens[i + 1]!.text) ? "m3" : "m2") : unit, next };
  }
  return null;
}

const isHead = (t: Token | undefined) => t !== undefined && (t.tag === "head" || t.tag === "unique");
const singular = (t: Token) => t.text.slice(0, t.singularEnd - t.start);
const headClass = (t: Token) => HEAD_CLASS.get(compact(singular(t))) ?? compact(singular(t));

/** The parts of a project name that tell which work it is. */
export function nameParts(name: string): NameParts {
  const text = normaliseString(name);
  const tokens = tokenize(text, 0, text.length).filter((t) => t.tag !== "quote" && !(t.tag === "punct" && /^[()[\]«»]$/.test(t.text)));
  const parts: NameParts = { heads: [], naming: [], within: [], byPlace: false, numbers: [], phase: null, size: null, works: [] };
  const own: string[] = [];
  const place: string[] = [];
  let stage: "before" | "own" | "place" = "before";
  const headless = !tokens.some((t) => isHead(t) && !PHASE_WORDS.has(t.text));
  for (let i = 0; i < tokens.length; i++) {
    // cast: an index inside the loop's bounds, which noUncheckedIndexedAccess cannot see
    const t = tokens[i] as Token;
    if (PHASE_WORDS.has(t.text) && numberOf(tokens[i + 1]) !== null) {
      parts.phase = numberOf(tokens[i + 1]);
      i++;
      continue;
    }
    if (t.tag === "work") {
      parts.works.push(compact(t.text));
      continue;
    }
    if (stage === "before" && isHead(t)) {
      stage = "own";
      parts.heads.push(headClass(t));
      // «تونل و زیرگذر امام موسی صدر»: heads joined by «و» are one work's heads
      while (tokens[i + 1]?.tag === "and" && isHead(tokens[i + 2])) {
        // cast: an index inside the loop's bounds, which noUncheckedIndexedAccess cannot see
        parts.heads.push(headClass(tokens[i + 2] as Token));
        i += 2;
      }
      continue;
    }
    if (stage === "own" && isHead(t) && t.tag !== "unique") {
      stage = "place"; // «پارک ترافیک بوستان جوان»: what follows names where the work is
      continue;
    }
    if (stage === "before" && !headless) continue;
    i = readNaming(tokens, i, parts, stage === "place" ? place : own);
  }
  parts.heads = [...new Set(parts.heads)];
  parts.works = [...new Set(parts.works)].sort();
  parts.numbers = [...new Set(parts.numbers)].sort();
  const [naming, within] = own.length ? [own, place] : [place, []];
  parts.byPlace = !own.length && place.length > 0;
  parts.naming = dropHonorifics(naming);
  parts.within = dropHonorifics(within);
  return parts;
}

function dropHonorifics(words: readonly string[]): string[] {
  const named = words.filter((w) => !HONORIFICS.has(w));
  return named.length ? named : [...words];
}

/** Reads the token at `i` into `parts` and `naming`; returns the index of the last token read. */
function readNaming(tokens: readonly Token[], i: number, parts: NameParts, naming: string[]): number {
  // cast: an index inside the loop's bounds, which noUncheckedIndexedAccess cannot see
  const t = tokens[i] as Token;
  if (t.tag === "number") {
    if (tokens[i - 1]?.tag === "region") return i; // «منطقه ۶» says where, not which
    const n = numberOf(t);
    const size = sizeUnit(tokens, i + 1);
    if (n !== null && size) {
      parts.size ??= `${n} ${size.unit}`;
      return size.next - 1;
    }
    if (n !== null) parts.numbers.push(n);
    return i;
  }
  if (t.tag === "unique" || RAIL_WORDS.has(compact(t.text))) {
    naming.push(headClass(t) === "rail" || RAIL_WORDS.has(compact(t.text)) ? "@rail" : compact(t.text));
    return i;
  }
  if (t.tag !== "word") return i;
  const word = normaliseString(t.text);
  if (SIDES.has(word) || HONORIFICS.has(word)) naming.push(word);
  else if (!GENERIC.has(word) && !GENERIC.has(singular(t))) naming.push(word.toLowerCase());
  return i;
}
