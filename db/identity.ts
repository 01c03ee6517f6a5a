// The identity pass that ends every ingest (inside its transaction): undo the editor's previous
// fact fixes, apply data/corrections.yaml again, group every project mention into works
// (lib/project-identity.ts), apply the editor's splits, merges and hides, and rewrite `projects`.
// It reads all mentions each time, so a database grown by `npm run ingest` equals a fresh seed of
// the same articles; a work keeps its id when most of its mentions had it before.
import { eq, inArray, isNotNull } from "drizzle-orm";
import { parseFactValues, planCorrections, regroup, type ArticleFacts, type CorrectionEntry, type FactFix, type FactValues, type Plan } from "../lib/corrections";
import { clusterMentions } from "../lib/project-identity";
import type { AmountKind } from "../lib/extract/types";
import { encodePlacesKey } from "../lib/places-key";
import { projectEvents, summarise, type StoryMention } from "../lib/project-story";
import type { PlaceSlug } from "../lib/districts";
import { foldText } from "../lib/text-fold";
import {
  amountPlaces, amounts, articles, corrections, mentionPlaces, projectChanges, projectMentions, projectPlaces, projects, quantities,
  quantityPlaces,
} from "./schema";
import type { WriteDb } from "./writer";

export interface IdentityReport {
  projects: number;
  /** One line per correction entry that matched nothing (naming the entry). */
  stale: string[];
  /** Entries about articles this database does not hold. */
  absent: number;
}

type Db = WriteDb["db"];

/** A value the pass itself put there (an entry of the plan, a mention it loaded); missing is a bug. */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`identity pass: ${what} is missing`);
  return value;
}

/** Restores what the extractor gave to every fact an earlier run of the corrections changed. */
function undoFixes(db: Db): void {
  for (const c of db.select().from(corrections).where(isNotNull(corrections.factId)).all()) {
    if (c.factType && c.factId !== null && c.before) writeFact(db, c.factType, c.factId, parseFactValues(c.before));
  }
  db.delete(corrections).run();
}

function placesOf(db: Db, type: FactFix["type"], id: number): PlaceSlug[] {
  const rows =
    type === "amount" ? db.select({ s: amountPlaces.placeSlug }).from(amountPlaces).where(eq(amountPlaces.amountId, id)).all()
    : type === "quantity" ? db.select({ s: quantityPlaces.placeSlug }).from(quantityPlaces).where(eq(quantityPlaces.quantityId, id)).all()
    : db.select({ s: mentionPlaces.placeSlug }).from(mentionPlaces).where(eq(mentionPlaces.mentionId, id)).all();
  return rows.map((r) => r.s).sort();
}

function writeFact(db: Db, type: FactFix["type"], id: number, v: FactValues): void {
  if (type === "amount") {
    const set: Partial<typeof amounts.$inferInsert> = {};
    if (v.kind !== undefined) set.kind = v.kind;
    if (v.year !== undefined) set.year = v.year;
    if (v.districts) set.placesKey = encodePlacesKey(v.districts);
    if (Object.keys(set).length) db.update(amounts).set(set).where(eq(amounts.id, id)).run();
  }
  if (type === "quantity" && v.districts) db.update(quantities).set({ placesKey: encodePlacesKey(v.districts) }).where(eq(quantities.id, id)).run();
  if (!v.districts) return;
  const slugs = [...new Set(v.districts)];
  if (type === "amount") {
    db.delete(amountPlaces).where(eq(amountPlaces.amountId, id)).run();
    for (const s of slugs) db.insert(amountPlaces).values({ amountId: id, placeSlug: s }).run();
  } else if (type === "quantity") {
    db.delete(quantityPlaces).where(eq(quantityPlaces.quantityId, id)).run();
    for (const s of slugs) db.insert(quantityPlaces).values({ quantityId: id, placeSlug: s }).run();
  } else {
    db.delete(mentionPlaces).where(eq(mentionPlaces.mentionId, id)).run();
    for (const s of slugs) db.insert(mentionPlaces).values({ mentionId: id, placeSlug: s }).run();
  }
}

/** The facts of the articles the entries name, for resolving their references. */
function factsOf(db: Db, entries: readonly CorrectionEntry[]): Map<string, ArticleFacts> {
  const files = [...new Set(entries.flatMap((e) => (e.action === "fix" ? [e.ref] : e.action === "hide" ? [e.mention] : e.mentions).map((r) => r.file)))];
  const out = new Map<string, ArticleFacts>();
  if (!files.length) return out;
  for (const a of db.select({ id: articles.id, file: articles.file, text: articles.text }).from(articles).where(inArray(articles.file, files)).all()) {
    out.set(a.file, {
      id: a.id, text: a.text,
      amount: db.select({ id: amounts.id, start: amounts.start, end: amounts.end }).from(amounts).where(eq(amounts.articleId, a.id)).all(),
      quantity: db.select({ id: quantities.id, start: quantities.start, end: quantities.end }).from(quantities).where(eq(quantities.articleId, a.id)).all(),
      project: db
        .select({ id: projectMentions.id, start: projectMentions.start, end: projectMentions.end, name: projectMentions.name })
        .from(projectMentions)
        .where(eq(projectMentions.articleId, a.id))
        .all(),
    });
  }
  return out;
}

