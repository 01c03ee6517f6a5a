// The published tables as plain data (name, columns, SQL types, keys), read from the drizzle
// schema itself, so the data dictionary of /data and the exports cannot drift from db/schema.ts.
import { getTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import type { TableShape } from "../lib/data-dictionary";
import * as schema from "./schema";

/** The tables /data publishes, in the order the dictionary lists them. */
const PUBLISHED: readonly SQLiteTable[] = [
  schema.articles, schema.places, schema.amounts, schema.amountPlaces, schema.projects, schema.projectPlaces,
  schema.projectMentions, schema.mentionPlaces, schema.quantities, schema.quantityPlaces, schema.placeMentions, schema.corrections,
];

export function schemaShape(): TableShape[] {
  return PUBLISHED.map((table) => {
    const c = getTableConfig(table);
    const composite = new Set(c.primaryKeys.flatMap((k) => k.columns.map((col) => col.name)));
    const refs = new Map<string, string>();
    for (const fk of c.foreignKeys) {
      const r = fk.reference();
      const to = getTableConfig(r.foreignTable).name;
      r.columns.forEach((col, i) => refs.set(col.name, `${to}.${r.foreignColumns[i]?.name ?? ""}`));
    }
    return {
      name: c.name,
      columns: c.columns.map((col) => ({
        name: col.name, sqlType: col.getSQLType(), notNull: col.notNull, primaryKey: col.primary || composite.has(col.name),
        references: refs.get(col.name) ?? null,
      })),
    };
  });
}
