// Project identity across articles: which mentions name the same civic work. Precision first:
// two mentions are one work only on clear evidence — the same kind of head, the same naming words
// (or one name a subset of the other's, when no other work could be meant), the same numbers and
// phase, no conflicting size, compatible works done and compatible places. A phase («فاز دوم»),
// another place, another number or another work done (لوله‌گذاری vs بهسازی) keeps them apart.
// The result depends only on the set of mentions, never on the order they were added, so a
// database built at once and one grown by `npm run ingest` agree.
import { getPlace, regionOf } from "./districts";
import { nameParts, UNIQUE_CLASSES, type NameParts } from "./project-name";

export interface IdentityMention {
  /** Stable key of the mention (e.g. "file#start"); clusters are returned as lists of keys. */
  key: string;
  name: string;
  places: readonly string[];
}

export type Match = "equal" | "subset" | null;

interface Parsed extends NameParts {
  key: string;
  specific: Set<string>;
  broad: Set<string>;
}

/** Words of `a` found in `b`, reading «عمار یاسر» and «عماریاسر» as the same words. */
function covers(a: readonly string[], b: readonly string[]): boolean {
  const joined = new Set(b);
  for (let i = 0; i < b.length; i++) {
    for (let n = 2; n <= 3 && i + n <= b.length; n++) joined.add(b.slice(i, i + n).join(""));
  }
  for (let i = 0; i < a.length; i++) {
    if (joined.has(a[i] as string)) continue;
    let found = false;
    for (let n = 2; n <= 3 && i + n <= a.length && !found; n++) {
      if (b.includes(a.slice(i, i + n).join(""))) {
        found = true;
        i += n - 1;
      }
    }
    if (!found) return false;
  }
  return true;
}

function placeSets(places: readonly string[]): { specific: Set<string>; broad: Set<string> } {
  const specific = new Set<string>();
  const broad = new Set<string>();
  for (const slug of places) {
    const kind = getPlace(slug)?.kind;
    if (kind === "city" || kind === "province") broad.add(slug);
    else specific.add(regionOf(slug) ?? slug);
  }
  return { specific, broad };
}

