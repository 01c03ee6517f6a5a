// Reads for /data: row counts, the last write of the database, and the tables page by page
// (keyset on rowid, so a page is one short indexed query and nothing stays open between pages).
// Table and column names come from db/schema-shape.ts, never from a request.
import fs from "node:fs";
import { sql } from "drizzle-orm";
import type { TableShape } from "../../lib/data-dictionary";
import { getDb } from "../client";
import { dbFile } from "../paths";
import { publishedDbFile, publishedState, type PublishedState } from "../publish";

export function countRows(table: TableShape, upToRowid = Number.MAX_SAFE_INTEGER): number {
  const row = getDb().get<{ n: number }>(sql`select count(*) as n from ${sql.identifier(table.name)} where rowid <= ${upToRowid}`);
  return row.n;
}

export function getMaxRowid(table: TableShape): number {
  return getDb().get<{ m: number }>(sql`select coalesce(max(rowid), 0) as m from ${sql.identifier(table.name)}`).m;
}

/** Rows after `afterRowid` up to `upToRowid`, values in the shape's column order, rowid last. */
export function listRowsAfter(table: TableShape, afterRowid: number, upToRowid: number, limit: number): unknown[][] {
  const cols = sql.join(table.columns.map((c) => sql.identifier(c.name)), sql`, `);
  return getDb().values(sql`select ${cols}, rowid from ${sql.identifier(table.name)} where rowid > ${afterRowid} and rowid <= ${upToRowid} order by rowid limit ${limit}`);
}

/** The database file's inode: it changes only when a re-seed renames a new file in. */
export function getDbInode(): number {
  return fs.statSync(dbFile()).ino;
}

export interface DatasetStamp {
  /** Last write of the database file (a seed or an ingest), ISO. */
  seededAt: string;
  /** Identity of the file: a re-seed renames a new one in; an ingest changes size and mtime. */
  version: string;
  published: PublishedState;
}

export function getDatasetStamp(): DatasetStamp {
  const file = dbFile();
  const s = fs.statSync(file);
  return { seededAt: s.mtime.toISOString(), version: `${s.ino}-${s.size}-${Math.floor(s.mtimeMs)}`, published: publishedState(file) };
}

/** The download copy, opened: the descriptor keeps these bytes even if a re-seed replaces the file. */
export function openPublishedCopy(): { fd: number; size: number; etag: string } | null {
  const file = dbFile();
  if (!publishedState(file).ok) return null;
  const fd = fs.openSync(publishedDbFile(file), "r");
  const s = fs.fstatSync(fd);
  return { fd, size: s.size, etag: `"${s.ino}-${s.size}-${Math.floor(s.mtimeMs)}"` };
}
