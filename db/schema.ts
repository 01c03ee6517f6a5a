// Drizzle tables only. Every fact keeps its [start, end) span into articles.text (UTF-16 indices,
// as JavaScript slices strings), so the UI can always show the sentence a figure came from.
import { sqliteTable, text, integer, real, primaryKey, index, uniqueIndex } from "drizzle-orm/sqlite-core";
import { CORRECTED_FACTS, CORRECTION_ACTIONS } from "../lib/correction-types";
import { PLACE_KINDS, PLACE_SLUGS } from "../lib/districts";
import { AMOUNT_KINDS, PROJECT_CATEGORIES, PROJECT_STATUSES, QUALIFIERS } from "../lib/extract/types";
import { CHANGE_TYPES } from "../lib/project-story";

export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** File name in data/articles (or as ingested), e.g. 000_dd63a7a9bc8eef05.txt */
    file: text("file").notNull(),
    sha256: text("sha256").notNull(),
    title: text("title"),
    outlet: text("outlet"),
    url: text("url"),
    /** ISO Gregorian date (YYYY-MM-DD) or null when the text does not say. */
    published: text("published"),
    text: text("text").notNull(),
  },
  (t) => [uniqueIndex("articles_file_uq").on(t.file), uniqueIndex("articles_sha_uq").on(t.sha256)],
);

export const places = sqliteTable("places", {
  slug: text("slug", { enum: PLACE_SLUGS }).primaryKey(),
  fa: text("fa").notNull(),
  en: text("en").notNull(),
  kind: text("kind", { enum: PLACE_KINDS }).notNull(),
  parent: text("parent", { enum: PLACE_SLUGS }),
  sortOrder: integer("sort_order").notNull(),
});

export const placeMentions = sqliteTable(
  "place_mentions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    placeSlug: text("place_slug", { enum: PLACE_SLUGS }).notNull().references(() => places.slug),
    quote: text("quote").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
  },
  (t) => [index("place_mentions_article_idx").on(t.articleId), index("place_mentions_place_idx").on(t.placeSlug, t.articleId)],
);

export const amounts = sqliteTable(
  "amounts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    valueRial: integer("value_rial").notNull(),
    unitText: text("unit_text").notNull(),
    kind: text("kind", { enum: AMOUNT_KINDS }).notNull(),
    year: text("year"),
    qualifier: text("qualifier", { enum: QUALIFIERS }),
    /** Sorted, comma-joined place slugs: the joint group this figure belongs to as a whole. */
    placesKey: text("places_key").notNull(),
    quote: text("quote").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
  },
  (t) => [
    index("amounts_article_idx").on(t.articleId),
    // (kind, places, value): distinct figures (the spending table and its count) walk it in order.
    index("amounts_kind_idx").on(t.kind, t.placesKey, t.valueRial),
    index("amounts_value_idx").on(t.valueRial),
  ],
);

export const amountPlaces = sqliteTable(
  "amount_places",
  {
    amountId: integer("amount_id").notNull().references(() => amounts.id, { onDelete: "cascade" }),
    placeSlug: text("place_slug", { enum: PLACE_SLUGS }).notNull().references(() => places.slug),
  },
  (t) => [primaryKey({ columns: [t.amountId, t.placeSlug] }), index("amount_places_place_idx").on(t.placeSlug)],
);

/**
 * One civic work, however many articles report it: the identity lib/project-identity.ts computes
 * over every mention (recomputed in the ingest transaction, with the editor's corrections).
 */