/** Places agree when they share a district, or one side names only the city or the province. */
function placesAgree(a: Parsed, b: Parsed): boolean {
  if (a.specific.size && b.specific.size) {
    for (const s of a.specific) if (b.specific.has(s)) return true;
    return false;
  }
  const [wide, narrow] = a.specific.size ? [b, a] : [a, b];
  if (!narrow.specific.size) return true;
  // «شهر قم» is the city: a town of the province (کهک، جعفریه …) is not in it
  let townsOnly = true;
  for (const s of narrow.specific) if (getPlace(s)?.kind !== "town") townsOnly = false;
  return !(townsOnly && wide.broad.has("city") && !wide.broad.has("province"));
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const subsetOf = (a: readonly string[], b: readonly string[]) => a.every((x) => b.includes(x));

/** How two parsed names relate: the same work ("equal"), one naming part of the other ("subset"), or not. */
function matchParts(a: Parsed, b: Parsed): Match {
  if (a.phase !== b.phase || !sameList(a.numbers, b.numbers)) return null;
  if (a.size && b.size && a.size !== b.size) return null;
  if (a.works.length && b.works.length && !subsetOf(a.works, b.works) && !subsetOf(b.works, a.works)) return null;
  if (!placesAgree(a, b)) return null;
  if (a.within.length && b.within.length && !covers(a.within, b.within) && !covers(b.within, a.within)) return null;
  const ab = covers(a.naming, b.naming);
  const ba = covers(b.naming, a.naming);
  if (!a.heads.length || !b.heads.length) {
    // a name without a head («فاز پنجم عمار یاسر», «طرح شهیدان برقعی») matches only the same name
    return a.naming.length > 0 && ab && ba ? "equal" : null;
  }
  if (!a.heads.some((h) => b.heads.includes(h))) return null;
  if (!a.naming.length || !b.naming.length) {
    // named by its head and number alone («کلانتری ۱۳»), or a work the city has one of («قطار شهری»)
    const unique = a.heads.some((h) => UNIQUE_CLASSES.has(h) && b.heads.includes(h));
    return !a.naming.length && !b.naming.length && (unique || a.numbers.length > 0) ? "equal" : null;
  }
  if (ab && ba) return "equal";
  return ab || ba ? "subset" : null;
}

const partsCache = new Map<string, NameParts>();

/** nameParts, remembered: a corpus repeats the same names many times. */
export function cachedNameParts(name: string): NameParts {
  let parts = partsCache.get(name);
  if (!parts) {
    parts = nameParts(name);
    if (partsCache.size > 50_000) partsCache.clear();
    partsCache.set(name, parts);
  }
  return parts;
}

function parse(m: IdentityMention): Parsed {
  return { key: m.key, ...cachedNameParts(m.name), ...placeSets(m.places) };
}

/** Whether two mentions name the same work (exported for tests and the merges report). */
export function matchMentions(a: IdentityMention, b: IdentityMention): Match {
  return matchParts(parse(a), parse(b));
}

/** Mentions whose parsed names and places are identical: one atom, always the same work. */
function signature(p: Parsed): string {
  return JSON.stringify([p.heads, p.naming, p.within, p.numbers, p.phase, p.size, p.works, [...p.specific].sort(), [...p.broad].sort()]);
}

/**
 * Groups mentions into works. Mentions that match are merged only when the whole group agrees
 * pairwise (no chain from «بهسازی X» through «X» to «لوله‌گذاری X»), and a mention that could
 * join two groups that disagree stays apart: precision first.
 */
export function clusterMentions(mentions: readonly IdentityMention[]): string[][] {
  const atoms = new Map<string, { parsed: Parsed; keys: string[] }>();
  for (const m of [...mentions].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const p = parse(m);
    const sig = signature(p);
    const atom = atoms.get(sig);
    if (atom) atom.keys.push(m.key);
    else atoms.set(sig, { parsed: p, keys: [m.key] });
  }
  const list = [...atoms.values()];
  return clusterParsed(list.map((a) => a.parsed)).map((cl) => cl.flatMap((i) => (list[i] as { keys: string[] }).keys));
}

/** Clusters of indices into `parsed` (one entry per distinct name and place). */
function clusterParsed(parsed: readonly Parsed[]): number[][] {
  const candidates = candidatePairs(parsed);
  const pair = (i: number, j: number) => candidates[i]?.has(j) ?? false;
  const clusterOf = parsed.map((_, i) => i);
  const members = new Map<number, number[]>(parsed.map((_, i) => [i, [i]]));
  const agree = (a: readonly number[], b: readonly number[]) => a.every((i) => b.every((j) => pair(i, j)));
  // Partners and clarity are remembered until a merge next to the group changes them.
  const memo = new Map<number, { partners: number[]; clear: boolean }>();
  const partnersOf = (c: number): number[] => {
    const near = new Set<number>();
    for (const i of members.get(c) ?? []) for (const j of candidates[i] ?? []) if (clusterOf[j] !== c) near.add(clusterOf[j] as number);
    return [...near].sort((x, y) => x - y).filter((k) => agree(members.get(c) ?? [], members.get(k) ?? []));
  };
  // A group whose possible partners disagree with one another could be either work: it is left
  // alone, and nothing merges with it (its partners' view counts as much as its own).
  const look = (c: number) => {
    const hit = memo.get(c);
    if (hit) return hit;
    const partners = partnersOf(c);
    const clear = partners.every((p, x) => partners.slice(x + 1).every((q) => agree(members.get(p) ?? [], members.get(q) ?? [])));
    const entry = { partners, clear };
    memo.set(c, entry);
    return entry;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of [...members.keys()].sort((x, y) => x - y)) {
      if (!members.has(c)) continue;
      const { partners, clear } = look(c);
      if (!partners.length || !clear) continue;
      if (!partners.every((p) => look(p).clear)) continue;
      const merged = [c, ...partners].flatMap((k) => members.get(k) ?? []).sort((x, y) => x - y);
      for (const k of partners) members.delete(k);
      members.set(c, merged);
      for (const i of merged) clusterOf[i] = c;
      changed = true;
      memo.delete(c);
      for (const i of merged) for (const j of candidates[i] ?? []) memo.delete(clusterOf[j] as number);
    }
  }
  return [...members.values()];
}

/** The words a name is blocked on: its naming words, or its numbers when it has none. */
function wordsOf(p: Parsed): readonly string[] {
  return p.naming.length ? p.naming : [`#${p.numbers.join(",")}`];
}

