// Which places a fact belongs to: the places of its own clause, else of its sentence, else of the
// previous sentence in the paragraph, else the article's own scope (city or province).
// Several places named together stay one joint group; a parent is dropped when a child is named.
import { PLACES, getPlace, sortPlaceSlugs, type PlaceSlug } from "../districts";
import type { Mention } from "./places";
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
    const last = out[out.length - 1];
    if (last && /^(?: ?[،,] ?| و | )?$/.test(text.slice(last.end, m.start))) {
      last.end = m.end;
      last.slugs = [...last.slugs, ...m.slugs];
    } else out.push({ start: m.start, end: m.end, slugs: [...m.slugs] });
  }
  return out;
}

function isAncestor(a: string, b: string): boolean {
  for (let p = getPlace(b)?.parent ?? null; p; p = getPlace(p)?.parent ?? null) if (p === a) return true;
  return false;
}

/** Distinct slugs, most specific only, in PLACES order. */
export function specific(slugs: readonly PlaceSlug[]): PlaceSlug[] {
  const set = [...new Set(slugs)];
  return sortPlaceSlugs(set.filter((a) => !set.some((b) => b !== a && isAncestor(a, b))));
}

const CITY_LEVEL = new Set<string>(PLACES.filter((p) => p.kind !== "province" && p.kind !== "town").map((p) => p.slug));

/** The article's own scope: city when it talks about the city's places, province otherwise. */
export function articleScope(mentions: readonly Mention[]): PlaceSlug[] {
  let city = 0;
  let province = 0;
  for (const m of mentions) {
    if (m.anaphor) continue;
    for (const s of m.slugs) {
      if (CITY_LEVEL.has(s)) city++;
      else province++;
    }
  }
  if (city === 0 && province === 0) return [];
  return [city >= province ? "city" : "province"];
}

function distance(g: Group, start: number, end: number): number {
  return g.end <= start ? start - g.end : g.start >= end ? g.start - end : 0;
}

/** Nearest group to [start, end) fully inside [from, to), excluding spans in `skip`. */
export function nearestGroup(groups: readonly Group[], start: number, end: number, from: number, to: number): Group | null {
  let best: Group | null = null;
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
}

/** Places lent by the nearest earlier piece of the same paragraph that names some. */
export function carriedPlaces(ctx: ScopeContext, pieceIndex: number): PlaceSlug[] | null {
  const piece = ctx.pieces[pieceIndex];
  for (let i = pieceIndex - 1; piece && i >= 0 && i >= pieceIndex - 3; i--) {
    const prev = ctx.pieces[i];
    if (!prev || prev.para !== piece.para) return null;
    const inside = ctx.groups.filter((g) => g.start >= prev.start && g.end <= prev.end);
    const last = inside[inside.length - 1];
    if (last) return last.slugs;
  }
  return null;
}

/** Districts of a figure at [start, end) whose clause is [from, to) inside piece `pieceIndex`. */
export function figureDistricts(ctx: ScopeContext, pieceIndex: number, start: number, end: number, from: number, to: number): { slugs: PlaceSlug[]; weak: boolean } {
  const piece = ctx.pieces[pieceIndex];
  const own = nearestGroup(ctx.groups, start, end, from, to) ?? (piece ? nearestGroup(ctx.groups, start, end, piece.start, piece.end) : null);
  if (own) return { slugs: specific(own.slugs), weak: false };
  const carried = carriedPlaces(ctx, pieceIndex);
  return { slugs: specific(carried ?? ctx.scope), weak: true };
}
