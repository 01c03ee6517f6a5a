// The two fact rows every page reads, typed once from query to component: a Figure (one amount
// row) and a ProjectRow (a work as lists show it). lib does not import db/, so db/queries return
// these shapes and lib/, app/ and components/ import them from here. Kinds, statuses, categories
// and qualifiers are the literal unions of lib/extract/types.ts, places those of lib/districts.ts
// (the drizzle columns carry the same lists, so a row read through drizzle is typed without a cast).
import type { PlaceSlug } from "./districts";
import type { AmountKind, Qualifier } from "./extract/types";
import type { ProjectSummary } from "./project-story";

/** One reported amount: value, kind and places, and the sentence of the article it came from. */
export interface Figure {
  id: number;
  articleId: number;
  valueRial: number;
  kind: AmountKind;
  /** Jalali year as Latin digits («1402»), when the sentence says. */
  year: string | null;
  qualifier: Qualifier | null;
  /** The joint places (lib/places-key.ts). */
  placesKey: string;
  quote: string;
  start: number;
  end: number;
}

/** The citation columns of a figure's article (title, outlet, ISO date, the outlet's page). */
export interface ArticleCitation {
  articleTitle: string | null;
  outlet: string | null;
  published: string | null;
  articleUrl: string | null;
}

/** A figure as lists, APIs and CSV show it: with its unit as written and its article. */
export type CitedFigure = Figure & ArticleCitation & { unitText: string };

/**
 * A work as lists show it: its story's summary (name, latest status, category, how many articles
 * report it, when; lib/project-story.ts), the report it cites and its largest figure.
 */
export interface ProjectRow extends Pick<ProjectSummary, "name" | "status" | "category" | "articleCount" | "mentionCount" | "firstPublished" | "lastPublished"> {
  id: number;
  /** The cited report: the newest dated mention, else the last undated one. */
  articleId: number;
  articleTitle: string | null;
  articleOutlet: string | null;
  articlePublished: string | null;
  articleUrl: string | null;
  quote: string;
  start: number;
  end: number;
  /** The largest single figure linked to one of its mentions (never a sum). */
  amountId: number | null;
  amountValueRial: number | null;
  amountKind: AmountKind | null;
  amountQualifier: Qualifier | null;
  amountStart: number | null;
  amountArticleId: number | null;
  places: PlaceSlug[];
}

/** What makes two amounts one figure: the same kind, value and places, in however many articles. */
export type FigureIdentity = Pick<Figure, "kind" | "valueRial" | "placesKey">;

export function figureKey(f: FigureIdentity): string {
  return `${f.kind}|${f.valueRial}|${f.placesKey}`;
}

/**
 * Rows grouped into distinct figures (figureKey), in the order each figure first appears, each
 * group in input order: the one rule the spending table and the map's panels both remove duplicates by.
 */
export function groupByFigure<T extends FigureIdentity>(rows: readonly T[]): [T, ...T[]][] {
  const groups = new Map<string, [T, ...T[]]>();
  for (const r of rows) {
    const key = figureKey(r);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()];
}
