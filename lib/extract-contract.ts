// The extract CLI's JSON contract (../shared/DESIGN.md "Extract CLI"): one shape, built here, for
// `npm run extract` and for the "download as JSON" of /extract, so the two cannot drift apart.
import type { Extraction } from "./extract/types";

export type ContractAmount = Pick<Extraction["amounts"][number], "value_rial" | "unit_text" | "kind" | "districts" | "year" | "qualifier" | "quote" | "start" | "end">;
export type ContractProject = Pick<Extraction["projects"][number], "name" | "status" | "category" | "districts" | "quote" | "start" | "end">;
export type ContractQuantity = Pick<Extraction["quantities"][number], "value" | "unit" | "districts" | "quote" | "start" | "end">;

export interface ContractArticle {
  file: string;
  amounts: ContractAmount[];
  projects: ContractProject[];
  quantities: ContractQuantity[];
  places: Extraction["places"];
}

export interface ContractDocument<A extends ContractArticle = ContractArticle> {
  articles: A[];
}

/** One article of the contract; field order as the contract writes it. */
export function contractArticle(file: string, x: Extraction): ContractArticle {
  return {
    file,
    amounts: x.amounts.map(({ value_rial, unit_text, kind, districts, year, qualifier, quote, start, end }) => ({
      value_rial, unit_text, kind, districts, year, qualifier, quote, start, end,
    })),
    projects: x.projects.map(({ name, status, category, districts, quote, start, end }) => ({
      name, status, category, districts, quote, start, end,
    })),
    quantities: x.quantities.map(({ value, unit, districts, quote, start, end }) => ({ value, unit, districts, quote, start, end })),
    places: x.places,
  };
}
