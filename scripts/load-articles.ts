// Reads article files for seed and ingest: bytes → validated text (lib/extract decodeArticle) plus
// the optional NAME.meta.json sidecar; where no sidecar exists, metadata comes from the text.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { decodeArticle, extractMeta } from "../lib/extract";
import type { ArticleMeta } from "../lib/extract/types";
import type { ArticleInput } from "../db/ingest";

const MetaSchema = z.object({
  title: z.string().min(1).nullable(),
  outlet: z.string().min(1).nullable(),
  url: z.string().url().nullable(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
});

export type LoadResult = { ok: true; input: ArticleInput } | { ok: false; file: string; reason: string };

export function loadArticle(filePath: string): LoadResult {
  const file = path.basename(filePath);
  try {
    const bytes = fs.readFileSync(filePath);
    const text = decodeArticle(bytes, file);
    return { ok: true, input: { file, text, meta: readMeta(filePath, text) } };
  } catch (err) {
    return { ok: false, file: filePath, reason: err instanceof Error ? err.message : String(err) };
  }
}

function readMeta(filePath: string, text: string): ArticleMeta {
  const sidecar = filePath.replace(/\.txt$/i, "") + ".meta.json";
  if (!fs.existsSync(sidecar)) return extractMeta(text);
  const parsed = MetaSchema.safeParse(JSON.parse(fs.readFileSync(sidecar, "utf8")));
  if (!parsed.success) throw new Error(`${path.basename(sidecar)}: invalid metadata (${parsed.error.issues[0]?.message})`);
  return parsed.data;
}

export function listArticleFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => path.join(dir, f));
}
