// Project names as a grammar. A name is a noun phrase built around a head (a civic work:
// «بوستان», «تقاطع», «خط انتقال» …): the works done to it before it («بهسازی و بازگشایی»,
// «تعویض لوله‌های»), then its modifiers and its name after it, running on until a verb, a
// linker, money or a new work. It is a project only when something in it tells which work it
// is: a proper name, a place, a number or an ordinal («بوستان بصیرت», «کلانتری ۱۳», «فاز دوم
// بلوار ...»), or it is a work the city has one of («قطار شهری»). Lists are split («بوستان‌های
// حکمت، همت و ثامن» is three parks) and a work that lacks its place borrows it from the work it
// is listed with («استخر سرپوشیده و سالن چندمنظوره در شهرک مهدیه»). A street or landmark named
// without a work done to it only says where something is.
import { GENERIC, MARKERS, isJunction, isLandmark, isPlaceNoun, isStreet, mayNameWork, tokenize, type Token } from "./project-tokens";
import { splitWords, type Word } from "./lexicon";
import { normaliseString } from "./normalize";

export interface Phrase {
  /** Tokens of the name, in order (list items share the tokens of their common prefix). */
  tokens: Token[];
  /** Index in `tokens` of a plural noun read in the singular in this item's name, or -1. */
  pluralAt: number;
  /** Span of the whole phrase in canonical text (for the quote and the status). */
  start: number;
  end: number;
  identified: boolean;
  hasWork: boolean;
  /** The phrase only says where something is, or points back («این بوستان»): not a work. */
  location: boolean;
  /** The head of the phrase is a work the city has one of. */
  unique: boolean;
}

const MAX_LEFT = 8;
const MAX_TOKENS = 16;
/** Words of a name after the first one that tells which work it is. */
const MAX_AFTER_NAME = 3;
const canonSet = (words: readonly string[]) => new Set(words.map((w) => normaliseString(w)));
const LOCATIVE_BEFORE = canonSet(["در", "از", "تا", "به", "کنار", "نزدیک", "مقابل", "جنب", "روبروی", "روبه‌روی", "روبرو", "حاشیه", "محدوده", "محل", "سمت", "داخل", "ابتدای", "انتهای", "بعد از", "حد فاصل", "حدفاصل", "در کنار", "در مسیر", "در ادامه", "اطراف", "پیرامون"]);
const ORGANISATION_BEFORE = canonSet(["سازمان", "اداره", "اداره کل", "معاونت", "مدیریت", "شرکت", "کمیسیون", "ستاد", "واحد", "دفتر", "معاون", "مدیر", "مدیرکل", "رئیس", "رییس", "مسئول", "کارشناس"]);
const POINTING = canonSet(["این", "آن", "همین", "همان"]);
const SIZE_UNIT = /^(?:متر|مترمربع|مترمکعبی|هکتار|هکتاری|نفری|تختخوابی|تخت|کلاسه|کیلومتری|مگاواتی|واحدی|طبقه|مربع|مکعبی)$/u;
const MONEY_AFTER = /^(?:هزار|میلیون|میلیارد|ریال|تومان|همت|درصد|درصدی)$/u;
/** Heads that count parts of another work: «فاز دوم» alone is no work. */
const PART_OF = /^(?:فاز|مرحله|بخش)/u;

function identifies(t: Token): boolean {
  if (t.tag === "number" || MARKERS.has(t.text) || /^[A-Za-z]/.test(t.text)) return true;
  return t.tag === "word" && !GENERIC.has(t.text) && !GENERIC.has(t.text.slice(0, t.singularEnd - t.start)) && !isPlaceNoun(t) && t.text.length > 1;
}

const nameable = (t: Token | undefined) => t !== undefined && (t.tag === "word" || t.tag === "number") && !POINTING.has(t.text);

/**
 * Start of the phrase whose head is at `h`: the works done to it and their objects before it
 * («تعویض لوله‌های بلوار ...», «ایمن‌سازی ... حد فاصل بلوار ...»), back to the first work word;
 * a head with no work before it starts its own phrase. Never before `floor`.
 */
