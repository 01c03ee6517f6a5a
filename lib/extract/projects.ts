// Projects of one article: names from project-items.ts (and «به زودی X فعال می‌شود»), each with
// the status its clause states, a category from its own words, and the places of its clause.
import type { ExtractedProject, ProjectCategory, ProjectStatus } from "./types";
import { CATEGORY_WORDS, FUTURE_WORKS_VERBS, STATUS_CUES, VAGUE_WORDS } from "./project-lexicon";
import { findItems, type Item } from "./project-items";
import { alternation, atWordStart, hitsIn, testWord, wordRegex } from "./patterns";
import { carriedPlaces, nearestGroup, specific, type ScopeContext } from "./scope";
import { SAME_NAME, canonicalTokens, tokenOverlap } from "./overlap";

export type RawProject = Omit<ExtractedProject, "quote" | "start" | "end" | "name" | "amount_index"> & {
  start: number;
  end: number;
  piece: number;
};

const STATUS_RES = STATUS_CUES.map(([status, words]) => [status, wordRegex(words, { prefix: true })] as const);
const CATEGORY_RES = CATEGORY_WORDS.map(([cat, words]) => [cat, wordRegex(words, { prefix: true, flags: "" })] as const);
const VAGUE_START = new RegExp(`^ ?${alternation(["این", "آن", "همین", "چنین", "یک"])}(?![\\p{L}])`, "u");
const VAGUE = wordRegex(VAGUE_WORDS, { flags: "" });
const LOCATIVE = / در /gu;
const AREA_WORD = /منطقه|مناطق|محله|سطح|شهرک|محدوده/u;
const CONTEXT = /پروژه|طرح|انجام (?:می|شد|خواهد)|اجرا (?:می|شد|خواهد)/u;
const ALSO = wordRegex(["نیز"], { flags: "" });
const FUTURE = new RegExp(
  `به ?زودی ((?!(?:با|در|از|به|برای|تا|هم|نیز) )[^.،:؛\\n]{2,60}?) ${alternation(FUTURE_WORKS_VERBS)} (?:می ?شود|خواهد شد)`,
  "gu",
);

export function categorise(name: string): ProjectCategory {
  for (const [cat, re] of CATEGORY_RES) if (testWord(re, name)) return cat;
  return "other";
}

/** End of the name: the item without a trailing «در ...» that only says where it is. */
function nameEnd(text: string, item: Item, ctx: ScopeContext): number {
  for (const m of hitsIn(LOCATIVE, text, item.headEnd, item.end)) {
    const rest = text.slice(m.start, item.end);
    if (AREA_WORD.test(rest) || ctx.groups.some((g) => g.start >= m.start && g.end <= item.end)) return m.start;
  }
  return item.end;
}

interface Cue {
  start: number;
  end: number;
  status: ProjectStatus;
}

function findCues(text: string): Cue[] {
  return STATUS_RES.flatMap(([status, re]) => hitsIn(re, text).map((h) => ({ start: h.start, end: h.end, status })));
}

function statusNear(cues: readonly Cue[], from: number, to: number, start: number, end: number): ProjectStatus | null {
  let best: ProjectStatus | null = null;
  let bestD = Infinity;
  for (const c of cues) {
    if (c.start < from || c.end > to || (c.start >= start && c.end <= end)) continue; // «تکمیل سوله» is a name
    const d = c.end <= start ? start - c.end : c.start - end;
    if (d < bestD) [best, bestD] = [c.status, d];
  }
  return best;
}

function futureItems(text: string, from: number, to: number): Item[] {
  const out: Item[] = [];
  FUTURE.lastIndex = from;
  for (let m = FUTURE.exec(text); m && m.index < to; m = FUTURE.exec(text)) {
    if (!atWordStart(text, m.index)) {
      FUTURE.lastIndex = m.index + 1;
      continue;
    }
    const np = m[1] ?? "";
    const start = m.index + m[0].indexOf(np);
    if (start + np.length <= to && np.split(" ").length <= 8) out.push({ start, end: start + np.length, headEnd: start });
  }
  return out;
}

/** Projects of the article, in text order, merged when two mentions name the same work. */
export function findProjects(text: string, ctx: ScopeContext): (RawProject & { nameStart: number; nameEnd: number })[] {
  const out: (RawProject & { nameStart: number; nameEnd: number; tokens: Set<string> })[] = [];
  const cues = findCues(text);
  ctx.pieces.forEach((piece, pi) => {
    const items = [...findItems(text, piece.start, piece.end), ...futureItems(text, piece.start, piece.end)];
    for (const item of items) {
      const ne = nameEnd(text, item, ctx);
      const name = text.slice(item.start, ne);
      if (VAGUE_START.test(text.slice(item.headEnd, ne)) || testWord(VAGUE, name.slice(item.headEnd - item.start))) continue;
      let status = statusNear(cues, piece.start, piece.end, item.start, item.end);
      const prev = ctx.pieces[pi - 1];
      if (!status && prev && prev.stop === ":" && prev.para === piece.para) status = statusNear(cues, prev.start, prev.end, prev.end, prev.end);
      if (!status && testWord(ALSO, text.slice(piece.start, piece.end))) status = [...out].reverse().find((p) => p.status && ctx.pieces[p.piece]?.para === piece.para)?.status ?? null;
      if (!status && !CONTEXT.test(text.slice(piece.start, piece.end))) continue;
      const inside = ctx.groups.filter((g) => g.start >= item.start && g.end <= item.end);
      const outside = ctx.groups.filter((g) => !items.some((it) => g.start >= it.start && g.end <= it.end));
      const near = nearestGroup(outside, item.start, item.end, piece.start, piece.end);
      const slugs = inside.length ? inside.flatMap((g) => g.slugs) : (near?.slugs ?? carriedPlaces(ctx, pi) ?? ctx.scope);
      const tokens = canonicalTokens(name);
      const project = { start: item.start, end: item.end, nameStart: item.start, nameEnd: ne, piece: pi, status, category: categorise(name), districts: specific(slugs), tokens };
      const same = out.find((p) => tokenOverlap(p.tokens, tokens) >= SAME_NAME);
      if (same) same.status ??= status;
      else out.push(project);
    }
  });
  return out;
}
