// Writes extracted articles. Callers pass everything already read and validated; this runs the
// whole batch in ONE transaction, so a failure leaves the database exactly as it was.
import { createHash } from "node:crypto";
import { getTableColumns, getTableName } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { cleanLabel, factLimitProblem, urlProblem } from "../lib/article-guard";
import { PLACES } from "../lib/districts";
import { titleFromText } from "../lib/article-title";
import { extractArticle } from "../lib/extract";
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

export interface IngestRun {
  outcomes: IngestOutcome[];
  /** The identity pass: how many works, and which correction entries matched nothing. */
  identity: IdentityReport;
}

/**
 * Adds the articles and recomputes project identity over every mention, applying the editor's
 * corrections, all in ONE transaction: a failure leaves the database exactly as it was.
 */
export function ingestArticles(w: WriteDb, inputs: readonly ArticleInput[], corrections: readonly CorrectionEntry[] = []): IngestRun {
  return w.sqlite.transaction(() => {
    upsertPlaces(w);
    const outcomes = inputs.map((input) => ingestOne(w, input));
    const identity = rebuildProjects(w, corrections);
    // After the identity pass: the aggregates count works, not mentions.
    refreshPlaceAggregates(w);
    return { outcomes, identity };
  })();
}

function ingestOne({ sqlite }: WriteDb, input: ArticleInput): IngestOutcome {
  const put = inserts(sqlite);
  const hash = sha256(input.text);
  const same = put.articleBySha.get(hash) as { id: number } | undefined;
  if (same) return { file: input.file, status: "unchanged", articleId: same.id, facts: 0 };
  const clash = put.articleByFile.get(input.file) as { id: number } | undefined;
  if (clash) {
    throw new IngestError(input.file, `a different text is already stored under this name (article ${clash.id}); rename the file or re-seed`);
  }
  const ex = extractArticle(input.text);
  const meta = guardedMeta(input.file, input.meta, ex);
  // Every article gets a title a reader can use: the metadata's, else the text's headline or the
  // excerpt of its first sentence; never the file name.
  const title = meta.title ?? cleanLabel(titleFromText(input.text));
  const row = { file: input.file, sha256: hash, text: input.text, title, outlet: meta.outlet, url: meta.url, published: meta.published };
  const articleId = Number(put.article.run(row).lastInsertRowid);
  const facts = insertFacts(sqlite, articleId, ex);
  return { file: input.file, status: "added", articleId, facts };
}

/** lib/article-guard.ts on whatever the metadata came from (sidecar, corpus list, the text itself). */
function guardedMeta(file: string, meta: ArticleMeta, ex: Extraction): ArticleMeta {
  const tooMany = factLimitProblem({ amounts: ex.amounts.length, projects: ex.projects.length, quantities: ex.quantities.length, mentions: ex.mentions.length });
  if (tooMany) throw new IngestError(file, tooMany);
  const badUrl = meta.url === null ? null : urlProblem(meta.url);
  if (badUrl) throw new IngestError(file, `url: ${badUrl}`);
  return { ...meta, title: cleanLabel(meta.title), outlet: cleanLabel(meta.outlet) };
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