function leftEdge(tokens: readonly Token[], h: number, floor: number): { start: number; locative: boolean } {
  let s = h;
  let prep = -1;
  for (let k = h - 1; k >= floor && h - k <= MAX_LEFT; k--) {
    const t = tokens[k];
    if (!t) break;
    if (t.tag === "build" || t.tag === "work") s = k;
    else if (t.tag === "project") {
      s = k;
      break;
    } else if (t.tag === "and" && k > floor && ["work", "build", "word"].includes(tokens[k - 1]?.tag ?? "")) continue;
    // «نصب سیستم صوت در بلوار ...», «ایمن‌سازی راه‌ها حد فاصل بلوار ...»: a work placed on the head
    else if (t.tag === "prep" && ["در", "به", "در کنار", "حد فاصل", "حدفاصل"].includes(t.text)) prep = prep < 0 ? k : prep;
    else if (t.tag !== "number" && (t.tag !== "word" || MARKERS.has(t.text) || POINTING.has(t.text))) break;
  }
  // A head just after «در/به» (a count between at most) with no work before it is a place.
  const adjacent = prep >= 0 && tokens.slice(prep + 1, h).every((x) => x.tag === "number");
  return { start: s, locative: adjacent && s === h };
}

/**
 * Whether a preposition at `j` goes on with the name: a route («از بلوار الف تا بلوار ب», «حد فاصل
 * ... تا ...»), or «در/به» + a named place for a work not yet named («مخزن بتنی در میدان روح‌الله»).
 */
function continuesAt(tokens: readonly Token[], j: number, head: Token | undefined, identified: boolean, route: boolean): boolean {
  const w = tokens[j]?.text;
  const next = tokens[j + 1]?.tag === "number" && w !== "تا" ? tokens[j + 2] : tokens[j + 1]; // «در دو بوستان»
  const place = next !== undefined && (next.tag === "head" || isPlaceNoun(next) || MARKERS.has(next.text));
  if (w === "حد فاصل" || w === "حدفاصل") return true;
  if (w === "تا") return route ? place || nameable(next) : (isStreet(head) || isJunction(head)) && place;
  if (w === "از") return isStreet(next) && tokens.slice(j, j + 9).some((x) => x.text === "تا");
  return !identified && place && next?.tag !== "region";
}

interface Growth {
  end: number;
  identified: boolean;
  /** Named only by a place after «در/به» («... در بوستان خضر نبی»). */
  viaLocative: boolean;
  /** List items: [start, end) token ranges after the shared prefix. */
  items: [number, number][];
  /** First token that tells which work it is. */
  firstId: number;
  pluralAt: number;
}