function applyFixes(db: Db, plan: Plan, entries: readonly CorrectionEntry[]): void {
  for (const f of plan.fixes) {
    const e = must(entries[f.entry - 1], `corrections entry ${f.entry}`);
    const current = f.type === "amount" ? db.select().from(amounts).where(eq(amounts.id, f.id)).get() : null;
    const before: FactValues = { districts: placesOf(db, f.type, f.id) };
    const after: FactValues = {};
    if (f.kind !== undefined) [before.kind, after.kind] = [current?.kind, f.kind];
    if (f.year !== undefined) [before.year, after.year] = [current?.year ?? null, f.year];
    if (f.districts) after.districts = [...f.districts].sort();
    else delete before.districts;
    writeFact(db, f.type, f.id, after);
    db.insert(corrections).values({
      entry: f.entry, action: "fix", reason: e.reason, date: e.date, factType: f.type, factId: f.id,
      before: JSON.stringify(before), after: JSON.stringify(after),
    }).run();
  }
}

interface MentionRow extends StoryMention {
  file: string;
  oldProject: number | null;
  places: string[];
  amountId: number | null;
  amountValueRial: number | null;
  amountKind: AmountKind | null;
  amountUnit: string | null;
  amountStart: number | null;
}

/**
 * Every mention with what the pass needs, as plain rows: one prepared read, not the query builder
 * (whose per-row mapping was a tenth of the pass at 100,000 mentions).
 */
function loadMentions(sqlite: WriteDb["sqlite"]): MentionRow[] {
  // cast: better-sqlite3 returns untyped rows; the columns are the schema's, named as MentionRow's keys
  const rows = sqlite
    .prepare(`select m.id as id, m.article_id as articleId, a.file as file, a.published as published, m.start as start,
      m.name as name, m.status as status, m.category as category, m.project_id as oldProject, m.amount_id as amountId,
      f.value_rial as amountValueRial, f.kind as amountKind, f.unit_text as amountUnit, f.start as amountStart
      from project_mentions m join articles a on a.id = m.article_id left join amounts f on f.id = m.amount_id`)
    .all() as Omit<MentionRow, "places">[];
  const places = new Map<number, string[]>();
  for (const [mentionId, slug] of sqlite.prepare("select mention_id, place_slug from mention_places").raw().all() as [number, string][]) {
    const list = places.get(mentionId);
    if (list) list.push(slug);
    else places.set(mentionId, [slug]);
  }
  return rows.map((r) => ({ ...r, places: places.get(r.id) ?? [] }));
}

