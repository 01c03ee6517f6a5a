// Which places a fact belongs to: the places of its own clause, else of its sentence, else of the
// previous sentences of its paragraph, else the article's own scope, else a street or park of its
// sentence whose region the gazetteer knows. Several places named together stay one joint group;
// a parent is dropped when a child is named.
//
// The article's scope is what it is about: the region of its speaker («مدیر منطقه ۳ شهرداری قم»),
// else the one area its headline and lead name («سالن ورزشی پردیسان»), else the level of whoever
// acts (the municipality: city; the governor or a provincial agency: province).
import { PLACES, ancestorsOf, getPlace, regionOf, sortPlaceSlugs, type PlaceSlug } from "../districts";
import type { AreaHint, Mention } from "./places";
import type { Word } from "./lexicon";
import type { Piece } from "./segments";

export interface Group {
  start: number;
  end: number;
  slugs: PlaceSlug[];
}

/** Joins mentions written as one list («شهرک خودرو و شهرک صنوف», «کهک، سلفچگان و قنوات»). */
export function groupMentions(text: string, mentions: readonly Mention[]): Group[] {
  const out: Group[] = [];
  for (const m of mentions) {
    if (m.actor) continue;
    const last = out[out.length - 1];
    if (last && /^(?: ?[،,] ?| و | )?$/.test(text.slice(last.end, m.start))) {
      last.end = m.end;
      last.slugs = [...last.slugs, ...m.slugs];
    } else out.push({ start: m.start, end: m.end, slugs: [...m.slugs] });
  }
  return out;
}

const isAncestor = (a: string, b: string) => ancestorsOf(b).some((p) => p === a);

/** Distinct slugs, most specific only, in PLACES order. */
export function specific(slugs: readonly PlaceSlug[]): PlaceSlug[] {
  const set = [...new Set(slugs)];
  return sortPlaceSlugs(set.filter((a) => !set.some((b) => b !== a && isAncestor(a, b))));
}

const CITY_LEVEL = new Set<string>(PLACES.filter((p) => p.kind !== "province" && p.kind !== "town").map((p) => p.slug));
const SPECIFIC = new Set<string>(PLACES.filter((p) => p.kind !== "province" && p.kind !== "city").map((p) => p.slug));
/** Headline, dateline and lead: where an article says what it is about. */
export const LEAD_CHARS = 500;

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The one group every mention agrees on, or null when they name different areas. */
function single(groups: readonly PlaceSlug[][]): PlaceSlug[] | null {
  const first = groups[0];
  return first && groups.every((g) => sameSet(specific(g), specific(first))) ? specific(first) : null;
}

export type Level = "city" | "province";

// Bodies named without «قم» («اداره کل آموزش و پرورش», «سفر استانی»): still say who acts.
const PROVINCIAL_WORDS = /(?:^|[^\p{L}\p{N}])(?:اداره کل|مدیرکل|مدیر کل|استاندار|استانداری|فرماندار|فرمانداری|بخشدار|استانی)(?![\p{L}\p{N}])/u;
const MUNICIPAL_WORDS = /(?:^|[^\p{L}\p{N}])(?:شهرداری|شهردار|شورای اسلامی شهر|شورای شهر)(?![\p{L}\p{N}])/u;

/** Who acts in the article: the first office or organisation of its lead, else of its text. */
export function actorLevel(text: string, mentions: readonly Mention[]): Level | null {
  const actors = mentions.filter((m) => m.actor && m.level);
  const first = actors.find((m) => m.start < LEAD_CHARS) ?? actors[0];
  if (first?.level) return first.level;
  const lead = text.slice(0, LEAD_CHARS);
  const municipal = MUNICIPAL_WORDS.exec(lead)?.index ?? Infinity;
  const provincial = PROVINCIAL_WORDS.exec(lead)?.index ?? Infinity;
  if (municipal !== provincial) return municipal < provincial ? "city" : "province";
  let city = 0;
  let province = 0;
  for (const m of mentions) {
    if (m.anaphor) continue;
    for (const s of m.slugs) {
      if (CITY_LEVEL.has(s)) city++;
      else province++;
    }
  }
  if (city === 0 && province === 0) return null;
  return city >= province ? "city" : "province";
}