/** Extends the phrase to the right of its head at `h`. */
function grow(tokens: readonly Token[], h: number): Growth {
  const head = tokens[h];
  let identified = head?.tag === "unique"; // the city has one: named by its head
  let bare = true;
  let route = false;
  let pluralAt = head?.plural ? h : -1;
  let firstId = identified ? h : -1;
  let afterName = 0;
  let part = -1; // «فاز دوم»: names a part only if a work or a name follows
  let locative = false;
  let viaLocative = false;
  const pointed = POINTING.has(tokens[h - 1]?.text ?? ""); // «این بوستان سالن ...»: a new noun phrase
  const items: [number, number][] = [];
  const mark = (k: number) => {
    if (!identified) [firstId, viaLocative] = [k, locative];
    else afterName++;
    identified = true;
  };
  let j = h + 1;
  for (; j < tokens.length && j - h < MAX_TOKENS && afterName <= MAX_AFTER_NAME; j++) {
    const t = tokens[j] as Token;
    const next = tokens[j + 1]?.tag === "quote" ? tokens[j + 2] : tokens[j + 1];
    if (t.tag === "quote") continue;
    if (t.tag === "punct" && /^[-–]$/.test(t.text) && (isStreet(head) || route) && nameable(next)) continue; // «محور قم – قنوات»
    if (t.tag === "stop" && t.text === "برای" && !identified && isPlaceNoun(next)) {
      locative = true; // «خط لوله برای شهر دستجرد»
      continue;
    }
    if ((t.tag === "comma" || t.tag === "and") && identified && pluralAt >= 0 && nameable(next) && !isStreet(next) && next?.tag !== "stop") {
      if (items.length === 0) items.push([firstId, j]);
      let e = j + 1;
      while (e < tokens.length && (tokens[e]?.tag === "quote" || (nameable(tokens[e]) && identifies(tokens[e] as Token)))) e++;
      items.push([j + 1, e]);
      j = e - 1;
      continue;
    }
    if (t.tag === "and") {
      const joins = (next?.tag === "head" && ((isJunction(head) && isStreet(next)) || (bare && !identified))) || (isPlaceNoun(head) && isPlaceNoun(next));
      const names = nameable(next) && identified && (isJunction(head) || isStreet(head));
      if (!joins && !names) break;
      continue;
    }
    if (t.tag === "prep") {
      if (!continuesAt(tokens, j, head, identified, route)) break;
      if (t.text !== "در" && t.text !== "به") [route, afterName] = [true, 0];
      else locative = true;
      if (next?.tag === "number" && t.text !== "تا") {
        pluralAt = j + 1; // «در دو بوستان هاشمی و معلم»: a count lists what follows
        j++;
      }
      continue;
    }
    if (t.tag === "region") {
      if (tokens[j + 1]?.tag === "number" || tokens[j + 1]?.tag === "word") j++;
      bare = false;
      continue;
    }
    if (t.tag === "number") {
      const unit = next;
      if (unit && MONEY_AFTER.test(unit.text)) break;
      if (identified && unit?.tag === "head") break; // «بوستان ترافیک پردیسان دو زمین بازی»: a new count
      if (unit && SIZE_UNIT.test(unit.text)) {
        // a size names a single work («بیمارستان ۲۰۰ تختخوابی»), not a counted set («سه بوستان هفت هکتاری»)
        if (j === h + 1 && tokens[h - 1]?.tag !== "number") mark(j);
        j++;
      } else if (PART_OF.test(head?.text ?? "") && j === h + 1) part = j;
      else mark(j);
      bare = false;
      continue;
    }
    if (t.tag === "word" && POINTING.has(t.text)) break;
    if ((t.tag === "work" || t.tag === "build") && identified) break; // «... بلوار رجایی ادامه دارد»
    if (pointed && (t.tag === "head" || t.tag === "unique") && tokens[j - 1]?.tag !== "and") break;
    if (t.tag === "word" || t.tag === "head" || t.tag === "work" || t.tag === "unique" || t.tag === "project") {
      if (t.plural && (isPlaceNoun(t) || t.tag === "head")) pluralAt = j;
      if (t.tag === "head" || t.tag === "unique") afterName = 0;
      if (identifies(t)) mark(j);
      else if (identified) afterName++;
      bare = false;
      continue;
    }
    break;
  }
  if (!identified && part >= 0 && tokens.slice(part + 1, j).some((x) => x.tag === "head")) mark(part);
  return { end: j, identified, viaLocative, items, firstId, pluralAt };
}

type Built = Phrase & { lastHead: number; startTok: number; endTok: number };

function build(tokens: readonly Token[], s: number, h: number, g: Growth, locative: boolean): Built[] {
  const t = tokens[h] as Token;
  const before = tokens[s - 1];
  let hasWork = false;
  let lastHead = h;
  const kept: Token[] = [];
  for (let i = s; i < g.end; i++) {
    const x = tokens[i] as Token;
    if (x.tag === "work" || x.tag === "build") hasWork = true;
    if (i > h && (x.tag === "head" || isPlaceNoun(x))) lastHead = i;
    if (x.tag !== "quote") kept.push(x);
  }
  const pointing = s === h && POINTING.has(tokens[h - 1]?.text ?? "");
  const location = pointing || locative || (!hasWork && (isLandmark(t) || g.viaLocative || (before !== undefined && LOCATIVE_BEFORE.has(before.text))));
  const organisation = before !== undefined && ORGANISATION_BEFORE.has(before.text);
  const start = tokens[s]?.start ?? t.start;
  const end = tokens[g.end - 1]?.end ?? t.end;
  const phrase = (own: Token[], pluralAt: number, identified: boolean): Built => ({
    tokens: own, pluralAt, start, end, identified, hasWork, location: location || organisation, unique: t.tag === "unique",
    lastHead, startTok: s, endTok: g.end,
  });
  const plural = tokens[g.pluralAt];
  if (!g.items.length) return [phrase(kept, plural && g.pluralAt >= s ? kept.indexOf(plural) : -1, g.identified || t.tag === "unique")];
  // A plural head lists works («بوستان‌های علوی و زائر»): each item is the work, not what is done.
  const from = g.pluralAt === h ? h : s;
  const prefix = tokens.slice(from, g.firstId).filter((x, i) => x.tag !== "quote" && !(x.tag === "number" && from + i === g.pluralAt));
  const at = plural ? prefix.indexOf(plural) : -1;
  return g.items.map(([a, b]) => phrase([...prefix, ...tokens.slice(a, b).filter((x) => x.tag !== "quote")], at, true));
}

