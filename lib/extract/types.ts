// The shape of what the extractor finds. Field names follow the extract CLI contract in
// DESIGN.md; db/schema.ts stores exactly these, and scripts/extract.ts prints them.
import type { PlaceSlug } from "../districts";

export const AMOUNT_KINDS = ["budget", "credit", "investment", "cost", "need", "revenue", "loan", "other"] as const;
export type AmountKind = (typeof AMOUNT_KINDS)[number];

export const PROJECT_STATUSES = ["opening", "groundbreaking", "in_progress", "completed", "planned"] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROJECT_CATEGORIES = ["road", "park", "sports", "market", "housing", "utilities", "transit", "culture", "other"] as const;
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];

export const QUALIFIERS = ["more_than", "about", "less_than", "up_to"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** A guard for one of the lists above: how a value read from outside (URL, raw SQL, YAML) is narrowed. */
function memberOf<T extends string>(values: readonly T[]): (value: unknown) => value is T {
  return (value: unknown): value is T => values.some((v) => v === value);
}

export const isAmountKind = memberOf(AMOUNT_KINDS);
export const isProjectStatus = memberOf(PROJECT_STATUSES);
export const isProjectCategory = memberOf(PROJECT_CATEGORIES);
export const isQualifier = memberOf(QUALIFIERS);

/** A character span into the ORIGINAL text: text.slice(start, end) === quote (UTF-16 indices). */
export interface Span {
  quote: string;
  start: number;
  end: number;
}

export interface ExtractedAmount extends Span {
  value_rial: number;
  unit_text: string;
  kind: AmountKind;
  districts: PlaceSlug[];
  year: string | null;
  qualifier: Qualifier | null;
}

export interface ExtractedProject extends Span {
  name: string;
  status: ProjectStatus | null;
  category: ProjectCategory;
  districts: PlaceSlug[];
  /** Index into `amounts` of the amount in the same clause, if any. */
  amount_index: number | null;
}

export interface ExtractedQuantity extends Span {
  value: number;
  unit: string;
  districts: PlaceSlug[];
}

export interface PlaceMention extends Span {
  slug: PlaceSlug;
}

export interface ArticleMeta {
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** ISO date (Gregorian, YYYY-MM-DD) or null. */
  published: string | null;
}

export interface Extraction {
  amounts: ExtractedAmount[];
  projects: ExtractedProject[];
  quantities: ExtractedQuantity[];
  /** Every place mention with its span, in text order. */
  mentions: PlaceMention[];
  /** Distinct place slugs the article names, in PLACES order. */
  places: PlaceSlug[];
}
