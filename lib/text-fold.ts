// Folding for search: the same word typed with Arabic or Persian letters, with or without ZWNJ,
// with Persian, Arabic-Indic or Latin digits, must match. Used on both sides of a comparison, and
// it is the extractor's own canonical form (lib/extract/normalize.ts), so search and extraction
// agree on what two spellings of one word are.
import { normaliseString } from "./extract/normalize";

export function foldText(s: string): string {
  return normaliseString(s.normalize("NFC")).replace(/\s+/g, " ").toLowerCase();
}
