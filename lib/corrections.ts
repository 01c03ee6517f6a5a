// The editor's corrections (data/corrections.yaml): fix a fact's kind, districts or year, hide a
// junk project, merge or split projects; each entry with a reason and a date. Facts are named by
// their article's file and a quote from it (plus `start` when the quote occurs more than once,
// `name` when one phrase holds several works): texts are kept byte for byte, so such a reference
// survives a re-seed, and one that no longer finds its fact is reported, never silently dropped.
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { isPlaceSlug, type PlaceSlug } from "./districts";
import { AMOUNT_KINDS, type AmountKind } from "./extract/types";
import { CORRECTED_FACTS, type CorrectedFact } from "./correction-types";
import { foldText } from "./text-fold";

const FactRef = z
  .object({
    file: z.string().trim().min(1),
    quote: z.string().min(1),
    start: z.number().int().min(0).optional(),
    name: z.string().min(1).optional(),
  })
  .strict();
export type FactRef = z.infer<typeof FactRef>;

const common = {
  date: z.union([z.string(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)).pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date must be YYYY-MM-DD")),
  reason: z.string().trim().min(10, "give the reason in a sentence"),
};
const slug = z.string().refine(isPlaceSlug, "unknown place slug");

/**
 * A fact's values before or after an editor's fix, as the corrections table keeps them (JSON);
 * read back through this schema, so a stored kind or slug is typed by its check, not by a cast.
 */
export const FactValues = z.object({
  kind: z.enum(AMOUNT_KINDS).optional(),
  year: z.string().nullable().optional(),
  districts: z.array(slug).optional(),
});
export type FactValues = z.infer<typeof FactValues>;

/** The JSON of a corrections row's `before` / `after` (null = nothing recorded). */
export function parseFactValues(json: string | null): FactValues {
  return FactValues.parse(json === null ? {} : JSON.parse(json));
}

const Fix = z
  .object({
    action: z.literal("fix"),
    fact: z.enum(CORRECTED_FACTS),
    ref: FactRef,
    set: z
      .object({
        kind: z.enum(AMOUNT_KINDS).optional(),
        districts: z.array(slug).min(1).optional(),
        year: z.string().regex(/^1[34]\d\d$/, "a Jalali year such as 1402").nullable().optional(),
      })
      .strict()
      .refine((s) => Object.keys(s).length > 0, "set at least one of kind, districts, year"),
    ...common,
  })
  .strict()
  .refine((f) => f.fact === "amount" || (f.set.kind === undefined && f.set.year === undefined), "only an amount has a kind or a year");
const Merge = z.object({ action: z.literal("merge"), mentions: z.array(FactRef).min(2), ...common }).strict();
const Split = z.object({ action: z.literal("split"), mentions: z.array(FactRef).min(1), ...common }).strict();
const Hide = z.object({ action: z.literal("hide"), mention: FactRef, ...common }).strict();

const Entry = z.discriminatedUnion("action", [Fix, Merge, Split, Hide]);
export type CorrectionEntry = z.infer<typeof Entry>;
export const CorrectionsFile = z.array(Entry);

export class CorrectionsError extends Error {}

/** Parses and validates the YAML text; a bad file is an error naming the entry and the field. */
export function parseCorrections(yamlText: string): CorrectionEntry[] {
  let raw: unknown;
  try {
    raw = parseYaml(yamlText) ?? [];
  } catch (err) {
    throw new CorrectionsError(`not valid YAML: ${(err instanceof Error ? err.message : String(err)).split("\n")[0]}`);
  }
  const parsed = CorrectionsFile.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const [n, ...rest] = i.path;
      return `${typeof n === "number" ? `entry ${n + 1}` : "file"}${rest.length ? ` (${rest.join(".")})` : ""}: ${i.message}`;
    });
    throw new CorrectionsError(lines.join("; "));
  }
  return parsed.data;
}

// ---- resolving references against the stored facts -----------------------------------------

export interface SpannedFact {
  id: number;
  start: number;
  end: number;
  /** A project mention's name (to choose among the works of one phrase). */
  name?: string;
}

export interface ArticleFacts {
  id: number;
  text: string;
  amount: readonly SpannedFact[];
  project: readonly SpannedFact[];
  quantity: readonly SpannedFact[];
}

/** `absent`: the article is not in this database (e.g. seeded without the corpus), so nothing to say. */
export type Resolved<T> = { ok: true; value: T } | { ok: false; problem: string; absent?: true };

