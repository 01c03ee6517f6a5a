// Words of a sentence, each tagged with what it can be in a project name (project-lexicon.ts).
// Multi-word entries («روکش آسفالت», «زمین چمن مصنوعی») make one token; a plural suffix written
// apart («سوله های») joins its noun.
import {
  BUILD_WORDS, GENERIC_WORDS, HEAD_WORDS, JUNCTION_WORDS, LANDMARK_WORDS, NAME_MARKERS, ORDINALS, PROJECT_WORDS,
  STOP_WORDS, STREET_WORDS, UNIQUE_WORKS, WORK_WORDS,
} from "./project-lexicon";
import { alternation } from "./patterns";
import { normaliseString } from "./normalize";
import { Lexicon, splitWords, type Word } from "./lexicon";

export type Tag =
  | "build" | "work" | "head" | "unique" | "project" | "stop" | "and" | "comma" | "punct" | "quote"
  | "number" | "prep" | "region" | "word";

export interface Token {
  start: number;
  end: number;
  text: string;
  tag: Tag;
  /** A head or place noun in the plural («بوستان‌های», «شهرهای»). */
  plural: boolean;
  /** Where the singular form ends, for a plural («بوستانهای» → «بوستان»). */
  singularEnd: number;
}

const PLURAL = ["ها", "های"];
// Which class a word begins; when spellings overlap, the longest wins, then the class listed first.
const LEXICON = new Lexicon<Tag>()
  .addAll(UNIQUE_WORKS, "unique")
  .addAll(BUILD_WORDS, "build")
  .addAll(WORK_WORDS, "work")
  .addAll(HEAD_WORDS, "head", PLURAL)
  .addAll(PROJECT_WORDS, "project", PLURAL)
  .addAll(["در", "به", "تا", "از", "حد فاصل", "حدفاصل", "بعد از", "در کنار", "در مسیر", "در ادامه"], "prep")
  .addAll(["منطقه", "مناطق", "ناحیه"], "region")
  .addAll(STOP_WORDS, "stop");
const HONORIFICS = new Set(["ع", "ص", "س", "ره", "عج"]);
// Verbs glued to their prefix or auxiliary, as outlets without ZWNJ write them.
const VERB = /^(?:ن?می(?:شود|شوند|کند|کنند|گردد|گردند|رسد|رسند|باشد|باشند|گیرد|گیرند|دهد|دهند|یابد|یابند|آید|ماند|شد|کرد|رسید))$|(?:شده|کرده|گرفته|رسیده|یافته|داده)(?:است|اند)?$|^(?:شدهاست|گردیده|گردید)$/u;

// Place nouns that carry a name («شهر قنوات», «روستای جنداب», «شهرک مهدیه»); plural lists share them.
const PLACE_NOUN = /^(?:شهرک|شهر|روستا|محله|مجتمع)(?: ?های| ?ها)?(?:ی)?$/u;

const canon = (words: readonly string[]) => new Set(words.map((w) => normaliseString(w)));
export const GENERIC = canon(GENERIC_WORDS);
export const MARKERS = canon(NAME_MARKERS);
export const ORDINAL = canon(ORDINALS);
const JUNCTION = new RegExp(`^${alternation(JUNCTION_WORDS)}`, "u");
const STREET = new RegExp(`^${alternation(STREET_WORDS)}`, "u");
const LANDMARK = new RegExp(`^${alternation(LANDMARK_WORDS)}(?: ?ها| ?های)?$`, "u");
export const isLandmark = (t: Token | undefined) => t?.tag === "head" && LANDMARK.test(t.text);
export const isJunction = (t: Token | undefined) => t?.tag === "head" && JUNCTION.test(t.text);
export const isStreet = (t: Token | undefined) => t?.tag === "head" && STREET.test(t.text);
export const isPlaceNoun = (t: Token | undefined) => t !== undefined && PLACE_NOUN.test(t.text);

