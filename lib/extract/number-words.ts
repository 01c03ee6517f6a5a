// Persian number words, canonical spelling. `place` is the digit position the word fills, so
// «سیصد و پنجاه» joins (50 < 100) while the list «دو و سه» does not (3 is not < 1).
import { AFTER, BEFORE } from "./patterns";

export interface NumberWord {
  readonly value: number;
  readonly place: number;
}

export const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = new Map([
  ["یک", { value: 1, place: 1 }], ["دو", { value: 2, place: 1 }], ["سه", { value: 3, place: 1 }],
  ["چهار", { value: 4, place: 1 }], ["پنج", { value: 5, place: 1 }], ["شش", { value: 6, place: 1 }],
  ["شیش", { value: 6, place: 1 }], ["هفت", { value: 7, place: 1 }], ["هشت", { value: 8, place: 1 }],
  ["نه", { value: 9, place: 1 }], ["ده", { value: 10, place: 1 }], ["یازده", { value: 11, place: 1 }],
  ["دوازده", { value: 12, place: 1 }], ["سیزده", { value: 13, place: 1 }], ["چهارده", { value: 14, place: 1 }],
  ["پانزده", { value: 15, place: 1 }], ["پونزده", { value: 15, place: 1 }], ["شانزده", { value: 16, place: 1 }],
  ["هفده", { value: 17, place: 1 }], ["هیفده", { value: 17, place: 1 }], ["هجده", { value: 18, place: 1 }],
  ["هیجده", { value: 18, place: 1 }], ["نوزده", { value: 19, place: 1 }], ["بیست", { value: 20, place: 10 }],
  ["سی", { value: 30, place: 10 }], ["چهل", { value: 40, place: 10 }], ["پنجاه", { value: 50, place: 10 }],
  ["شصت", { value: 60, place: 10 }], ["هفتاد", { value: 70, place: 10 }], ["هشتاد", { value: 80, place: 10 }],
  ["نود", { value: 90, place: 10 }], ["صد", { value: 100, place: 100 }], ["یکصد", { value: 100, place: 100 }],
  ["دویست", { value: 200, place: 100 }], ["سیصد", { value: 300, place: 100 }], ["چهارصد", { value: 400, place: 100 }],
  ["پانصد", { value: 500, place: 100 }], ["ششصد", { value: 600, place: 100 }], ["هفتصد", { value: 700, place: 100 }],
  ["هشتصد", { value: 800, place: 100 }], ["نهصد", { value: 900, place: 100 }], ["نیم", { value: 0.5, place: 1 }],
]);

export const SCALE_WORDS: ReadonlyMap<string, bigint> = new Map([
  ["هزار", 1000n], ["میلیون", 1_000_000n], ["میلیارد", 1_000_000_000n], ["بیلیون", 1_000_000_000n],
  ["تریلیون", 1_000_000_000_000n],
]);

const byLength = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join("|");

// A number word may be glued to the scale after it, as outlets write «یکهزار» and «دومیلیارد».
const WORD_END = `(?:${AFTER}|(?=${byLength(SCALE_WORDS.keys())}))`;

/** Sticky matchers: call with lastIndex set to the position to test. */
export const WORD_AT = new RegExp(`${BEFORE}(?:${byLength(NUMBER_WORDS.keys())})${WORD_END}`, "uy");
export const SCALE_AT = new RegExp(`(?:${byLength(SCALE_WORDS.keys())})${AFTER}`, "uy");
/** Where a number may begin: a digit or a number/scale word (word start checked by the caller). */
export const NUMBER_START = new RegExp(`\\d|(?:${byLength(NUMBER_WORDS.keys())})${WORD_END}|هزار${AFTER}`, "gu");