export const projects = sqliteTable(
  "projects",
  {
    id: integer("id").primaryKey(),
    /** The name most mentions use (see lib/project-story.ts#projectName). */
    name: text("name").notNull(),
    /** Name folded for search (ی/ي, ک/ك, ZWNJ, digits unified; see lib/text-fold.ts). */
    nameFolded: text("name_folded").notNull(),
    /** Latest known status (dated reports first; see lib/project-story.ts#latestStatus). */
    status: text("status", { enum: PROJECT_STATUSES }),
    category: text("category", { enum: PROJECT_CATEGORIES }).notNull(),
    articleCount: integer("article_count").notNull(),
    mentionCount: integer("mention_count").notNull(),
    /** ISO dates of the first and last dated reports (null when every report is undated). */
    firstPublished: text("first_published"),
    lastPublished: text("last_published"),
    /** The first mention (article ingest order, offset): the default "source" order. */
    firstArticleId: integer("first_article_id").notNull(),
    firstStart: integer("first_start").notNull(),
    /** The newest article reporting it (ingest order), for ties and undated reports. */
    lastArticleId: integer("last_article_id").notNull(),
    /** The report the list cites: the newest dated mention, else the last undated one. */
    latestMentionId: integer("latest_mention_id").notNull(),
    /** The largest single figure linked to a mention (never a sum) and its value, for sort=amount-*. */
    amountId: integer("amount_id"),
    amountValueRial: integer("amount_value_rial"),
    /** Hidden by the editor (data/corrections.yaml): kept, never listed. */
    hidden: integer("hidden", { mode: "boolean" }).notNull().default(false),
    /**
     * The work's places (its project_places rows) as one key (lib/places-key.ts; "" when hidden or
     * placeless): the facets of a search group the matched works by it instead of reading their links.
     */
    placesKey: text("places_key").notNull().default(""),
  },
  (t) => [
    index("projects_source_idx").on(t.hidden, t.firstArticleId, t.firstStart),
    index("projects_status_category_idx").on(t.status, t.category),
    // The status × category facet of /projects reads only this index (hidden first: 230 → 17 ms at 100,000 projects).
    index("projects_facets_idx").on(t.hidden, t.status, t.category),
    index("projects_hidden_of_idx").on(t.id, t.hidden, t.status, t.category, t.placesKey),
    index("projects_category_idx").on(t.category),
    index("projects_name_idx").on(t.nameFolded),
    index("projects_amount_value_idx").on(t.amountValueRial),
    index("projects_reported_idx").on(t.articleCount, t.lastArticleId),
    index("projects_last_idx").on(t.lastPublished, t.lastArticleId),
  ],
);

/** Places of a project: every place its mentions name. */
export const projectPlaces = sqliteTable(
  "project_places",
  {
    projectId: integer("project_id").notNull().references(() => projects.id, { onDelete: "cascade" }),
    placeSlug: text("place_slug", { enum: PLACE_SLUGS }).notNull().references(() => places.slug),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.placeSlug] }), index("project_places_place_idx").on(t.placeSlug, t.projectId)],
);

/** One sentence of one article naming a work, as the extractor found it. */
export const projectMentions = sqliteTable(
  "project_mentions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    /** The work it names; set by the identity pass at the end of every ingest. */
    projectId: integer("project_id").references(() => projects.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    nameFolded: text("name_folded").notNull(),
    status: text("status", { enum: PROJECT_STATUSES }),
    category: text("category", { enum: PROJECT_CATEGORIES }).notNull(),
    amountId: integer("amount_id").references(() => amounts.id),
    quote: text("quote").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
  },
  (t) => [
    index("project_mentions_source_idx").on(t.articleId, t.start),
    index("project_mentions_project_idx").on(t.projectId, t.articleId),
    // A name search maps thousands of mention ids (FTS rowids) to their works: this reads the
    // index, not the wide rows (61 → 15 ms for «بوستان» at 100,000 projects, with projects_hidden_of_idx,
    // which also holds what the search's facets group by).
    index("project_mentions_project_of_idx").on(t.id, t.projectId),
  ],
);

export const mentionPlaces = sqliteTable(
  "mention_places",
  {
    mentionId: integer("mention_id").notNull().references(() => projectMentions.id, { onDelete: "cascade" }),
    placeSlug: text("place_slug", { enum: PLACE_SLUGS }).notNull().references(() => places.slug),
  },
  (t) => [primaryKey({ columns: [t.mentionId, t.placeSlug] }), index("mention_places_place_idx").on(t.placeSlug)],
);

/**
 * What each report added to a project's story (lib/project-story.ts#projectEvents), computed by the
 * identity pass: /changes and its Atom feed read it in the order articles were published.
 */