function markPlural(t: Token): void {
  const word = t.text;
  const suffix = word.endsWith("های") ? 3 : word.endsWith("ها") ? 2 : 0;
  if (suffix === 0 || word.length <= suffix + 1) return;
  t.plural = true;
  t.singularEnd = t.end - suffix - (word[word.length - suffix - 1] === " " ? 1 : 0);
}

// What a work's name can begin with: a head; «پروژه/طرح» + a proper name; a work + a place.
const HEAD_STARTS = new Lexicon<true>().addAll([...HEAD_WORDS, ...UNIQUE_WORKS], true, PLURAL);
const PROJECT_STARTS = new Lexicon<true>().addAll(PROJECT_WORDS, true, PLURAL);
const MARKER_STARTS = new Lexicon<true>().addAll(NAME_MARKERS, true);
const WORK_STARTS = new Lexicon<true>().addAll(WORK_WORDS, true);
const PLACE_STARTS = new Lexicon<true>().addAll(["شهرک", "شهر", "روستا", "روستای", "محله", "محلات", "مجتمع"], true, PLURAL);

/** Whether the words of a sentence may name a work at all (most sentences name none). */
export function mayNameWork(words: readonly Word[]): boolean {
  let work = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (HEAD_STARTS.mayStart(w)) return true;
    if (PROJECT_STARTS.mayStart(w) && words[i + 1] && MARKER_STARTS.mayStart(words[i + 1] as Word)) return true;
    if (work && PLACE_STARTS.mayStart(w)) return true;
    work ||= WORK_STARTS.mayStart(w);
  }
  return false;
}

function gapTokens(text: string, from: number, to: number, out: Token[]): void {
  for (let i = from; i < to; i++) {
    const ch = text[i] ?? "";
    if (ch === " " || ch === "\n") continue;
    const tag: Tag = ch === "،" || ch === "," ? "comma" : ch === "«" || ch === "»" || ch === '"' ? "quote" : "punct";
    out.push({ start: i, end: i + 1, text: ch, tag, plural: false, singularEnd: i + 1 });
  }
}

function wordTag(w: string): Tag {
  if (/^\d/.test(w)) return "number";
  if (w === "و") return "and";
  if (ORDINAL.has(w)) return "number";
  const verbish = w.startsWith("می") || w.startsWith("نمی") || w.endsWith("ه") || w.endsWith("ست") || w.endsWith("ید");
  return verbish && VERB.test(w) ? "stop" : "word";
}

/** Tokens of canonical text in [from, to). */
export function tokenize(text: string, from: number, to: number, words: readonly Word[] = splitWords(text, from, to)): Token[] {
  const out: Token[] = [];
  let gapFrom = from;
  for (let i = 0; i < words.length; ) {
    const w = words[i] as Word;
    // «امامزاده ابراهیم(ع)»: an honorific in brackets is one word of the name
    if (HONORIFICS.has(w.text) && text[w.start - 1] === "(" && text[w.end] === ")") {
      gapTokens(text, gapFrom, w.start - 1, out);
      out.push({ start: w.start - 1, end: w.end + 1, text: `(${w.text})`, tag: "word", plural: false, singularEnd: w.end + 1 });
      [gapFrom, i] = [w.end + 1, i + 1];
      continue;
    }
    gapTokens(text, gapFrom, w.start, out);
    const length = LEXICON.lengthAt(text, words, i);
    const m = length > 0 ? { length } : null;
    const last = words[i + (m ? m.length : 1) - 1] as Word;
    const tag = m ? (LEXICON.lastValue as Tag) : wordTag(w.text);
    const end = last.end;
    const t = last === w ? w.text : text.slice(w.start, end);
    const token: Token = { start: w.start, end, text: t, tag, plural: false, singularEnd: end };
    if (tag === "head" || tag === "word") markPlural(token);
    out.push(token);
    [gapFrom, i] = [end, i + (m ? m.length : 1)];
  }
  gapTokens(text, gapFrom, to, out);
  return out;
}