/** Every candidate project phrase of the sentence [from, to) of canonical text. */
export function findPhrases(text: string, from: number, to: number, words: readonly Word[] = splitWords(text, from, to)): Phrase[] {
  if (!mayNameWork(words)) return [];
  const tokens = tokenize(text, from, to, words);
  const out: Built[] = [];
  let floor = 0;
  for (let h = 0; h < tokens.length; h++) {
    const t = tokens[h] as Token;
    if (t.tag === "project" && MARKERS.has(tokens[h + 1]?.text ?? "")) {
      // «پروژه شهیدان موسوی», «طرح شهیدان برقعی»: a work named by its proper name alone
      let e = h + 1;
      while (e < tokens.length && e - h < 5 && nameable(tokens[e])) e++;
      out.push({ tokens: tokens.slice(h, e), pluralAt: -1, start: t.start, end: tokens[e - 1]?.end ?? t.end, identified: true, hasWork: false, location: false, unique: false, lastHead: h, startTok: h, endTok: e });
      [floor, h] = [e, e - 1];
      continue;
    }
    // A place noun after a work is the work's object: «برق‌رسانی شهرک خودرو», «آب‌رسانی به روستاهای ...»
    const worked = isPlaceNoun(t) && (tokens[h - 1]?.tag === "work" || (tokens[h - 1]?.text === "به" && tokens[h - 2]?.tag === "work"));
    if (t.tag !== "head" && t.tag !== "unique" && !worked) continue;
    const { start: s, locative } = leftEdge(tokens, h, floor);
    const g = grow(tokens, h);
    out.push(...build(tokens, s, h, g, locative));
    [floor, h] = [g.end, g.end - 1];
  }
  return coordinate(out, tokens);
}

/**
 * Works listed together share what the list says of them: a work done to the first applies to
 * the next («احداث ادامه بلوار رجایی و خیابان گمرک»), a place said of the last applies to an
 * unnamed first («استخر سرپوشیده و سالن چندمنظوره در شهرک مهدیه»), and a place listed after a
 * place is a place too.
 */
function coordinate(phrases: Built[], tokens: readonly Token[]): Phrase[] {
  for (let i = 1; i < phrases.length; i++) {
    const [prev, p] = [phrases[i - 1] as Built, phrases[i] as Built];
    if (p.startTok !== prev.endTok + 1) continue;
    const link = tokens[prev.endTok]?.tag;
    if (link !== "and" && !(link === "comma" && prev.location)) continue;
    if (prev.hasWork && !p.hasWork) [p.hasWork, p.location] = [true, false];
    else if (prev.location && !p.hasWork) p.location = true;
  }
  return phrases.map((p, i) => {
    const next = phrases[i + 1];
    if (p.identified || p.pluralAt >= 0 || !next?.identified || tokens[p.endTok]?.tag !== "and" || next.startTok !== p.endTok + 1) return p;
    // Only a place or an owning building is shared («... شهرک مهدیه», «... مسجد جمکران»), not a street.
    const owner = tokens[next.lastHead];
    if (!owner || isStreet(owner) || !(isPlaceNoun(owner) || isLandmark(owner))) return p;
    const tail = tokens.slice(next.lastHead, next.endTok).filter((x) => x.tag !== "quote" && x.tag !== "prep");
    return tail.some(identifies) ? { ...p, tokens: [...p.tokens, ...tail], end: next.end, identified: true } : p;
  });
}
