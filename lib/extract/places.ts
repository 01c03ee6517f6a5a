// Place mentions: names and aliases from lib/districts.ts, region numbers after «منطقه/مناطق»
// (digits or words, single or listed), and «این منطقه» pointing back at the last area named.
import { PLACES, type PlaceSlug } from "../districts";
import type { PlaceMention } from "./types";
import { normaliseString } from "./normalize";
import { AFTER, alternation, atWordStart, phraseSource } from "./patterns";
import { NUMBER_WORDS } from "./number-words";

export interface Mention {
  start: number;
  end: number;
  slugs: PlaceSlug[];
  /** «این منطقه»: resolved from context, not a naming of the place. */
  anaphor: boolean;
}

// Other cities and provinces: «برق منطقه‌ای تهران», «استان تهران», «منطقه ۳ تهران» are not Qom.
const ELSEWHERE = [
  "تهران", "مشهد", "اصفهان", "شیراز", "تبریز", "کرج", "اهواز", "کرمان", "یزد", "اراک", "مرکزی", "قزوین",
  "سمنان", "همدان", "کاشان", "خراسان", "فارس", "گیلان", "مازندران", "کشور", "های", "ها", "دیگر",
];
const ELSEWHERE_AFTER = new RegExp(`^ ?${alternation(ELSEWHERE)}${AFTER}`, "u");
// «نیروگاه خورشیدی» is a power plant, not the neighbourhood.
const NOT_A_PLACE_AFTER = /^ ?(?:خورشیدی|برق|اتمی|هسته|حرارتی|سیکل|گازی|بادی|زباله|بخار)/u;

const REGION_BY_NUMBER = new Map<number, PlaceSlug>();
const NAMED = new Map<string, PlaceSlug>();
for (const p of PLACES) {
  if (p.kind === "region") REGION_BY_NUMBER.set(Number(normaliseString(p.fa).replace(/\D/g, "")), p.slug);
  else for (const name of [p.fa, ...p.aliases]) NAMED.set(normaliseString(name), p.slug);
}
const NAME_RE = new RegExp(`(${[...NAMED.keys()].sort((a, b) => b.length - a.length).map(phraseSource).join("|")})${AFTER}`, "gu");
const NAME_LOOKUP = new Map([...NAMED].map(([name, slug]) => [name.replace(/ /g, ""), slug]));

const REGION_WORDS = [...NUMBER_WORDS].filter(([, w]) => w.value >= 1 && w.value <= 8).map(([k]) => k);
const NUM = `(?:[1-8](?![\\d/]|[.,]\\d)|(?:${REGION_WORDS.join("|")})${AFTER})`;
const REGION_RE = new RegExp(`(?:منطقه|مناطق) (${NUM}(?:(?: ?[،,] ?| و ?)${NUM})*)`, "gu");

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
    const end = m.index + REGION_KEYWORD_LENGTH + length;
    if (ELSEWHERE_AFTER.test(text.slice(end, end + 12))) continue;
    const slugs = nums.map((n) => REGION_BY_NUMBER.get(n)).filter((s): s is PlaceSlug => s !== undefined);
    if (slugs.length) out.push({ start: m.index, end, slugs: [...new Set(slugs)], anaphor: false });
  }
  return out;
}

function namedMentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(NAME_RE)) {
    if (!atWordStart(text, m.index)) continue;
    const slug = NAME_LOOKUP.get(m[0].replace(/ /g, ""));
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 12);
    if (!slug || ELSEWHERE_AFTER.test(after) || NOT_A_PLACE_AFTER.test(after)) continue;
    out.push({ start: m.index, end, slugs: [slug], anaphor: false });
  }
  return out;
}

const ANAPHOR_RE = new RegExp(`این منطقه${AFTER}`, "gu");

// «از پروژه‌های این منطقه»: the area named last before it (a region or a neighbourhood).
function anaphorMentions(text: string, named: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(ANAPHOR_RE)) {
    if (!atWordStart(text, m.index)) continue;
    const prev = named.filter((n) => n.end <= m.index && n.slugs.every((s) => AREA_SLUGS.has(s))).pop();
    if (prev) out.push({ start: m.index, end: m.index + m[0].length, slugs: prev.slugs, anaphor: true });
  }
  return out;
}

const AREA_SLUGS = new Set<string>(PLACES.filter((p) => p.kind === "region" || p.kind === "neighbourhood").map((p) => p.slug));

/** Every place mention in canonical text, in order; overlaps keep the longer one. */
export function findMentions(text: string): Mention[] {
  const named = [...regionMentions(text), ...namedMentions(text)].sort((a, b) => a.start - b.start);
  const all = [...named, ...anaphorMentions(text, named)].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

export function toPlaceMentions(mentions: readonly Mention[], span: (s: number, e: number) => { quote: string; start: number; end: number }): PlaceMention[] {
  return mentions.filter((m) => !m.anaphor).flatMap((m) => m.slugs.map((slug) => ({ slug, ...span(m.start, m.end) })));
}
