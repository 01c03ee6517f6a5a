// Reads article files for seed and ingest: bytes → validated text (lib/extract decodeArticle) plus
// the optional NAME.meta.json sidecar; where no sidecar exists, metadata comes from the text.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { decodeArticle, extractMeta } from "../lib/extract";
import { ArticleDecodeError } from "../lib/extract/decode";
import { tooLargeProblem, urlProblem, utf16Problem } from "../lib/article-guard";
import type { ArticleMeta } from "../lib/extract/types";
import type { ArticleInput } from "../db/ingest";

const MetaSchema = z.object({
  title: z.string().min(1).nullable(),
  outlet: z.string().min(1).nullable(),
  url: z.string().superRefine((u, ctx) => {
    const problem = urlProblem(u);
    if (problem) ctx.addIssue({ code: "custom", message: `url: ${problem}` });
  }).nullable(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
});

export { MAX_ARTICLE_BYTES } from "../lib/article-guard";

const REASONS: Record<ArticleDecodeError["reason"], string> = {
  empty: "the file is empty",
  binary: "the file is binary, not text (it contains NUL bytes)",
  "not UTF-8": "the file is not valid UTF-8 text",
};

export type LoadResult = { ok: true; input: ArticleInput } | { ok: false; file: string; reason: string };

export function loadArticle(filePath: string): LoadResult {
  const file = path.basename(filePath);
  try {
    const tooLarge = tooLargeProblem(fs.statSync(filePath).size);
    if (tooLarge) throw new Error(tooLarge);
    const bytes = fs.readFileSync(filePath);
    const utf16 = utf16Problem(bytes); // before decodeArticle, which would call it binary
    if (utf16) throw new Error(utf16);
    const text = decodeArticle(bytes, file);
    return { ok: true, input: { file, text, meta: readMeta(filePath, text) } };
  } catch (err) {
    const reason = err instanceof ArticleDecodeError ? REASONS[err.reason] : err instanceof Error ? err.message.replace(/^ENOENT.*/, "the file does not exist") : String(err);
    return { ok: false, file: filePath, reason };
  }
}

function readMeta(filePath: string, text: string): ArticleMeta {
  const sidecar = filePath.replace(/\.txt$/i, "") + ".meta.json";
  if (!fs.existsSync(sidecar)) return extractMeta(text);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(sidecar, "utf8"));
  } catch (err) {
    throw new Error(`${path.basename(sidecar)}: not valid JSON (${(err as Error).message})`);
  }
  const parsed = MetaSchema.safeParse(json);
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
