// Finds project names inside one piece: a works head («احداث», «رمپ», «روکش آسفالت») at a place
// where a name can start, running to a terminator; lists split at «،» and at «و» + head, but
// «زیرسازی و آسفالت خیابان گلشن» stays one name because «زیرسازی» has no object of its own.
import { ACTION_HEADS, LEFT_WORDS, OBJECT_HEADS, TERMINATORS, WEAK_HEADS, WEAK_OBJECTS } from "./project-lexicon";
import { AFTER, BEFORE, alternation } from "./patterns";

export interface Item {
  /** Canonical span of the whole item, locative included. */
  start: number;
  end: number;
  /** End of the head words («احداث», «روکش آسفالت»). */
  headEnd: number;
}

const HEAD_AT = new RegExp(
  `(?:(${alternation(ACTION_HEADS)})|(${alternation(WEAK_HEADS)})|(${alternation(OBJECT_HEADS)}))(?:ها|های)?${AFTER}`,
  "uy",
);
const HEAD_ANY = new RegExp(HEAD_AT.source, "gu");
const OBJECT_AT = new RegExp(`(?:${alternation([...OBJECT_HEADS, ...WEAK_OBJECTS])})(?:ها|های)?${AFTER}`, "uy");
const TERM_AT = new RegExp(`${alternation(TERMINATORS)}${AFTER}`, "uy");
const LEFT_END = new RegExp(`(?:^|[،,«"(:]|${BEFORE}${alternation(LEFT_WORDS)})$`, "u");
const MAX_WORDS = 16;

interface Head {
  end: number;
  weak: boolean;
}

function headAt(text: string, pos: number): Head | null {
  HEAD_AT.lastIndex = pos;
  const m = HEAD_AT.exec(text);
  return m ? { end: pos + m[0].length, weak: m[2] !== undefined } : null;
}

function sticky(re: RegExp, text: string, pos: number): boolean {
  re.lastIndex = pos;
  return re.test(text);
}

/** Token starts (words and list commas) of [from, to). */
function tokenStarts(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  const re = /[،,]|[^\s،,.؛:!?؟]+/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) out.push(m.index);
  return out;
}

function wordEnd(text: string, pos: number): number {
  const m = /^[^\s،,]+/u.exec(text.slice(pos, pos + 60));
  return pos + (m ? m[0].length : 1);
}

/** Items of the list starting at token `k`; returns them and the token index where scanning stops. */
function scanList(text: string, toks: readonly number[], k: number): { items: Item[]; next: number } {
  const items: Item[] = [];
  let start = toks[k] ?? 0;
  let head = headAt(text, start);
  let bare = true; // only head words so far
  let end = head?.end ?? start;
  let j = k + 1;
  const close = () => {
    if (!bare && head && (!head.weak || sticky(OBJECT_AT, text, text[head.end] === " " ? head.end + 1 : head.end))) {
      const words = text.slice(start, end).split(" ").length;
      if (words <= MAX_WORDS) items.push({ start, end, headEnd: head.end });
    }
  };
  while (j < toks.length && (toks[j] ?? 0) < end) j++;
  for (; j < toks.length; j++) {
    const p = toks[j] ?? 0;
    const word = text[p] === "،" || text[p] === "," ? "," : text.slice(p, wordEnd(text, p));
    const nextPos = toks[j + 1] ?? -1;
    const nextHead = nextPos >= 0 ? headAt(text, nextPos) : null;
    if ((word === "," || word === "و") && nextHead) {
      if (word === "و" && bare) {
        head = { end: nextHead.end, weak: (head?.weak ?? false) && nextHead.weak };
        end = nextHead.end;
      } else {
        close();
        [start, head, bare, end] = [nextPos, nextHead, true, nextHead.end];
      }
      while (j + 1 < toks.length && (toks[j + 1] ?? 0) < end) j++;
      continue;
    }
    if (word === "," || sticky(TERM_AT, text, p)) break;
    if (word === "و") continue; // a conjunction is not part of a name until a word follows it
    bare = false;
    end = wordEnd(text, p);
  }
  close();
  return { items, next: j };
}

/** Every project item in the piece [from, to). */
export function findItems(text: string, from: number, to: number): Item[] {
  HEAD_ANY.lastIndex = from;
  const any = HEAD_ANY.exec(text);
  if (!any || any.index >= to) return []; // most pieces name no works at all
  const toks = tokenStarts(text, from, to);
  const out: Item[] = [];
  for (let k = 0; k < toks.length; k++) {
    const p = toks[k] ?? 0;
    if (!headAt(text, p) || !LEFT_END.test(text.slice(Math.max(from, p - 30), p).trimEnd())) continue;
    const { items, next } = scanList(text, toks, k);
    out.push(...items);
    k = Math.max(k, next - 1);
  }
  return out;
}
