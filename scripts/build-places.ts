// npm run places → lib/places-gazetteer.ts from ../shared/places/qom-neighbourhoods.tsv (PLACES_DIR).
// The gazetteer is a sourced table of names inside Qom with the municipal region each lies in.
// Neighbourhoods and townships of high or medium confidence become places of their own (their
// region as parent, their source addresses kept); streets, squares and parks of high or medium
// confidence become evidence for the region of a fact. Rows whose region sources disagree («?»)
// and low-confidence rows are left out. The output is committed: lib/ reads no files.
import fs from "node:fs";
import path from "node:path";
import { buildGazetteer, renderGazetteerModule } from "../lib/gazetteer-build";

const ROOT = path.resolve(__dirname, "..");
const DIR = path.resolve(ROOT, process.env.PLACES_DIR ?? "../shared/places");
const TSV = path.join(DIR, "qom-neighbourhoods.tsv");
const OUT = path.join(ROOT, "lib/places-gazetteer.ts");

function main(): void {
  if (!fs.existsSync(TSV)) {
    console.error(`places: ${TSV} not found (set PLACES_DIR); lib/places-gazetteer.ts left as it was`);
    process.exit(1);
  }
  const gazetteer = buildGazetteer(fs.readFileSync(TSV, "utf8"));
  fs.writeFileSync(OUT, renderGazetteerModule(gazetteer));
  console.log(`places: ${gazetteer.places.length} neighbourhoods and townships, ${gazetteer.areas.length} streets/parks as evidence → ${path.relative(ROOT, OUT)}`);
}

main();
