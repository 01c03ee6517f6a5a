// Persistence of articles that are already read, extracted and checked: scripts/lib/pipeline.ts
// composes decode → extract → guard → these writes, and runs them in ONE transaction, so a
// failure leaves the database exactly as it was. Nothing here extracts or reads files.
import { createHash } from "node:crypto";
import { getTableColumns, getTableName } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { PLACES } from "../lib/districts";
import type { CorrectionEntry } from "../lib/corrections";
import type { ArticleMeta, Extraction } from "../lib/extract/types";
import { encodePlacesKey } from "../lib/places-key";
import { foldText } from "../lib/text-fold";
import { refreshPlaceAggregates } from "./aggregates";
import { rebuildProjects, type IdentityReport } from "./identity";
import { amountPlaces, amounts, articles, mentionPlaces, placeMentions, places, projectMentions, quantities, quantityPlaces } from "./schema";
import type { WriteDb } from "./writer";

export interface ArticleInput {
  file: string;
  text: string;
  meta: ArticleMeta;
}

export interface IngestOutcome {
  file: string;
  status: "added" | "unchanged";
  articleId: number;
  facts: number;
}

/** A refused article: nothing of the batch is written. The message names the file. */
export class IngestError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
  }
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function upsertPlaces({ db }: WriteDb): void {
  PLACES.forEach((p, i) => {
    const row = { slug: p.slug, fa: p.fa, en: p.en, kind: p.kind, parent: p.parent, sortOrder: i };
    db.insert(places).values(row).onConflictDoUpdate({ target: places.slug, set: row }).run();
  });
}

/** An article ready to store: its text, its checked metadata (title resolved) and its facts. */
export interface ExtractedArticle {
  file: string;
  text: string;
  sha256: string;
  meta: ArticleMeta;
  extraction: Extraction;
}

/**
 * The outcome for an article whose text is already stored (same sha256), else null: such an
 * article is a no-op and is not extracted again. A different text under a stored name is refused.
 */
export function findStored({ sqlite }: WriteDb, file: string, hash: string): IngestOutcome | null {
  const put = inserts(sqlite);
  const same = put.articleBySha.get(hash) as { id: number } | undefined;
  if (same) return { file, status: "unchanged", articleId: same.id, facts: 0 };
  const clash = put.articleByFile.get(file) as { id: number } | undefined;
  if (clash) {
    throw new IngestError(file, `a different text is already stored under this name (article ${clash.id}); rename the file or re-seed`);
  }
  return null;
}

/** Writes one extracted article and its facts. */
export function persistArticle({ sqlite }: WriteDb, a: ExtractedArticle): IngestOutcome {
  const put = inserts(sqlite);
  const { meta } = a;
  const row = { file: a.file, sha256: a.sha256, text: a.text, title: meta.title, outlet: meta.outlet, url: meta.url, published: meta.published };
  const articleId = Number(put.article.run(row).lastInsertRowid);
  const facts = insertFacts(sqlite, articleId, a.extraction);
  return { file: a.file, status: "added", articleId, facts };
}

/**
 * After a batch of writes: project identity over every mention (applying the editor's
 * corrections), then the per-place aggregates, which count works, not mentions.
 */
export function refreshDerived(w: WriteDb, corrections: readonly CorrectionEntry[]): IdentityReport {
  const identity = rebuildProjects(w, corrections);
  refreshPlaceAggregates(w);
  return identity;
}

/**
 * The fact inserts, prepared once per connection: building each statement through drizzle cost
 * more than running it (≈ 35 inserts an article; half of a 10,000-article seed, docs/performance.md
 * §4). Table and column names come from db/schema.ts; parameters are the schema's keys.
 */
const prepared = new WeakMap<WriteDb["sqlite"], ReturnType<typeof prepareInserts>>();

function inserts(sqlite: WriteDb["sqlite"]): ReturnType<typeof prepareInserts> {
  let put = prepared.get(sqlite);
  if (!put) prepared.set(sqlite, (put = prepareInserts(sqlite)));
  return put;
}

function prepareInserts(sqlite: WriteDb["sqlite"]) {
  const insert = <T extends SQLiteTable>(table: T, keys: readonly (keyof T["_"]["columns"] & string)[]) => {
    const columns = getTableColumns(table);
    const names = keys.map((k) => `"${columns[k]!.name}"`).join(", ");
    return sqlite.prepare(`insert into "${getTableName(table)}" (${names}) values (${keys.map((k) => `@${k}`).join(", ")})`);
  };
  return {
    articleBySha: sqlite.prepare(`select id from "${getTableName(articles)}" where "${articles.sha256.name}" = ?`),
    articleByFile: sqlite.prepare(`select id from "${getTableName(articles)}" where "${articles.file.name}" = ?`),
    article: insert(articles, ["file", "sha256", "text", "title", "outlet", "url", "published"]),
    mention: insert(placeMentions, ["articleId", "placeSlug", "quote", "start", "end"]),
    amount: insert(amounts, ["articleId", "valueRial", "unitText", "kind", "year", "qualifier", "placesKey", "quote", "start", "end"]),
    amountPlace: insert(amountPlaces, ["amountId", "placeSlug"]),
    project: insert(projectMentions, ["articleId", "name", "nameFolded", "status", "category", "amountId", "quote", "start", "end"]),
    projectPlace: insert(mentionPlaces, ["mentionId", "placeSlug"]),
    quantity: insert(quantities, ["articleId", "value", "unit", "placesKey", "quote", "start", "end"]),
    quantityPlace: insert(quantityPlaces, ["quantityId", "placeSlug"]),
  };
}

function insertFacts(sqlite: WriteDb["sqlite"], articleId: number, ex: Extraction): number {
  const put = inserts(sqlite);
  const id = (r: { lastInsertRowid: number | bigint }) => Number(r.lastInsertRowid);
  for (const m of ex.mentions) put.mention.run({ articleId, placeSlug: m.slug, quote: m.quote, start: m.start, end: m.end });
  const amountIds = ex.amounts.map((a) => {
    const amountId = id(put.amount.run({
      articleId, valueRial: a.value_rial, unitText: a.unit_text, kind: a.kind, year: a.year, qualifier: a.qualifier,
      placesKey: encodePlacesKey(a.districts), quote: a.quote, start: a.start, end: a.end,
    }));
    for (const slug of new Set(a.districts)) put.amountPlace.run({ amountId, placeSlug: slug });
    return amountId;
  });
  for (const p of ex.projects) {
    const mentionId = id(put.project.run({
      articleId, name: p.name, nameFolded: foldText(p.name), status: p.status, category: p.category,
      amountId: p.amount_index === null ? null : (amountIds[p.amount_index] ?? null), quote: p.quote, start: p.start, end: p.end,
    }));
    for (const slug of new Set(p.districts)) put.projectPlace.run({ mentionId, placeSlug: slug });
  }
  for (const q of ex.quantities) {
    const quantityId = id(put.quantity.run({
      articleId, value: q.value, unit: q.unit, placesKey: encodePlacesKey(q.districts), quote: q.quote, start: q.start, end: q.end,
    }));
    for (const slug of new Set(q.districts)) put.quantityPlace.run({ quantityId, placeSlug: slug });
  }
  return ex.mentions.length + ex.amounts.length + ex.projects.length + ex.quantities.length;
}
