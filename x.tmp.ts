import { readFileSync, readdirSync } from "node:fs";
import { extractArticle, extractMeta } from "./lib/extract";
for (const f of readdirSync("data/articles").filter((f) => f.endsWith(".txt"))) {
  const text = readFileSync("data/articles/" + f, "utf8");
  const r = extractArticle(text);
  console.log("=====", f, JSON.stringify(extractMeta(text)));
  for (const a of r.amounts) console.log("A", a.value_rial, a.unit_text, a.kind, a.districts.join(","), a.year, a.qualifier, "|", a.quote, text.slice(a.start, a.end) === a.quote);
  for (const q of r.quantities) console.log("Q", q.value, q.unit, q.districts.join(","), "|", q.quote);
  for (const p of r.projects) console.log("P", p.status, p.category, p.districts.join(","), "|", p.name, "|", p.quote);
  console.log("places", r.places.join(","));
}
