// /extract on the seed article «۴۴۲ میلیارد ریال» comes from, pasted the ways outlets' text
// arrives: Arabic ي/ك, no ZWNJ, Latin digits, CRLF, stray direction marks. Every mark and every
// row must point at the exact characters of the text as pasted.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { buildExtractView, PASTED_FILE } from "./extract-view";
import { contractArticle } from "./extract-contract";
import { extractArticle } from "./extract";

const SEED = fs.readFileSync("data/articles/000_dd63a7a9bc8eef05.txt", "utf8");
const LATIN: Record<string, string> = Object.fromEntries([..."۰۱۲۳۴۵۶۷۸۹"].map((d, i) => [d, String(i)]));

const VARIANTS: [string, (t: string) => string][] = [
  ["as published", (t) => t],
  ["Arabic ي and ك", (t) => t.replace(/ی/g, "ي").replace(/ک/g, "ك")],
  ["without ZWNJ", (t) => t.replace(/\u200c/g, " ")],
  ["Latin digits", (t) => t.replace(/[۰-۹]/g, (d) => LATIN[d]!)],
  ["CRLF line ends", (t) => t.replace(/\n/g, "\r\n")],
  ["direction marks around and inside the figure", (t) => t.replace("۴۴۲ میلیارد", "\u200f۴۴۲\u200e میلیارد").replace(/\n/g, "\u200f\n").replace("منطقه ۶،", "\u202bمنطقه ۶\u202c،")],
  ["a BOM and a leading RLM", (t) => `\ufeff\u200f${t}`],
];

function marked(view: ReturnType<typeof buildExtractView>, anchor: string): string {
  const pieces = view.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.pieces));
  const i = pieces.findIndex((p) => p.anchors.includes(anchor));
  expect(i).toBeGreaterThanOrEqual(0);
  // A fact may be cut into several pieces where another fact overlaps it: join them back.
  let text = "";
  for (let j = i; j < pieces.length && pieces[j]!.types.includes("amount"); j++) text += pieces[j]!.text;
  return text;
}

describe("buildExtractView", () => {
  it.each(VARIANTS)("%s: «۴۴۲ میلیارد ریال» is budget / region 6 / 1398, marked at its own characters", (_, change) => {
    const text = change(SEED);
    const view = buildExtractView(text);
    const a = view.download.articles[0]!.amounts.find((x) => x.value_rial === 442_000_000_000);
    expect(a).toMatchObject({ kind: "budget", districts: ["region-6"], year: "1398", qualifier: null, unit_text: "میلیارد ریال" });
    expect(text.slice(a!.start, a!.end)).toBe(a!.quote);
    const row = view.amounts.find((r) => r.anchor === `fact-a-${a!.start}`);
    expect(row).toMatchObject({ rial: "۴۴۲٬۰۰۰٬۰۰۰٬۰۰۰ ریال", billions: "۴۴۲ میلیارد ریال", kind: "بودجه", districts: "منطقه ۶", year: "۱۳۹۸", quote: a!.quote });
    expect(marked(view, row!.anchor)).toBe(a!.quote);
  });

  it("keeps every span of every fact inside the pasted text, whatever the variant", () => {
    for (const [, change] of VARIANTS) {
      const text = change(SEED);
      const doc = buildExtractView(text).download.articles[0]!;
      for (const f of [...doc.amounts, ...doc.projects, ...doc.quantities]) expect(text.slice(f.start, f.end)).toBe(f.quote);
    }
  });

  it("downloads the CLI's contract with the text attached", () => {
    const view = buildExtractView(SEED, "000.txt");
    expect(view.download).toEqual({ articles: [{ ...contractArticle("000.txt", extractArticle(SEED)), text: SEED }] });
    expect(buildExtractView("منطقه ۶").download.articles[0]!.file).toBe(PASTED_FILE);
  });

  it("names a project's amount and status on the amount's row", () => {
    const view = buildExtractView("عملیات احداث بوستان شاهد در منطقه ۶ قم با اعتبار ۲۰ میلیارد تومان آغاز شد.");
    const withProject = view.amounts.find((r) => r.project);
    expect(withProject?.project?.name).toContain("بوستان شاهد");
    expect(view.projects.map((p) => p.status)).toContain(withProject?.project?.status);
  });

  it("shows a text with nothing to extract as plain text", () => {
    const view = buildExtractView("سلام دنیا.\nخبری نیست.");
    expect(view.amounts).toEqual([]);
    expect(view.paragraphs).toHaveLength(2);
    expect(view.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.pieces)).every((p) => p.types.length === 0)).toBe(true);
  });
});
