// THE ingest pipeline, composed here and nowhere else: decode (scripts/load-articles.ts, the file
// edge) → extract (lib/extract) → guard (lib/article-guard) → persist (db/ingest.ts). The seed,
// `npm run ingest`, the benchmarks and the tests all write articles through ingestArticles.
import { deferIndexes, restoreDeferred } from "../../db/bulk";
import { findStored, IngestError, persistArticle, refreshDerived, sha256, upsertPlaces, type ArticleInput, type ExtractedArticle, type IngestOutcome } from "../../db/ingest";
import type { IdentityReport } from "../../db/identity";
import type { WriteDb } from "../../db/writer";
import { cleanLabel, factLimitProblem, urlProblem } from "../../lib/article-guard";
import { titleFromText } from "../../lib/article-title";
import type { CorrectionEntry } from "../../lib/corrections";
import { extractArticle } from "../../lib/extract";

export interface IngestRun {
  outcomes: IngestOutcome[];
  /** The identity pass: how many works, and which correction entries matched nothing. */
  identity: IdentityReport;
}

/**
 * Adds the articles and recomputes project identity over every mention, applying the editor's
 * corrections, all in ONE transaction: a failure (an IngestError names the file) leaves the
 * database exactly as it was. An article whose text is already stored is not extracted again.
 */
export function ingestArticles(
  w: WriteDb, inputs: readonly ArticleInput[], corrections: readonly CorrectionEntry[] = [], opts: { bulk?: boolean } = {},
): IngestRun {
  return w.sqlite.transaction(() => {
    // bulk (a fresh file, the seed): indexes built once after the writes (db/bulk.ts)
    const deferred = opts.bulk ? deferIndexes(w) : null;
    upsertPlaces(w);
    const outcomes = inputs.map((input) => {
      const hash = sha256(input.text);
      return findStored(w, input.file, hash) ?? persistArticle(w, extractChecked(input, hash));
    });
    const identity = refreshDerived(w, corrections);
    if (deferred) restoreDeferred(w, deferred);
    return { outcomes, identity };
  })();
}

/** Extract, then guard: refuses (IngestError) an article with too many facts or a bad address. */
function extractChecked(input: ArticleInput, hash = sha256(input.text)): ExtractedArticle {
  const extraction = extractArticle(input.text);
  const { file, meta } = input;
  const tooMany = factLimitProblem({
    amounts: extraction.amounts.length, projects: extraction.projects.length, quantities: extraction.quantities.length, mentions: extraction.mentions.length,
  });
  if (tooMany) throw new IngestError(file, tooMany);
  const badUrl = meta.url === null ? null : urlProblem(meta.url);
  if (badUrl) throw new IngestError(file, `url: ${badUrl}`);
  // Every article gets a title a reader can use: the metadata's, else the text's headline or the
  // excerpt of its first sentence; never the file name.
  const title = cleanLabel(meta.title) ?? cleanLabel(titleFromText(input.text));
  return { file, text: input.text, sha256: hash, meta: { ...meta, title, outlet: cleanLabel(meta.outlet) }, extraction };
}