/**
 * Keys of a name (its `wordsOf`) that hold word `i`: the word itself and the glued pairs and
 * triples around it. When `covers(p, q)`, every word of p that the walk in `covers` visits is a
 * key of q, and a word it skips sits inside a glued key of p that is a word of q: so q holds one
 * of these keys, for every i.
 */
function keysAt(words: readonly string[], i: number): string[] {
  const out: string[] = [];
  for (let from = Math.max(0, i - 2); from <= i; from++) {
    for (let n = 1; n <= 3; n++) if (from + n > i && from + n <= words.length) out.push(words.slice(from, from + n).join(""));
  }
  return out;
}

/**
 * For each entry, the entries it matches. A match needs one name's words covered by the other's
 * (matchParts), so an entry is compared only with the entries that hold a key at each of its two
 * rarest word positions (keysAt), sharing a head class, the phase and the numbers; a name without
 * a head with every name. Blocking on one shared word compared every «… شهید …» with every other
 * (quadratic: 100,000 works took minutes); the result is the same set of pairs that match.
 */
function candidatePairs(parsed: readonly Parsed[]): Set<number>[] {
  const out = parsed.map(() => new Set<number>());
  // Each entry's keys per word position, built once: the lookups below reuse these very strings,
  // whose hashes V8 keeps, instead of concatenating a new key string per lookup (most of the pass).
  const positions = parsed.map((p) => {
    const words = wordsOf(p);
    return words.map((_, i) => keysAt(words, i));
  });
  const keySets = positions.map((at) => new Set(at.flat()));
  /** Blocks: "*" holds every entry (for names without a head); `head \0 phase \1 numbers` the rest. */
  const blocks = new Map<string, Map<string, number[]>>();
  const blockOf = (name: string) => {
    let b = blocks.get(name);
    if (!b) blocks.set(name, (b = new Map()));
    return b;
  };
  const exactOf = (p: Parsed) => `${p.phase ?? ""}\u0001${p.numbers.join(",")}`;
  const headBlocks = parsed.map((p) => p.heads.map((h) => blockOf(`${h}\u0000${exactOf(p)}`)));
  const any = blockOf("*");
  // "*" is asked only for the keys of names without a head: only those keys are kept in it
  const askedOfAny = new Set(parsed.flatMap((p, i) => (p.heads.length ? [] : [...(keySets[i] ?? [])])));
  const add = (b: Map<string, number[]>, k: string, i: number) => {
    const list = b.get(k);
    if (list) list.push(i);
    else b.set(k, [i]);
  };
  parsed.forEach((_, i) => {
    for (const k of keySets[i] ?? []) {
      if (askedOfAny.has(k)) add(any, k, i);
      for (const b of headBlocks[i] ?? []) add(b, k, i);
    }
  });
  const test = (i: number, j: number) => {
    if (i === j || out[i]?.has(j)) return;
    // cast: an index inside the loop's bounds, which noUncheckedIndexedAccess cannot see
    if (matchParts(parsed[i] as Parsed, parsed[j] as Parsed) === null) return;
    out[i]?.add(j);
    out[j]?.add(i);
  };
  /** Entries of `block` holding a key at each of entry i's two rarest positions. */
  const candidates = (i: number, block: ReadonlyMap<string, number[]>): Iterable<number> => {
    // the lists at each position, sized before any is copied (a common word's list is long)
    const at = (positions[i] ?? []).map((keys) => {
      const lists = keys.flatMap((k) => {
        const l = block.get(k);
        return l ? [l] : [];
      });
      return { keys, lists, size: lists.reduce((n, l) => n + l.length, 0) };
    }).sort((a, b) => a.size - b.size);
    const [first, second] = at;
    if (!first) return [];
    if (!second) return first.lists.flat();
    // an entry of the rarest position's lists that also holds a key at the second is in the
    // second position's lists of this block (its blocks are its own): a look at its keys
    // replaces building a set of the second lists (long ones, for a common word)
    return first.lists.flat().filter((j) => second.keys.some((k) => keySets[j]?.has(k)));
  };
  parsed.forEach((p, i) => {
    // a name without a head («فاز پنجم عمار یاسر») is compared with every name sharing its words
    for (const b of p.heads.length ? (headBlocks[i] ?? []) : [any]) for (const j of candidates(i, b)) test(i, j);
  });
  return out;
}
