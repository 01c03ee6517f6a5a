// Folding for search: the same word typed with Arabic or Persian letters, with or without ZWNJ,
// with Persian, Arabic-Indic or Latin digits, must match. Used on both sides of a comparison.

const LETTER_MAP: Record<string, string> = {
  "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "ٱ": "ا", "ؤ": "و",
};
const DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g; // harakat, superscript alef, tatweel
const ZW = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g; // ZWNJ/ZWJ/marks/bidi controls

export function foldDigits(s: string): string {
  return s.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

export function foldText(s: string): string {
  return foldDigits(s.normalize("NFC"))
    .replace(DIACRITICS, "")
    .replace(ZW, "")
    .replace(/[يىئكةۀأإٱؤ]/g, (c) => LETTER_MAP[c] ?? c)
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
