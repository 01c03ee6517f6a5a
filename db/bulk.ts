// Filling a NEW database at once (the seed, into a temporary file renamed into place only on
// success): what a database that readers use while it grows cannot afford to skip, a fresh file can.
// - the page cache is made large enough to hold the transaction, so SQLite never spills dirty
//   pages mid-transaction (each spill wrote the journal and synced), and the rollback journal is
//   kept in memory (a crash leaves only the temporary file, which the seed removes);
// - the search index's insert trigger and every secondary index the writes do not look rows up by
//   are dropped before the writes and rebuilt after them from their own definitions
//   (sqlite_master), inside the same transaction: building an index over sorted rows once is
//   cheaper than keeping twelve indexes of `projects` in order through 100,000 inserts.
// The schema and every row come out the same as an ordinary ingest's (scripts/db-tests/bulk.test.ts).
// Measured on 10,000 articles: docs/performance.md §4.
import type { WriteDb } from "./writer";

/** The full-text index of project names (migration 0004): external content, so it can be rebuilt. */
const SEARCH_INDEX = "mention_names";
const SEARCH_TRIGGER = "mention_names_insert";

/** Connection settings for a fresh file that nobody reads until it is renamed into place. */
export function tuneForBulkLoad({ sqlite }: WriteDb): void {
  sqlite.pragma("cache_size = -1000000"); // KiB: up to ~1 GB of pages, used only as the file grows
  sqlite.pragma("journal_mode = MEMORY");
}

interface Deferred {
  indexes: { name: string; sql: string }[];
  trigger: string | null;
}

/** Drops what `restoreDeferred` rebuilds; call inside the transaction that does the writes. */
export function deferIndexes({ sqlite }: WriteDb): Deferred {
  // Every index the writes do not look rows up by: not a unique one (a stored article is found by
  // its hash or file), not one that leads with article_id (the corrections resolve their
  // references article by article), none of the editor's corrections table.
  const indexes = sqlite
    .prepare(`select m.name, m.sql from sqlite_master m join pragma_index_list(m.tbl_name) l on l.name = m.name
      where m.type = 'index' and m.sql is not null and l."unique" = 0 and m.tbl_name <> 'corrections'
      and (select c.name from pragma_index_info(m.name) c where c.seqno = 0) <> 'article_id' order by m.name`)
    .all() as { name: string; sql: string }[];
  const trigger = (sqlite.prepare("select sql from sqlite_master where type = 'trigger' and name = ?").get(SEARCH_TRIGGER) as { sql: string } | undefined)?.sql ?? null;
  for (const i of indexes) sqlite.exec(`drop index "${i.name}"`);
  if (trigger) sqlite.exec(`drop trigger "${SEARCH_TRIGGER}"`);
  return { indexes, trigger };
}

/** Rebuilds the search index from its content table and recreates every dropped index and trigger. */
export function restoreDeferred({ sqlite }: WriteDb, d: Deferred): void {
  if (d.trigger) {
    sqlite.exec(`insert into "${SEARCH_INDEX}"("${SEARCH_INDEX}") values ('rebuild')`);
    sqlite.exec(d.trigger);
  }
  for (const i of d.indexes) sqlite.exec(i.sql);
}