/** The one fact of `type` a reference names, or why there is none. */
function resolveRef(ref: FactRef, type: CorrectedFact, articles: ReadonlyMap<string, ArticleFacts>): Resolved<SpannedFact> {
  const a = articles.get(ref.file);
  if (!a) return { ok: false, problem: `no article ${ref.file}`, absent: true };
  const at: number[] = [];
  for (let i = a.text.indexOf(ref.quote); i >= 0; i = a.text.indexOf(ref.quote, i + 1)) at.push(i);
  if (!at.length) return { ok: false, problem: `«${ref.quote}» is not in ${ref.file}` };
  const starts = ref.start === undefined ? at : at.filter((i) => i === ref.start);
  if (!starts.length) return { ok: false, problem: `«${ref.quote}» does not start at ${ref.start} in ${ref.file}` };
  const [from] = starts;
  if (from === undefined || starts.length > 1) return { ok: false, problem: `«${ref.quote}» occurs ${starts.length} times in ${ref.file}: add its start` };
  const to = from + ref.quote.length;
  const name = ref.name ? foldText(ref.name) : null;
  const hits = a[type].filter((f) => f.start < to && f.end > from && (!name || foldText(f.name ?? "").includes(name)));
  const label = type === "project" ? "project mention" : type;
  const [hit] = hits;
  if (!hit) return { ok: false, problem: `no ${label} at «${ref.quote}» in ${ref.file}${ref.name ? ` named «${ref.name}»` : ""}` };
  if (hits.length > 1) return { ok: false, problem: `${hits.length} ${label}s at «${ref.quote}» in ${ref.file}: add name` };
  return { ok: true, value: hit };
}

export interface FactFix {
  entry: number;
  type: CorrectedFact;
  id: number;
  kind?: AmountKind;
  districts?: PlaceSlug[];
  year?: string | null;
}

export interface Plan {
  fixes: FactFix[];
  /** Mention ids to make one project (entry number first). */
  merges: { entry: number; mentions: number[] }[];
  splits: { entry: number; mentions: number[] }[];
  hides: { entry: number; mention: number }[];
  /** Entries that no longer match anything, one line each, naming the entry. */
  stale: string[];
  /** Entries about articles this database does not hold (nothing to apply, nothing stale). */
  absent: number[];
}

/** Describes an entry in one line for reports: «entry 3 (merge, 2026-12-04)». */
function entryLabel(e: CorrectionEntry, n: number): string {
  return `entry ${n} (${e.action}, ${e.date})`;
}

/** What the entries do to these facts; references that find nothing are listed in `stale`. */
export function planCorrections(entries: readonly CorrectionEntry[], articles: ReadonlyMap<string, ArticleFacts>): Plan {
  const plan: Plan = { fixes: [], merges: [], splits: [], hides: [], stale: [], absent: [] };
  entries.forEach((e, i) => {
    const entry = i + 1;
    const refs = e.action === "fix" ? [e.ref] : e.action === "hide" ? [e.mention] : e.mentions;
    const type: CorrectedFact = e.action === "fix" ? e.fact : "project";
    const found = refs.map((r) => resolveRef(r, type, articles));
    if (found.some((f) => !f.ok && f.absent)) {
      plan.absent.push(entry);
      return;
    }
    const problems = found.flatMap((f) => (f.ok ? [] : [f.problem]));
    if (problems.length) {
      plan.stale.push(`${entryLabel(e, entry)}: ${problems.join("; ")}`);
      return;
    }
    const ids = found.flatMap((f) => (f.ok ? [f.value.id] : []));
    if (e.action === "fix") plan.fixes.push({ entry, type, id: ids[0] as number, ...e.set });
    else if (e.action === "merge") plan.merges.push({ entry, mentions: ids });
    else if (e.action === "split") plan.splits.push({ entry, mentions: ids });
    else plan.hides.push({ entry, mention: ids[0] as number });
  });
  return plan;
}

/**
 * Applies splits and merges to clusters of mention ids: a split takes its mentions out into a
 * project of their own, then a merge joins every project holding one of its mentions.
 */
export function regroup(clusters: readonly (readonly number[])[], plan: Pick<Plan, "merges" | "splits">): number[][] {
  let groups = clusters.map((c) => [...c]);
  for (const s of plan.splits) {
    const out = new Set(s.mentions);
    groups = [...groups.map((g) => g.filter((m) => !out.has(m))).filter((g) => g.length), [...s.mentions]];
  }
  for (const m of plan.merges) {
    const into = new Set(m.mentions);
    const joined = groups.filter((g) => g.some((x) => into.has(x)));
    groups = [...groups.filter((g) => !joined.includes(g)), joined.flat()];
  }
  return groups.map((g) => [...new Set(g)].sort((a, b) => a - b));
}
