import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractMeta } from "../lib/extract";
import { listArticleFiles, loadArticle } from "./load-articles";

const DIR = path.resolve("data/articles");

describe("the corpus", () => {
  it("keeps the five seeds byte for byte", () => {
    const files = listArticleFiles(DIR);
    expect(files).toHaveLength(5);
    for (const f of files) {
      const shared = path.resolve("../shared/articles", path.basename(f));
      expect(fs.existsSync(shared), `missing ${shared}`).toBe(true);
      expect(fs.readFileSync(f).equals(fs.readFileSync(shared))).toBe(true);
    }
  });

  it.each(listArticleFiles(DIR).map((f) => [path.basename(f), f]))("%s: the sidecar says what the text says", (_name, file) => {
    const loaded = loadArticle(file);
    if (!loaded.ok) throw new Error(loaded.reason);
    expect(loaded.input.meta).toEqual(extractMeta(loaded.input.text));
  });

  it("refuses a sidecar that is not valid metadata, naming it", () => {
    const dir = fs.mkdtempSync(path.join(fs.mkdtempSync("/tmp/qom-meta-"), "x"));
    fs.writeFileSync(path.join(dir, "a.txt"), "متن خبر درباره منطقه ۳ قم.\n");
    fs.writeFileSync(path.join(dir, "a.meta.json"), JSON.stringify({ title: "", outlet: null, url: "not a url", published: "1404/08/18" }));
    const r = loadArticle(path.join(dir, "a.txt"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^a\.meta\.json: invalid metadata/);
  });
});
