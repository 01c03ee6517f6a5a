// Projects of one article: the named works of project-phrases.ts, each with the status its
// sentence states, a category from its own words and the places it names (else its sentence's,
// else the article's). One work named twice is one project.
import type { PlaceSlug } from "../districts";
import type { ExtractedProject, ProjectCategory, ProjectStatus } from "./types";
import { CATEGORY_WORDS, STATUS_CUES } from "./project-lexicon";
import { findPhrases, type Phrase } from "./project-phrases";
import { GENERIC, type Token } from "./project-tokens";
import { hitsIn, testWord, wordRegex } from "./patterns";
import { normaliseString } from "./normalize";
import { carriedPlaces, factPlaces, nearestGroup, type ScopeContext } from "./scope";

export type RawProject = Omit<ExtractedProject, "quote" | "start" | "end" | "name" | "amount_index"> & {
  start: number;
  end: number;
  piece: number;
  /** What tells this work from another (its head and naming words). */
  id: string;
  /** The name's words as canonical spans; a list item's name is not one slice of the text. */
  nameSpans: NameSpan[];
};

/** A word of a name: a canonical span, and letters to add when a plural is read in the singular. */
export type NameSpan = [number, number] | [number, number, string];

// One pass for every cue: the keyword found tells its status.
const STATUS_RE = wordRegex(STATUS_CUES.flatMap(([, words]) => words), { prefix: true });
const STATUS_OF = new Map<string, ProjectStatus>();
for (const [status, words] of STATUS_CUES) for (const w of words) if (!STATUS_OF.has(canonicalKey(w))) STATUS_OF.set(canonicalKey(w), status);
function canonicalKey(s: string): string {
  return normaliseString(s).replace(/ /g, "");
}
const CATEGORY_RES = CATEGORY_WORDS.map(([cat, words]) => [cat, wordRegex(words, { prefix: true, flags: "" })] as const);

export function categorise(name: string): ProjectCategory {
  for (const [cat, re] of CATEGORY_RES) if (testWord(re, name)) return cat;
  return "other";
}

interface Cue {
  start: number;
  end: number;
  status: ProjectStatus;
}

