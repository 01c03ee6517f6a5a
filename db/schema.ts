// Drizzle tables only. Every fact keeps its [start, end) span into articles.text (UTF-16 indices,
// as JavaScript slices strings), so the UI can always show the sentence a figure came from.
import { sqliteTable, text, integer, real, primaryKey, index, uniqueIndex } from "drizzle-orm/sqlite-core";

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
  slug: text("slug").primaryKey(),
  fa: text("fa").notNull(),
  en: text("en").notNull(),
  kind: text("kind").notNull(),
  parent: text("parent"),
  sortOrder: integer("sort_order").notNull(),
});

export const placeMentions = sqliteTable(
  "place_mentions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    placeSlug: text("place_slug").notNull().references(() => places.slug),
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
    kind: text("kind").notNull(),
    year: text("year"),
    qualifier: text("qualifier"),
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
    placeSlug: text("place_slug").notNull().references(() => places.slug),
  },
  (t) => [primaryKey({ columns: [t.amountId, t.placeSlug] }), index("amount_places_place_idx").on(t.placeSlug)],
);

export const projects = sqliteTable(
  "projects",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** Name folded for search (ی/ي, ک/ك, ZWNJ, digits unified; see lib/text-fold.ts). */
    nameFolded: text("name_folded").notNull(),
    status: text("status"),
    category: text("category").notNull(),
    amountId: integer("amount_id").references(() => amounts.id),
    /** Copy of amounts.value_rial (set at ingest), so sort=amount-* can use an index. */
    amountValueRial: integer("amount_value_rial"),
    quote: text("quote").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
  },
  (t) => [
    // (article_id, start): the default "source" order, and deep pages as an index-only walk.
    index("projects_source_idx").on(t.articleId, t.start),
    // Status × category facets in one index-only pass.
    index("projects_status_category_idx").on(t.status, t.category),
    index("projects_category_idx").on(t.category),
    index("projects_name_idx").on(t.nameFolded),
    index("projects_amount_value_idx").on(t.amountValueRial),
  ],
);

export const projectPlaces = sqliteTable(
  "project_places",
  {
    projectId: integer("project_id").notNull().references(() => projects.id, { onDelete: "cascade" }),
    placeSlug: text("place_slug").notNull().references(() => places.slug),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.placeSlug] }), index("project_places_place_idx").on(t.placeSlug, t.projectId)],
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
    placeSlug: text("place_slug").notNull().references(() => places.slug),
  },
  (t) => [primaryKey({ columns: [t.quantityId, t.placeSlug] }), index("quantity_places_place_idx").on(t.placeSlug)],
);

// ---- aggregates: rebuilt by db/aggregates.ts at the end of every ingest (in its transaction), so a
// page reads a few rows per place instead of counting the corpus (docs/bounds.md).

/** Per place, as its filter counts (a region with its neighbourhoods): articles, projects, distinct figures. */
export const placeStats = sqliteTable("place_stats", {
  slug: text("slug").primaryKey().references(() => places.slug),
  articles: integer("articles").notNull(),
  projects: integer("projects").notNull(),
  figures: integer("figures").notNull(),
});

/** Per place and kind, the largest distinct figures (lib/geo/metric.ts PANEL_FIGURES), each by its first amount. */
export const placeFigures = sqliteTable(
  "place_figures",
  {
    slug: text("slug").notNull().references(() => places.slug),
    kind: text("kind").notNull(),
    rank: integer("rank").notNull(),
    amountId: integer("amount_id").notNull().references(() => amounts.id, { onDelete: "cascade" }),
    valueRial: integer("value_rial").notNull(),
    placesKey: text("places_key").notNull(),
    qualifier: text("qualifier"),
    year: text("year"),
  },
  (t) => [primaryKey({ columns: [t.slug, t.kind, t.rank] })],
);
