// Responses of /data/<file>. Downloads are streamed with back-pressure: the SQLite copy from an
// open descriptor, the tables one page of rows per pull, so memory stays bounded at any size.
// Each carries an ETag of the database version; a repeat with If-None-Match gets a 304.
import fs from "node:fs";
import { Readable } from "node:stream";
import { countRows, getDatasetStamp, getDbInode, getMaxRowid, listRowsAfter, openPublishedCopy } from "@/db/queries/dataset";
import { buildDictionary, type TableShape } from "@/lib/data-dictionary";
import { contentType, exportHead, exportRows, exportTail, pageSize, SQLITE_FILE, SQLITE_TYPE, type ExportFile } from "@/lib/dataset-export";
import { DATA } from "@/lib/strings";

const text = (body: string, status: number) => new Response(`${body}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
const notModified = (etag: string) => new Response(null, { status: 304, headers: { etag, "cache-control": "no-cache" } });

export function sqliteResponse(req: Request): Response {
  const copy = openPublishedCopy();
  if (!copy) return text(DATA.sqliteMissing, 503);
  if (req.headers.get("if-none-match") === copy.etag) {
    fs.closeSync(copy.fd);
    return notModified(copy.etag);
  }
  const day = getDatasetStamp().seededAt.slice(0, 10);
  // cast: Node's web ReadableStream type and the DOM's that Response takes are declared apart
  const body = Readable.toWeb(fs.createReadStream("", { fd: copy.fd, autoClose: true })) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      "content-type": SQLITE_TYPE,
      "content-length": String(copy.size),
      "content-disposition": `attachment; filename="${SQLITE_FILE.replace(".sqlite", `-${day}.sqlite`)}"`,
      etag: copy.etag,
      "cache-control": "no-cache",
    },
  });
}

export function exportResponse(req: Request, file: ExportFile, shapes: readonly TableShape[]): Response {
  const shape = shapes.find((t) => t.name === file.table)!;
  const [table] = buildDictionary([shape]);
  const stamp = getDatasetStamp();
  const etag = `"${stamp.version}-${file.name}"`;
  if (req.headers.get("if-none-match") === etag) return notModified(etag);
  // A snapshot: rows up to today's last rowid (an ingest only appends after it); a re-seed during
  // the download (a new file) breaks it off rather than mixing two databases in one file.
  const inode = getDbInode();
  const upTo = getMaxRowid(shape);
  const rowCount = countRows(shape, upTo);
  const encoder = new TextEncoder();
  let after = 0;
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(encoder.encode(exportHead(table!, file.format, { seededAt: stamp.seededAt, rowCount })));
    },
    pull(c) {
      if (getDbInode() !== inode) return c.error(new Error("the database was replaced during the download"));
      const rows = listRowsAfter(shape, after, upTo, pageSize(file.table));
      if (rows.length === 0) {
        c.enqueue(encoder.encode(exportTail(file.format)));
        return c.close();
      }
      after = Number(rows[rows.length - 1]!.at(-1));
      c.enqueue(encoder.encode(exportRows(table!, file.format, rows.map((r) => r.slice(0, -1)), first)));
      first = false;
    },
  });
  return new Response(body, {
    headers: {
      "content-type": contentType(file.format),
      "content-disposition": `attachment; filename="${file.name}"`,
      etag,
      "cache-control": "no-cache",
    },
  });
}
