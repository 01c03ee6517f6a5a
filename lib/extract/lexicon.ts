// Fast word-level matching of keyword lists on canonical text. Keywords are written in ordinary
// Persian; a space or ZWNJ inside one means "space or nothing" (outlets write «بهره‌برداری»,
// «بهره برداری» and «بهرهبرداری»), so every way of joining its parts is a spelling. Matching
// looks words up in a map instead of running a regex at every position.
import { normaliseString } from "./normalize";

/** UTF-16 units that are letters or digits (a word boundary is any other character). */
const WORD_CHAR = (() => {
  const t = new Uint8Array(0x10000);
  const re = /[\p{L}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++) t[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  return t;
})();

export const isWordCode = (code: number) => WORD_CHAR[code] === 1;

/**
 * A word of the text. Its letters are cut out only when asked for (`text`): most words are only
 * checked against the lexicons, through `mask`, found by a hash of their letters.
 */
export class Word {
  private cut: string | undefined;
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    /** Which lexicons may have an entry starting with this word (one bit each). */
    readonly mask: number,
  ) {}

  get text(): string {
    return (this.cut ??= this.source.slice(this.start, this.end));
  }
}

/** Hash of a word's letters → bits of the lexicons with an entry starting with such a word. */
const FIRST_WORDS = new Map<number, number>();
let nextBit = 0;

function hashOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h | 0;
}

/** Words of canonical text in [from, to): letter/digit runs, with «1.1», «۲/۵» kept whole. */
export function splitWords(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let h = 2166136261;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (isWordCode(c) || ((c === 46 || c === 47) && i + 1 < to && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) {
        h = Math.imul(h ^ c, 16777619);
        i++;
      } else break;
    }
    out.push(new Word(text, start, i, FIRST_WORDS.get(h | 0) ?? 0));
  }
  return out;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Every spelling of a keyword: its parts joined by a space or by nothing. */
export function spellings(keyword: string): string[][] {
  const parts = normaliseString(keyword.replace(/\u200C/g, " ")).split(" ").filter(Boolean);
  let out: string[][] = [[parts[0] ?? ""]];
  for (const part of parts.slice(1)) out = out.flatMap((s) => [[...s, part], [...s.slice(0, -1), `${s[s.length - 1]}${part}`]]);
  return out;
}

interface Node<T> {
  value?: T;
  next?: Map<string, Node<T>>;
}

/** A keyword list as a trie of words: a lookup per word, longest match first. */
export class Lexicon<T> {
  private readonly root = new Map<string, Node<T>>();
  /** This lexicon's bit in Word.mask. */
  private readonly bit: number;

  constructor() {
    if (nextBit > 30) throw new Error("lexicon: at most 31 word lexicons");
    this.bit = 1 << nextBit++;
  }

  add(keyword: string, value: T, suffixes: readonly string[] = []): this {
    for (const words of spellings(keyword)) {
      const last = words[words.length - 1] ?? "";
      const forms = [words, ...suffixes.flatMap((s) => [[...words.slice(0, -1), last + s], [...words, s]])];
      for (const form of forms) this.insert(form, value);
    }
    return this;
  }

  private insert(words: readonly string[], value: T): void {
    const first = hashOf(words[0] ?? "");
    FIRST_WORDS.set(first, (FIRST_WORDS.get(first) ?? 0) | this.bit);
    let map = this.root;
    let node: Node<T> | undefined;
    for (const w of words) {
      node = map.get(w);
      if (!node) map.set(w, (node = {}));
      map = node.next ??= new Map();
    }
    if (node && node.value === undefined) node.value = value; // the first list to claim a spelling keeps it
  }

  addAll(keywords: readonly string[], value: T, suffixes: readonly string[] = []): this {
    for (const k of keywords) this.add(k, value, suffixes);
    return this;
  }

  /** Whether some entry may start at this word (a hash check: true can be a false alarm, false is sure). */
  mayStart(word: Word): boolean {
    return (word.mask & this.bit) !== 0;
  }

  /** First words of the entries whose value is one of `values`. */
  firstWords(values: readonly T[]): Set<string> {
    const out = new Set<string>();
    const has = (n: Node<T>): boolean => (n.value !== undefined && values.includes(n.value)) || [...(n.next?.values() ?? [])].some(has);
    for (const [first, node] of this.root) if (has(node)) out.add(first);
    return out;
  }

  /** The longest entry that starts at word `i` of `words` (whose words are separated only by spaces). */
  matchAt(text: string, words: readonly Word[], i: number): { value: T; length: number } | null {
    const length = this.lengthAt(text, words, i);
    return length > 0 ? { value: this.lastValue as T, length } : null;
  }

  /** The value of the last match `lengthAt` found. */
  lastValue: T | undefined;

  /** Words in the longest entry starting at word `i` (0 for none); the entry's value is `lastValue`. Allocates nothing. */
  lengthAt(text: string, words: readonly Word[], i: number): number {
    const first = words[i];
    if (!first || (first.mask & this.bit) === 0) return 0;
    let node = this.root.get(first.text);
    let best = 0;
    for (let k = 1; node; k++) {
      if (node.value !== undefined) {
        best = k;
        this.lastValue = node.value;
      }
      const prev = words[i + k - 1];
      const w = words[i + k];
      if (!prev || !w || !node.next || !onlySpaces(text, prev.end, w.start)) break;
      node = node.next.get(w.text);
    }
    return best;
  }
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return to > from;
}