export const projectChanges = sqliteTable(
  "project_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id").notNull().references(() => projects.id, { onDelete: "cascade" }),
    articleId: integer("article_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    mentionId: integer("mention_id").notNull().references(() => projectMentions.id, { onDelete: "cascade" }),
    type: text("type", { enum: CHANGE_TYPES }).notNull(),
    status: text("status", { enum: PROJECT_STATUSES }),
    previousStatus: text("previous_status", { enum: PROJECT_STATUSES }),
    /** The figure a figure change is about, and (JSON list) the earlier figures it conflicts with. */
    amountId: integer("amount_id").references(() => amounts.id),
    conflicts: text("conflicts"),
  },
  (t) => [index("project_changes_article_idx").on(t.articleId), index("project_changes_project_idx").on(t.projectId)],
);

/**
 * What the editor's corrections (data/corrections.yaml) changed at the last ingest: a fact's kind,
 * districts or year (with the values the extractor gave, which the article page still shows), or
 * a project merged, split or hidden. Rebuilt from the file on every ingest.
 */
export const corrections = sqliteTable(
  "corrections",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Position of the entry in the file (1-based), as `npm run seed` reports it. */
    entry: integer("entry").notNull(),
    action: text("action", { enum: CORRECTION_ACTIONS }).notNull(),
    reason: text("reason").notNull(),
    /** ISO date of the entry. */
    date: text("date").notNull(),
    factType: text("fact_type", { enum: CORRECTED_FACTS }),
    factId: integer("fact_id"),
    projectId: integer("project_id"),
    /** JSON of the extractor's values / the corrected values of a fact. */
    before: text("before"),
    after: text("after"),
  },
  (t) => [index("corrections_fact_idx").on(t.factType, t.factId), index("corrections_project_idx").on(t.projectId)],
);

export const quantities = sqliteTable(
  "quantities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    value: real("value").notNull(),
    unit: text("unit").notNull(),
    placesKey: text("places_key").notNull(),
    quote: text("quote").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
  },
  (t) => [index("quantities_article_idx").on(t.articleId)],
);

export const quantityPlaces = sqliteTable(
  "quantity_places",
  {
    quantityId: integer("quantity_id").notNull().references(() => quantities.id, { onDelete: "cascade" }),
    placeSlug: text("place_slug", { enum: PLACE_SLUGS }).notNull().references(() => places.slug),
  },
  (t) => [primaryKey({ columns: [t.quantityId, t.placeSlug] }), index("quantity_places_place_idx").on(t.placeSlug)],
);

// ---- aggregates: rebuilt by db/aggregates.ts at the end of every ingest (in its transaction), so a
// page reads a few rows per place instead of counting the corpus (docs/bounds.md).

/** Per place, as its filter counts (a region with its neighbourhoods): articles, projects, distinct figures. */
export const placeStats = sqliteTable("place_stats", {
  slug: text("slug", { enum: PLACE_SLUGS }).primaryKey().references(() => places.slug),
  articles: integer("articles").notNull(),
  projects: integer("projects").notNull(),
  figures: integer("figures").notNull(),
});

/**
 * Per place filter, status and category: how many works (not hidden) the filter covers. Each work
 * has one status and one category, so sums over either are exact: /projects' facets read these
 * few hundred rows instead of every place link (db/aggregates.ts, db/queries/projects.ts).
 */
export const placeFacets = sqliteTable(
  "place_facets",
  {
    slug: text("slug", { enum: PLACE_SLUGS }).notNull().references(() => places.slug),
    /** "" for a work with no status reported. */
    status: text("status").notNull(),
    category: text("category", { enum: PROJECT_CATEGORIES }).notNull(),
    projects: integer("projects").notNull(),
  },
  (t) => [primaryKey({ columns: [t.slug, t.status, t.category] })],
);

/** Per place and kind, the largest distinct figures (lib/geo/metric.ts PANEL_FIGURES), each by its first amount. */
export const placeFigures = sqliteTable(
  "place_figures",
  {
    slug: text("slug", { enum: PLACE_SLUGS }).notNull().references(() => places.slug),
    kind: text("kind", { enum: AMOUNT_KINDS }).notNull(),
    rank: integer("rank").notNull(),
    amountId: integer("amount_id").notNull().references(() => amounts.id, { onDelete: "cascade" }),
    valueRial: integer("value_rial").notNull(),
    placesKey: text("places_key").notNull(),
    qualifier: text("qualifier", { enum: QUALIFIERS }),
    year: text("year"),
  },
  (t) => [primaryKey({ columns: [t.slug, t.kind, t.rank] })],
);
