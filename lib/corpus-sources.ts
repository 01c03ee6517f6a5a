// Metadata of a corpus kept beside its articles (the dev corpus: SOURCES.tsv and gold/*.json),
// read as text and merged per article. Pure: the script that reads the files is
// scripts/load-corpus.ts. Precedence (docs/design.md): outlet from the gold `source` (Persian),
// then SOURCES.tsv `site`, then the text; original URL from SOURCES.tsv, then gold; date from
// SOURCES.tsv, then gold, then the text. The title is never taken from here: it is the text's
// headline or first sentence (lib/article-title.ts), applied at ingest.
import { z } from "zod";
import { jalaliToIso } from "./extract/jalali";
import type { ArticleMeta } from "./extract/types";
import { safeExternalUrl } from "./links";

export interface SourceRow {
  file: string;
  url: string | null;
  site: string | null;
  /** ISO Gregorian date, or null when unknown. */
  published: string | null;
}

export interface GoldSource {
  outlet: string | null;
  url: string | null;
  published: string | null;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const REQUIRED = ["file", "source_address", "site", "published"] as const;

function isoIfValid(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A published cell → ISO date. «1397-06-02» (Jalali, optionally with a note in brackets) is
 * converted; «2025-10-18 (Gregorian …)» is kept; a «store date» is when the page was saved, not
 * published, so it counts as unknown, like «unknown», «null (…)» and empty cells.
 */
export function parsePublished(raw: string | null | undefined): Parsed<string | null> {
  const s = (raw ?? "").trim();
  if (!s || /^(?:unknown|null|none|n\/a)\b/i.test(s)) return { ok: true, value: null };
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:\s*\((.*)\))?$/.exec(s);
  if (!m) return { ok: false, reason: `published «${s}» is neither a date (YYYY-MM-DD) nor «unknown»` };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const note = m[4] ?? "";
  if (y >= 1200 && y < 1600) {
    const iso = jalaliToIso(y, mo, d);
    return iso ? { ok: true, value: iso } : { ok: false, reason: `published ${m[1]}-${m[2]}-${m[3]} is not a valid Jalali date` };
  }
  if (y >= 1900 && y < 2200) {
    if (/store date/i.test(note)) return { ok: true, value: null };
    const iso = isoIfValid(y, mo, d);
    return iso ? { ok: true, value: iso } : { ok: false, reason: `published ${m[1]}-${m[2]}-${m[3]} is not a valid date` };
  }
  return { ok: false, reason: `published ${s}: year ${y} is neither Jalali (1200–1599) nor Gregorian (1900–2199)` };
}

/** SOURCES.tsv (tab-separated, header row naming at least file, source_address, site, published). */
export function parseSourcesTsv(text: string): { rows: Map<string, SourceRow>; errors: { file: string; reason: string }[] } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l.trim());
  const header = (lines[0] ?? "").split("\t").map((h) => h.trim());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) return { rows: new Map(), errors: [{ file: "SOURCES.tsv", reason: `header lacks ${missing.join(", ")}` }] };
  const col = (cells: string[], name: (typeof REQUIRED)[number]) => cells[header.indexOf(name)]?.trim() ?? "";
  const rows = new Map<string, SourceRow>();
  const errors: { file: string; reason: string }[] = [];
  lines.slice(1).forEach((line, i) => {
    const cells = line.split("\t");
    const file = col(cells, "file");
    if (!file) return void errors.push({ file: "SOURCES.tsv", reason: `line ${i + 2} has no file name` });
    const address = col(cells, "source_address");
    const url = address ? safeExternalUrl(address) : null;
    if (address && !url) return void errors.push({ file, reason: `SOURCES.tsv: source_address «${address}» is not an http(s) URL` });
    const published = parsePublished(col(cells, "published"));
    if (!published.ok) return void errors.push({ file, reason: `SOURCES.tsv: ${published.reason}` });
    if (rows.has(file)) return void errors.push({ file, reason: "SOURCES.tsv lists this file twice" });
    rows.set(file, { file, url, site: col(cells, "site") || null, published: published.value });
  });
  return { rows, errors };
}

const GoldSchema = z.object({
  source: z
    .object({
      outlet: z.string().trim().min(1).nullish(),
      url: z.string().trim().min(1).nullish(),
      date: z.string().nullish(),
    })
    .nullish(),
});

/** The `source` {outlet, url, date} of a gold file's JSON text; anything else in it is ignored. */
export function parseGoldSource(jsonText: string): Parsed<GoldSource> {
  let data: unknown;
  try {
    data = JSON.parse(jsonText);
  } catch (err) {
    return { ok: false, reason: `not valid JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  const parsed = GoldSchema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: `source: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}` };
  const s = parsed.data.source;
  const published = parsePublished(s?.date);
  if (!published.ok) return { ok: false, reason: `source.date: ${published.reason}` };
  const url = s?.url ? safeExternalUrl(s.url) : null;
  if (s?.url && !url) return { ok: false, reason: `source.url «${s.url}» is not an http(s) URL` };
  return { ok: true, value: { outlet: s?.outlet ?? null, url, published: published.value } };
}

/** One article's metadata from its SOURCES.tsv row, gold source and text (see the precedence above). */
export function mergeCorpusMeta(fromText: ArticleMeta, row: SourceRow | undefined, gold: GoldSource | undefined): ArticleMeta {
  return {
    title: null,
    outlet: gold?.outlet ?? row?.site ?? fromText.outlet,
    url: row?.url ?? gold?.url ?? safeExternalUrl(fromText.url),
    published: row?.published ?? gold?.published ?? fromText.published,
  };
}
