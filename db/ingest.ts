// Writes extracted articles. Callers pass everything already read and validated; this runs the
// whole batch in ONE transaction, so a failure leaves the database exactly as it was.
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { cleanLabel, factLimitProblem, urlProblem } from "../lib/article-guard";
import { PLACES } from "../lib/districts";
import { titleFromText } from "../lib/article-title";
import { extractArticle } from "../lib/extract";
import type { CorrectionEntry } from "../lib/corrections";
import type { ArticleMeta, Extraction } from "../lib/extract/types";
import { foldText } from "../lib/text-fold";
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
    return { outcomes, identity: rebuildProjects(w, corrections) };
  })();
}

function ingestOne({ db }: WriteDb, input: ArticleInput): IngestOutcome {
  const hash = sha256(input.text);
  const same = db.select({ id: articles.id, file: articles.file }).from(articles).where(eq(articles.sha256, hash)).get();
  if (same) return { file: input.file, status: "unchanged", articleId: same.id, facts: 0 };
  const clash = db.select({ id: articles.id }).from(articles).where(eq(articles.file, input.file)).get();
  if (clash) {
    throw new IngestError(input.file, `a different text is already stored under this name (article ${clash.id}); rename the file or re-seed`);
  }
  const ex = extractArticle(input.text);
  const meta = guardedMeta(input.file, input.meta, ex);
  // Every article gets a title a reader can use: the metadata's, else the text's headline or the
  // excerpt of its first sentence; never the file name.
  const title = meta.title ?? cleanLabel(titleFromText(input.text));
  const article = db
    .insert(articles)
    .values({ file: input.file, sha256: hash, text: input.text, title, outlet: meta.outlet, url: meta.url, published: meta.published })
    .returning({ id: articles.id })
    .get();
  const facts = insertFacts(db, article.id, ex);
  return { file: input.file, status: "added", articleId: article.id, facts };
}

/** lib/article-guard.ts on whatever the metadata came from (sidecar, corpus list, the text itself). */
function guardedMeta(file: string, meta: ArticleMeta, ex: Extraction): ArticleMeta {
  const tooMany = factLimitProblem({ amounts: ex.amounts.length, projects: ex.projects.length, quantities: ex.quantities.length, mentions: ex.mentions.length });
  if (tooMany) throw new IngestError(file, tooMany);
  const badUrl = meta.url === null ? null : urlProblem(meta.url);
  if (badUrl) throw new IngestError(file, `url: ${badUrl}`);
  return { ...meta, title: cleanLabel(meta.title), outlet: cleanLabel(meta.outlet) };
}

function insertFacts(db: WriteDb["db"], articleId: number, ex: Extraction): number {
  for (const m of ex.mentions) {
    db.insert(placeMentions).values({ articleId, placeSlug: m.slug, quote: m.quote, start: m.start, end: m.end }).run();
  }
  const amountIds = ex.amounts.map((a) => {
    const row = db
      .insert(amounts)
      .values({
        articleId, valueRial: a.value_rial, unitText: a.unit_text, kind: a.kind, year: a.year, qualifier: a.qualifier,
        placesKey: [...a.districts].sort().join(","), quote: a.quote, start: a.start, end: a.end,
      })
      .returning({ id: amounts.id })
      .get();
    for (const slug of new Set(a.districts)) db.insert(amountPlaces).values({ amountId: row.id, placeSlug: slug }).run();
    return row.id;
  });
  for (const p of ex.projects) {
    const row = db
      .insert(projectMentions)
      .values({
        articleId, name: p.name, nameFolded: foldText(p.name), status: p.status, category: p.category,
        amountId: p.amount_index === null ? null : (amountIds[p.amount_index] ?? null),
        quote: p.quote, start: p.start, end: p.end,
      })
      .returning({ id: projectMentions.id })
      .get();
    for (const slug of new Set(p.districts)) db.insert(mentionPlaces).values({ mentionId: row.id, placeSlug: slug }).run();
  }
  for (const q of ex.quantities) {
    const row = db
      .insert(quantities)
      .values({ articleId, value: q.value, unit: q.unit, placesKey: [...q.districts].sort().join(","), quote: q.quote, start: q.start, end: q.end })
      .returning({ id: quantities.id })
      .get();
    for (const slug of new Set(q.districts)) db.insert(quantityPlaces).values({ quantityId: row.id, placeSlug: slug }).run();
  }
  return ex.mentions.length + ex.amounts.length + ex.projects.length + ex.quantities.length;
}