/** The article's own scope (see the header comment); [] when nothing says where it is. */
export function articleScope(text: string, mentions: readonly Mention[]): PlaceSlug[] {
  const speakers = single(mentions.filter((m) => m.speaker).map((m) => m.slugs));
  if (speakers) return speakers;
  const lead = mentions.filter((m) => m.start < LEAD_CHARS && !m.anaphor && !m.actor);
  const first = lead[0];
  // A headline about «استان قم» is about the province even when its lead names one project's place.
  if (first && first.slugs.every((s) => !SPECIFIC.has(s))) return [...first.slugs];
  const topic = specific(lead.flatMap((m) => m.slugs).filter((s) => SPECIFIC.has(s)));
  if (topic.length) return topic;
  const level = actorLevel(text, mentions);
  return level ? [level] : [];
}

function distance(g: { start: number; end: number }, start: number, end: number): number {
  return g.end <= start ? start - g.end : g.start >= end ? g.start - end : 0;
}

/** Nearest group to [start, end) fully inside [from, to), excluding spans in `skip`. */
export function nearestGroup<T extends { start: number; end: number }>(groups: readonly T[], start: number, end: number, from: number, to: number): T | null {
  let best: T | null = null;
  let bestD = Infinity;
  for (const g of groups) {
    if (g.start < from || g.end > to) continue;
    const d = distance(g, start, end) + (g.start >= end ? 0.5 : 0); // ties go to the place before
    if (d < bestD) [best, bestD] = [g, d];
  }
  return best;
}

export interface ScopeContext {
  groups: readonly Group[];
  pieces: readonly Piece[];
  scope: PlaceSlug[];
  /** Who acts: a municipal article's «استان قم» still means the city it works in. */
  level: Level | null;
  hints: readonly AreaHint[];
  /** The canonical text the offsets point into. */
  text: string;
  /** Where money comes from, or how far a line runs: places there place no fact (groups leave them out). */
  sources: readonly { start: number; end: number }[];
  /** The words of the text, in order. */
  words: readonly Word[];
}

const SOURCE_PHRASE = /(?:^|[^\p{L}\p{N}])از (?:محل|سوی|طرف)(?![\p{L}\p{N}])[^.،,:؛!?؟\n]*?(?= برای | جهت | به منظور | در راستای |[.،,:؛!?؟\n]|$)/gu;

// «از محدوده میدان مطهری به مسجد جمکران متصل می‌شود», «حد فاصل بلوار انسجام تا پردیسان»: the ends
// of a line say how far it runs, not where its money is spent.
const LINE_END = /^(?:متصل|منتهی|میرسد|رسد|امتداد|ادامه)/u;
const CLAUSE_BREAK = /[.،,:؛!?؟\n]/u;

/** Whether words i..j of the text are in one clause (no punctuation between them). */
function oneClause(text: string, words: readonly Word[], i: number, j: number): boolean {
  const a = words[i];
  const b = words[j];
  return a !== undefined && b !== undefined && !CLAUSE_BREAK.test(text.slice(a.end, b.start));
}

/**
 * The ends of a line: «از X به/تا Y ... متصل/منتهی/می‌رسد» and «حد فاصل X تا Y». Scanned word by
 * word (a regex with two lazy gaps tried at every «از» cost more than the rest of extraction).
 */
function findExtents(text: string, words: readonly Word[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]?.text;
    const between = w === "حد" && words[i + 1]?.text === "فاصل" ? 2 : w === "حدفاصل" ? 1 : 0;
    if (w !== "از" && between === 0) continue;
    for (let j = i + between + 1; j < Math.min(words.length, i + 14) && oneClause(text, words, i, j); j++) {
      const mid = words[j]?.text;
      if (between && mid === "تا") {
        const k = Math.min(j + 3, words.length - 1);
        let last = j;
        while (last < k && oneClause(text, words, j, last + 1)) last++;
        out.push({ start: words[i]?.start ?? 0, end: words[last]?.end ?? 0 });
        break;
      }
      if (between || (mid !== "تا" && mid !== "به")) continue;
      for (let k = j + 1; k < Math.min(words.length, j + 12) && oneClause(text, words, j, k); k++) {
        if (!LINE_END.test(words[k]?.text ?? "")) continue;
        out.push({ start: words[i]?.start ?? 0, end: words[k]?.end ?? 0 });
        break;
      }
      break;
    }
  }
  return out;
}

