import { describe, expect, it } from "vitest";
import { schemaShape } from "../db/schema-shape";
import { allowedValues, buildDictionary, TABLE_DOCS, type TableShape } from "./data-dictionary";
import { PLACES } from "./districts";
import { AMOUNT_KINDS, PROJECT_CATEGORIES, PROJECT_STATUSES, QUALIFIERS } from "./extract/types";
import { CATEGORY_LABELS, KIND_LABELS, STATUS_LABELS } from "./strings";

const shapes = schemaShape();
const dictionary = buildDictionary(shapes);
const column = (t: string, c: string) => dictionary.find((x) => x.name === t)?.columns.find((x) => x.name === c);

describe("buildDictionary", () => {
  it("describes every column of every published table, types and keys from the schema", () => {
    expect(dictionary.map((t) => t.name)).toEqual([
      "articles", "places", "amounts", "amount_places", "projects", "project_places", "project_mentions", "mention_places",
      "quantities", "quantity_places", "place_mentions", "corrections",
    ]);
    for (const t of dictionary) for (const c of t.columns) expect(c.about.length, `${t.name}.${c.name}`).toBeGreaterThan(5);
    expect(column("amounts", "value_rial")).toMatchObject({ sqlType: "integer", notNull: true, primaryKey: false, unit: "ریال، عدد صحیح", fa: "مبلغ (ریال)" });
    expect(column("project_mentions", "amount_id")).toMatchObject({ references: "amounts.id", notNull: false });
    expect(column("project_mentions", "project_id")).toMatchObject({ references: "projects.id", notNull: false });
    expect(column("amount_places", "place_slug")).toMatchObject({ primaryKey: true, references: "places.slug", values: "place_slug" });
    expect(column("quantities", "value")?.sqlType).toBe("real");
  });

  it("has no description of a column the schema does not have", () => {
    for (const [table, doc] of Object.entries(TABLE_DOCS)) {
      const shape = shapes.find((s) => s.name === table);
      expect(shape, table).toBeDefined();
      expect(Object.keys(doc.columns).sort()).toEqual(shape!.columns.map((c) => c.name).sort());
    }
  });

  it("refuses a column nobody described", () => {
    const extra: TableShape = { name: "amounts", columns: [{ name: "secret", sqlType: "text", notNull: false, primaryKey: false, references: null }] };
    expect(() => buildDictionary([extra])).toThrow("amounts.secret");
    expect(() => buildDictionary([{ name: "nope", columns: [] }])).toThrow("nope");
  });

  it("gives distinct Persian headers within a table (they head the CSV columns)", () => {
    for (const t of dictionary) expect(new Set(t.columns.map((c) => c.fa)).size, t.name).toBe(t.columns.length);
  });
});

describe("allowedValues", () => {
  const v = allowedValues();

  it("lists the extractor's kinds, statuses, categories and qualifiers with their Persian labels", () => {
    expect(v.amount_kind).toEqual(AMOUNT_KINDS.map((k) => ({ value: k, fa: KIND_LABELS[k] })));
    expect(v.project_status).toEqual(PROJECT_STATUSES.map((k) => ({ value: k, fa: STATUS_LABELS[k] })));
    expect(v.project_category.map((x) => [x.value, x.fa])).toEqual(PROJECT_CATEGORIES.map((k) => [k, CATEGORY_LABELS[k]]));
    expect(v.qualifier.map((x) => x.value)).toEqual([...QUALIFIERS]);
    expect(v.amount_kind.find((x) => x.value === "budget")?.fa).toBe("بودجه");
  });

  it("lists every place of lib/districts.ts with its Persian name and where it lies", () => {
    expect(v.place_slug.map((p) => [p.value, p.fa])).toEqual(PLACES.map((p) => [p.slug, p.fa]));
    expect(v.place_slug.find((p) => p.value === "niroogah")).toEqual({ value: "niroogah", fa: "نیروگاه", note: "محله یا شهرک، درون منطقه ۶" });
    expect(v.place_slug.find((p) => p.value === "province")?.note).toBe("استان");
    expect(new Set(v.place_kind.map((k) => k.value))).toEqual(new Set(PLACES.map((p) => p.kind)));
  });

  it("lists the quantity units the seeded data uses", () => {
    expect(v.quantity_unit.map((u) => u.value)).toEqual(expect.arrayContaining(["ton", "m2", "km", "people", "projects", "percent"]));
  });
});
