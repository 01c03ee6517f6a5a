// Keyword lists are written in ordinary Persian. A ZWNJ or a space inside a keyword stands for
// "space, ZWNJ or nothing", because outlets write «بهره‌برداری», «بهره برداری» and «بهرهبرداری».
import { normaliseString } from "./normalize";

const ESCAPE = /[.*+?^${}()|[\]\\/]/g;

/** Regex source for one keyword, on canonical text. */
export function phraseSource(keyword: string): string {
  const canon = normaliseString(keyword.replace(/\u200C/g, "\u0001"));
  return canon
    .split(/([ \u0001])/)
    .map((part) => (part === " " || part === "\u0001" ? " ?" : part.replace(ESCAPE, "\\$&")))
    .join("");
}

/** Letters and digits: a word boundary is any position not between two of these. */
export const LETTER = "\\p{L}\\p{N}";
export const BEFORE = `(?<![${LETTER}])`;
export const AFTER = `(?![${LETTER}])`;

/** Canonical keyword as units: characters, with " ?" for a space or ZWNJ («space or nothing»). */
function keywordUnits(keyword: string): string[] {
  const canon = normaliseString(keyword.replace(/\u200C/g, "\u0001"));
  return [...canon].map((ch) => (ch === " " || ch === "\u0001" ? " ?" : ch.replace(ESCAPE, "\\$&")));
}

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

function trieSource(node: TrieNode): string {
  const branches = [...node.children].map(([unit, child]) => unit + trieSource(child));
  if (branches.length === 0) return "";
  // Longer keywords first: the empty branch (a keyword ending here) is tried last.
  if (node.end) branches.push("");
  return branches.length === 1 ? (branches[0] ?? "") : `(?:${branches.join("|")})`;
}

/**
 * Alternation of keywords as a trie, so a regex rejects a position at its first character
 * instead of trying every keyword there (the place and project lists run to hundreds of
 * spellings). A longer keyword wins over its prefix («اعتبار مورد نیاز» over «اعتبار»).
 */
export function alternation(keywords: readonly string[]): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const k of new Set(keywords)) {
    let node = root;
    for (const unit of keywordUnits(k)) {
      let next = node.children.get(unit);
      if (!next) node.children.set(unit, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  return `(?:${trieSource(root)})`;
}

// A leading lookbehind makes V8 try every position (about 9x slower on article-sized text), so
// word regexes carry no lookbehind; the left word boundary is checked in code instead.
const WORD_START_CHECKED = new WeakSet<RegExp>();
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== "" && ch !== " " && WORD_CHAR.test(ch);
}

/** True when position `i` of `text` starts a word. */
export function atWordStart(text: string, i: number): boolean {
  return i === 0 || !isWordChar(text[i - 1]);
}

/** Whole-word matcher for a keyword list; `prefix` lets a keyword start a longer word. */
export function wordRegex(keywords: readonly string[], opts: { prefix?: boolean; flags?: string } = {}): RegExp {
  const tail = opts.prefix ? "" : AFTER;
  const re = new RegExp(`${alternation(keywords)}${tail}`, `${opts.flags ?? "g"}u`);
  WORD_START_CHECKED.add(re);
  return re;
}

/** First match of a wordRegex in `text` that starts a word (for non-global use). */
export function testWord(re: RegExp, text: string): boolean {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, "gu")));
  return hitsIn(g, text, 0, text.length, true).length > 0;
}
const GLOBAL = new WeakMap<RegExp, RegExp>();

export interface Hit {
  start: number;
  end: number;
  text: string;
}

/** All matches of a global regex inside [from, to) of `text` (word starts only for wordRegex). */
export function hitsIn(re: RegExp, text: string, from = 0, to = text.length, wordStart = WORD_START_CHECKED.has(re)): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (wordStart && !atWordStart(text, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (m.index + m[0].length <= to) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