/** Spans that name a place without placing a fact there: funding sources and a line's ends. */
export function findExcludedSpans(text: string, words: readonly Word[]): { start: number; end: number }[] {
  return [...findSourcePhrases(text), ...findExtents(text, words)];
}

/** Spans of funding-source phrases in canonical text. */
export function findSourcePhrases(text: string): { start: number; end: number }[] {
  if (!/از (?:محل|سوی|طرف)/u.test(text)) return [];
  return [...text.matchAll(SOURCE_PHRASE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

// «این پروژه», «این طرح», «آن»: a sentence that points back takes the places of the one before.
const POINTS_BACK = /(?:^|[^\p{L}\p{N}])(?:این|همین|آن|اين)(?: (?:پروژه|طرح|بوستان|پارک|مجموعه|سالن|اعتبار|مبلغ|منطقه|محله|شهر|بخش|شهرستان|روستا|فاز|خط|مسیر|بلوار|خیابان|کار|اقدام)(?:ها)?)?(?![\p{L}\p{N}])/u;

/** Places lent by the nearest earlier piece of the same paragraph that names some. */
export function carriedPlaces(ctx: ScopeContext, pieceIndex: number, text?: string): PlaceSlug[] | null {
  const piece = ctx.pieces[pieceIndex];
  if (text !== undefined && piece && !POINTS_BACK.test(text.slice(piece.start, piece.end))) return null;
  for (let i = pieceIndex - 1; piece && i >= 0 && i >= pieceIndex - 1; i--) {
    const prev = ctx.pieces[i];
    if (!prev || prev.para !== piece.para) return null;
    const inside = ctx.groups.filter((g) => g.start >= prev.start && g.end <= prev.end);
    const last = inside[inside.length - 1];
    if (last) return last.slugs;
  }
  return null;
}

/**
 * A fact's places as stored: a gazetteer neighbourhood counts in its region (the unit budgets and
 * the hand annotations use), and in a municipal article «استان قم» is the city the municipality
 * works in.
 */
export function factPlaces(ctx: ScopeContext, slugs: readonly PlaceSlug[]): PlaceSlug[] {
  const out = slugs.map((s) => {
    if (s === "province" && ctx.level === "city") return "city";
    const place = getPlace(s);
    return place && "sources" in place ? (regionOf(s) ?? s) : s;
  });
  return specific(out);
}

const BROAD = new Set<string>(["city", "province"]);

/** Districts of a figure at [start, end) whose clause is [from, to) inside piece `pieceIndex`. */
export function figureDistricts(ctx: ScopeContext, pieceIndex: number, start: number, end: number, from: number, to: number): { slugs: PlaceSlug[]; weak: boolean } {
  const piece = ctx.pieces[pieceIndex];
  const groups = ctx.groups;
  // Its clause's places, else the places its sentence opens with, else where the sentence says it
  // all happens («... در منطقه ۲ و ۶ به بهره‌برداری می‌رسد»); other later places belong to later figures.
  const locative = groups.filter((g) => g.start >= to && /(?:^|[^\p{L}\p{N}])در $/u.test(ctx.text.slice(Math.max(0, g.start - 3), g.start)));
  const own = nearestGroup(groups, start, end, from, to) ?? (piece ? nearestGroup(groups, start, end, piece.start, from) ?? nearestGroup(locative, start, end, to, piece.end) : null);
  if (own) return { slugs: factPlaces(ctx, own.slugs), weak: false };
  // The previous sentence lends its places unless they are broader than what the article is about.
  const carried = carriedPlaces(ctx, pieceIndex, ctx.text);
  const lend = carried && !(carried.every((s) => BROAD.has(s)) && ctx.scope.some((s) => !BROAD.has(s))) ? carried : ctx.scope;
  const borrowed = factPlaces(ctx, lend);
  const hint = piece && borrowed.every((s) => BROAD.has(s)) ? nearestGroup(ctx.hints, start, end, piece.start, piece.end) : null;
  return { slugs: hint ? [hint.region] : borrowed, weak: true };
}
