// Public API of the fact extractor: extractArticle (facts with exact spans), extractMeta, the
// number and money readers, and decodeArticle for the CLI and the ingest script.
import { sortPlaceSlugs } from "../districts";
import type { ExtractedAmount, ExtractedProject, ExtractedQuantity, Extraction } from "./types";
import { normalise, toOriginal, type NormText } from "./normalize";
import { findMentions, toPlaceMentions } from "./places";
import { buildContext } from "./context";
import { splitWords } from "./lexicon";
import { findFigures } from "./figures";
import { findProjects, type NameSpan } from "./projects";

export { extractMeta } from "./meta";
export { decodeArticle } from "./decode";
export { parseNumber } from "./numbers";
export { parseAmount } from "./money";
export { nameOverlap } from "./overlap";
export { normalise, normaliseString } from "./normalize";

/**
 * A project's name in the article's own spelling: one slice of the text when its words are
 * contiguous there, else its words joined by spaces (a list item: «بوستان‌های حکمت و همت»).
 */
function projectName(nt: NormText, spans: readonly NameSpan[]): string {
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last) return "";
  const whole = nt.text.slice(first[0], last[1]);
  const joined = spans.map(([s, e, add]) => nt.text.slice(s, e) + (add ?? "")).join(" ");
  if (whole === joined) return toOriginal(nt, first[0], last[1]).quote;
  return spans.map(([s, e, add]) => toOriginal(nt, s, e).quote + (add ?? "")).join(" ");
}

export function extractArticle(text: string): Extraction {
  const nt = normalise(text);
  const t = nt.text;
  const span = (s: number, e: number) => toOriginal(nt, s, e);
  const words = splitWords(t, 0, t.length);
  const mentions = findMentions(t, words);
  const ctx = buildContext(t, words, mentions);
  const { projects: raw, workOf } = findProjects(t, ctx);
  const figures = findFigures(t, ctx, (piece) => workOf.get(piece) ?? null);
  const amounts: ExtractedAmount[] = figures.amounts.map((a) => ({
    value_rial: a.value_rial, unit_text: a.unit_text, kind: a.kind, districts: a.districts, year: a.year,
    qualifier: a.qualifier, ...span(a.start, a.end),
  }));
  const quantities: ExtractedQuantity[] = figures.quantities.map((q) => ({
    value: q.value, unit: q.unit, districts: q.districts, ...span(q.start, q.end),
  }));
  const projects: ExtractedProject[] = raw.map((p) => {
    const inPiece = figures.amounts.flatMap((a, i) => (a.piece === p.piece ? [i] : []));
    return {
      name: projectName(nt, p.nameSpans), status: p.status, category: p.category, districts: p.districts,
      amount_index: inPiece.length === 1 ? (inPiece[0] ?? null) : null, ...span(p.start, p.end),
    };
  });
  const placeMentions = toPlaceMentions(mentions, span);
  return { amounts, projects, quantities, mentions: placeMentions, places: sortPlaceSlugs(placeMentions.map((m) => m.slug)) };
}