function findCues(text: string, from: number, to: number): Cue[] {
  return hitsIn(STATUS_RE, text, from, to).flatMap((h) => {
    const status = STATUS_OF.get(h.text.replace(/ /g, ""));
    return status ? [{ start: h.start, end: h.end, status }] : [];
  });
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

/**
 * The words a name keeps: no leading «احداث/ساخت …» that only says it was built (nor the works
 * listed with it: «تکمیل و بهره‌برداری از شهربازی غدیر» names the park), no trailing linker.
 */
function nameTokens(p: Phrase): Token[] {
  const head = p.tokens.findIndex((t) => t.tag === "head" || t.tag === "unique");
  let s = head > 0 && p.tokens[head - 1]?.tag === "build" ? head : 0;
  while (s < p.tokens.length - 1 && (p.tokens[s]?.tag === "build" || (p.tokens[s]?.tag === "project" && p.tokens[s + 1]?.tag !== "word"))) s++;
  while (p.tokens[s]?.tag === "and") s++;
  let e = p.tokens.length;
  while (e > s + 1 && ["and", "prep", "comma"].includes(p.tokens[e - 1]?.tag ?? "")) e--;
  return p.tokens.slice(s, e);
}

/** Spans of the name's words; a plural listed in the singular keeps its ezafe («روستاهای» → «روستای»). */
function spansOf(p: Phrase, tokens: readonly Token[]): NameSpan[] {
  const pluralToken = p.tokens[p.pluralAt];
  return tokens.map((t) => {
    if (t !== pluralToken) return [t.start, t.end];
    const ezafe = /های$/u.test(t.text) && /[اآو]$/u.test(t.text.slice(0, t.singularEnd - t.start)) ? "ی" : "";
    return [t.start, t.singularEnd, ezafe];
  });
}

/** What tells one work from another: its head and naming words, not its works or adjectives. */
function identity(tokens: readonly Token[], unique: boolean): string {
  // «قطار شهری», «مترو», «متروی قم» name one work; so does a bare «فرودگاه»
  if (unique && tokens.length <= 2) return `unique:${/فرودگاه/u.test(tokens.map((t) => t.text).join(" ")) ? "airport" : /مونوریل/u.test(tokens.map((t) => t.text).join(" ")) ? "monorail" : "rail"}`;
  return tokens
    .filter((t) => (t.tag === "word" || t.tag === "number" || t.tag === "head" || t.tag === "unique") && !GENERIC.has(t.text))
    .map((t) => t.text.slice(0, t.singularEnd - t.start))
    .join(" ");
}
const worksOf = (tokens: readonly Token[]) => tokens.filter((t) => t.tag === "work").map((t) => t.text).join(" ");

function placesOf(ctx: ScopeContext, pi: number, start: number, end: number): PlaceSlug[] {
  const piece = ctx.pieces[pi];
  const inside = ctx.groups.filter((g) => g.start >= start && g.end <= end);
  if (inside.length) return factPlaces(ctx, inside.flatMap((g) => g.slugs));
  const near = piece ? nearestGroup(ctx.groups, start, end, piece.start, piece.end) : null;
  return factPlaces(ctx, near?.slugs ?? carriedPlaces(ctx, pi, ctx.text) ?? ctx.scope);
}

/**
 * Projects of the article, in text order, merged when two mentions name the same work; and which
 * work each sentence names first (`workOf`), for telling figures of different works apart.
 */
export function findProjects(text: string, ctx: ScopeContext): { projects: RawProject[]; workOf: Map<number, string> } {
  const out: (RawProject & { works: string })[] = [];
  const workOf = new Map<number, string>();
  let w = 0;
  ctx.pieces.forEach((piece, pi) => {
    while (w < ctx.words.length && (ctx.words[w]?.start ?? 0) < piece.start) w++;
    let e = w;
    while (e < ctx.words.length && (ctx.words[e]?.end ?? 0) <= piece.end) e++;
    const phrases = findPhrases(text, piece.start, piece.end, ctx.words.slice(w, e)).filter((p) => p.identified && !p.location);
    if (!phrases.length) return;
    const prev = ctx.pieces[pi - 1];
    const cues = findCues(text, prev && prev.stop === ":" && prev.para === piece.para ? prev.start : piece.start, piece.end);
    for (const phrase of phrases) {
      const tokens = nameTokens(phrase);
      const id = identity(tokens, phrase.unique);
      if (!workOf.has(pi)) workOf.set(pi, id);
      const works = worksOf(tokens);
      // «کلنگ‌زنی احداث ...», «افتتاح ...» before the name say its status first; words of the name do not
      const nameStart = tokens[0]?.start ?? phrase.start;
      let status = statusNear(cues, phrase.start, nameStart, nameStart, nameStart) ?? statusNear(cues, piece.start, piece.end, nameStart, phrase.end);
      if (!status && prev && prev.stop === ":" && prev.para === piece.para) status = statusNear(cues, prev.start, prev.end, prev.end, prev.end);
      const nameSpans = spansOf(phrase, tokens);
      const same = out.find((p) => p.id === id && (p.works === works || !works || !p.works));
      if (same) {
        same.status ??= status;
        // «مترو» then «پروژه قطار شهری»: the fuller name of one work wins
        const length = (spans: readonly NameSpan[]) => spans.reduce((n, [a, b]) => n + b - a, 0);
        if (phrase.unique && length(nameSpans) > length(same.nameSpans)) same.nameSpans = nameSpans;
        continue;
      }
      const name = nameSpans.map(([s, e, add]) => text.slice(s, e) + (add ?? "")).join(" ");
      out.push({
        start: phrase.start, end: phrase.end, piece: pi, nameSpans, status, category: categorise(name),
        districts: placesOf(ctx, pi, phrase.start, phrase.end), id, works,
      });
    }
  });
  // A bare «قطار شهری» says nothing more when a phase or line of it is a project of its own.
  const railParts = out.filter((p) => !p.id.startsWith("unique:") && /قطار شهری|مترو|مونوریل/u.test(p.id));
  const projects = railParts.length ? out.filter((p) => !p.id.startsWith("unique:rail") && !p.id.startsWith("unique:monorail")) : out;
  return { projects, workOf };
}