/** Keeps ids stable: a work takes the id most of its mentions had, when no other work took it. */
function assignIds(groups: readonly MentionRow[][]): number[] {
  const taken = new Set<number>();
  let next = Math.max(0, ...groups.flat().map((m) => m.oldProject ?? 0)) + 1;
  const wanted = groups.map((g) => {
    const votes = new Map<number, number>();
    for (const m of g) if (m.oldProject) votes.set(m.oldProject, (votes.get(m.oldProject) ?? 0) + 1);
    return [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
  });
  // Bigger works choose first, so a work that lost a stray mention keeps its id.
  const order = groups.map((_, i) => i).sort((a, b) => (groups[b]?.length ?? 0) - (groups[a]?.length ?? 0) || a - b);
  const ids: number[] = new Array(groups.length);
  for (const i of order) {
    const w = wanted[i];
    if (w && !taken.has(w)) ids[i] = w;
    taken.add(ids[i] ?? -1);
  }
  for (const i of groups.keys()) {
    if (ids[i] === undefined) {
      while (taken.has(next)) next++;
      ids[i] = next;
      taken.add(next);
    }
  }
  return ids;
}

const keyOf = (m: MentionRow) => `${m.file}\u0000${String(m.start).padStart(9, "0")}\u0000${m.name}\u0000${m.id}`;

/** Prepared statements for the many rows the pass writes (the query builder per row was 10× slower). */
function writers(sqlite: WriteDb["sqlite"]) {
  return {
    // an upsert, not delete + insert: deleting a project would null its mentions' links first
    project: sqlite.prepare(`insert into projects (id, name, name_folded, status, category, article_count, mention_count, first_published,
      last_published, first_article_id, first_start, last_article_id, latest_mention_id, amount_id, amount_value_rial, hidden, places_key)
      values (@id, @name, @nameFolded, @status, @category, @articleCount, @mentionCount, @firstPublished, @lastPublished,
      @firstArticleId, @firstStart, @lastArticleId, @latestMentionId, @amountId, @amountValueRial, 0, @placesKey)
      on conflict(id) do update set name = excluded.name, name_folded = excluded.name_folded, status = excluded.status,
      category = excluded.category, article_count = excluded.article_count, mention_count = excluded.mention_count,
      first_published = excluded.first_published, last_published = excluded.last_published, first_article_id = excluded.first_article_id,
      first_start = excluded.first_start, last_article_id = excluded.last_article_id, latest_mention_id = excluded.latest_mention_id,
      amount_id = excluded.amount_id, amount_value_rial = excluded.amount_value_rial, hidden = 0, places_key = excluded.places_key`),
    unused: sqlite.prepare("delete from projects where id not in (select value from json_each(?))"),
    place: sqlite.prepare("insert into project_places (project_id, place_slug) values (?, ?)"),
    mention: sqlite.prepare("update project_mentions set project_id = ? where id = ?"),
    change: sqlite.prepare(`insert into project_changes (project_id, article_id, mention_id, type, status, previous_status, amount_id, conflicts)
      values (?, ?, ?, ?, ?, ?, ?, ?)`),
  };
}

export function rebuildProjects(w: WriteDb, entries: readonly CorrectionEntry[] = []): IdentityReport {
  const { db } = w;
  undoFixes(db);
  const plan = planCorrections(entries, factsOf(db, entries));
  applyFixes(db, plan, entries);
  const mentions = loadMentions(w.sqlite);
  const byKey = new Map(mentions.map((m) => [keyOf(m), m]));
  const clusters = clusterMentions(mentions.map((m) => ({ key: keyOf(m), name: m.name, places: m.places })));
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const grouped = regroup(clusters.map((c) => c.map((k) => must(byKey.get(k), `mention ${k}`).id)), plan)
    .map((g) => ({ g: g.map((id) => must(byId.get(id), `mention ${id}`)), first: keyOf(must(byId.get(must(g[0], "first mention")), "first mention")) }))
    .sort((a, b) => (a.first < b.first ? -1 : 1)) // each key built once, not at every comparison
    .map((x) => x.g);
  const ids = assignIds(grouped);
  db.delete(projectChanges).run();
  db.delete(projectPlaces).run();
  const put = writers(w.sqlite);
  const projectOf = new Map<number, number>();
  grouped.forEach((g, i) => {
    const id = ids[i] as number;
    const s = summarise(g);
    const largest = g.filter((m) => m.amountValueRial !== null).sort((a, b) => (b.amountValueRial ?? 0) - (a.amountValueRial ?? 0))[0];
    const slugs = [...new Set(g.flatMap((m) => m.places))];
    put.project.run({
      id, ...s, nameFolded: foldText(s.name), amountId: largest?.amountId ?? null, amountValueRial: largest?.amountValueRial ?? null,
      placesKey: encodePlacesKey(slugs),
    });
    for (const slug of slugs) put.place.run(id, slug);
    for (const m of g) {
      if (m.oldProject !== id) put.mention.run(id, m.id); // a re-ingest moves few mentions
      projectOf.set(m.id, id);
    }
    for (const e of changesOf(g)) {
      put.change.run(id, e.articleId, e.mentionId, e.type, e.status ?? null, e.previousStatus ?? null, e.figure?.id ?? null, e.conflicts ? JSON.stringify(e.conflicts.map((c) => c.id)) : null);
    }
  });
  put.unused.run(JSON.stringify(ids));
  recordProjectCorrections(db, plan, entries, projectOf);
  return { projects: grouped.length, stale: plan.stale, absent: plan.absent.length };
}

/** What each mention added to the story of a work (lib/project-story.ts#projectEvents). */
function changesOf(g: readonly MentionRow[]) {
  const figures = g.flatMap((m) =>
    m.amountId === null || m.amountValueRial === null
      ? []
      : [{
          id: m.amountId, mentionId: m.id, articleId: m.articleId, published: m.published, start: m.amountStart ?? 0,
          valueRial: m.amountValueRial, unitText: m.amountUnit ?? "", kind: m.amountKind ?? "other",
        }],
  );
  return projectEvents(g, figures);
}

function recordProjectCorrections(db: Db, plan: Plan, entries: readonly CorrectionEntry[], projectOf: ReadonlyMap<number, number>): void {
  const note = (entry: number, projectId: number | undefined) => {
    const e = must(entries[entry - 1], `corrections entry ${entry}`);
    if (projectId !== undefined) db.insert(corrections).values({ entry, action: e.action, reason: e.reason, date: e.date, projectId }).run();
  };
  for (const h of plan.hides) {
    const id = projectOf.get(h.mention);
    if (id !== undefined) {
      // hidden: never listed, and counted in no district
      db.update(projects).set({ hidden: true, placesKey: "" }).where(eq(projects.id, id)).run();
      db.delete(projectPlaces).where(eq(projectPlaces.projectId, id)).run();
    }
    note(h.entry, id);
  }
  for (const m of plan.merges) note(m.entry, projectOf.get(m.mentions[0] as number));
  for (const s of plan.splits) note(s.entry, projectOf.get(s.mentions[0] as number));
}
