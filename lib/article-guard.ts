// What one article may bring into the database. Checked by scripts/load-articles.ts (bytes,
// encoding, sidecar URL) and scripts/lib/pipeline.ts (facts, title and outlet), before anything is written:
// one accepted file must not be able to take the site down (issue 13). Pure.

/**
 * 200 kB of UTF-8. Persian letters take two bytes, so that is about 100,000 characters or 18,000
 * words: a long feature (5,000 words) fits three to four times over, the seeds are 4–8 kB and the
 * 74 dev-corpus articles 2 kB. A larger file is a dump or an attack, not a news article (a 4.9 MB
 * one became a 21.5 MB page).
 */
export const MAX_ARTICLE_BYTES = 200 * 1024;

/**
 * Facts one article may add, per kind. The densest real articles (seeds and dev corpus) have 7
 * amounts, 9 projects, 6 quantities and 7 place mentions; these caps leave 40× room and still keep
 * a 10,000-amount file out (it made the home page 36.6 MB).
 */
export const MAX_FACTS = { amounts: 300, projects: 300, quantities: 300, mentions: 600 } as const;
export type FactCounts = Record<keyof typeof MAX_FACTS, number>;

const FACT_NAMES: Record<keyof typeof MAX_FACTS, string> = {
  amounts: "money amounts", projects: "projects", quantities: "quantities", mentions: "place mentions",
};

export function factLimitProblem(counts: FactCounts): string | null {
  for (const kind of Object.keys(MAX_FACTS) as (keyof typeof MAX_FACTS)[]) {
    if (counts[kind] > MAX_FACTS[kind]) {
      return `${counts[kind]} ${FACT_NAMES[kind]} extracted, more than the ${MAX_FACTS[kind]} one article may add (real articles have under 10); split the file or check that it is one news article`;
    }
  }
  return null;
}

export function tooLargeProblem(bytes: number): string | null {
  if (bytes <= MAX_ARTICLE_BYTES) return null;
  return `the file is ${Math.ceil(bytes / 1024)} kB, more than the ${MAX_ARTICLE_BYTES / 1024} kB a news article may have (docs/reliability.md)`;
}

/** Text runs of ASCII in UTF-16 leave a NUL on one side of every byte pair; binary has them anywhere. */
export function utf16Problem(bytes: Uint8Array): string | null {
  const hint = (enc: string) => `convert it to UTF-8 first, e.g. \`iconv -f ${enc} -t UTF-8 FILE > FILE.utf8.txt\``;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return `the file is UTF-16 (little-endian, with a byte-order mark), not UTF-8: ${hint("UTF-16")}`;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return `the file is UTF-16 (big-endian, with a byte-order mark), not UTF-8: ${hint("UTF-16")}`;
  let even = 0;
  let odd = 0;
  bytes.forEach((b, i) => {
    if (b !== 0) return;
    if (i % 2) odd++;
    else even++;
  });
  if (even + odd < 2 || Math.max(even, odd) < 0.95 * (even + odd) || bytes.length % 2) return null;
  const le = odd > even;
  let text: string;
  try {
    text = new TextDecoder(le ? "utf-16le" : "utf-16be", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  // Decoded, it must read as text: letters, marks, digits, punctuation, spaces.
  const texty = text.match(/[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\t\n\r\u200c\u200d]/gu)?.length ?? 0;
  if (texty < 0.95 * text.length) return null;
  const enc = le ? "UTF-16LE" : "UTF-16BE";
  return `the file looks like UTF-16 (${le ? "little" : "big"}-endian, no byte-order mark), not UTF-8: ${hint(enc)}`;
}

/** LRE RLE PDF LRO RLO (U+202A–202E) and LRI RLI FSI PDI (U+2066–2069). */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * A title or outlet as the pages may show it: without direction controls, which (left unclosed)
 * reverse the dashboard's own labels and digits next to them. Marks (LRM, RLM, ALM) only affect
 * neighbouring neutrals and stay. Null when nothing is left.
 */
export function cleanLabel(s: string | null): string | null {
  if (s === null) return null;
  const t = s.replace(DIRECTION_CONTROLS, "").trim();
  return t === "" ? null : t;
}

/** An article's own address must be a web page: no javascript:, data: or file: links on our pages. */
export function urlProblem(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `"${url.slice(0, 80)}" is not an address`;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return `the address must start with http:// or https://, not ${u.protocol}`;
  if (/[\s\u202A-\u202E\u2066-\u2069]/.test(url)) return "the address contains spaces or direction controls";
  return null;
}
