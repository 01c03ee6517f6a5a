import { describe, expect, it } from "vitest";
import { CorrectionsError, parseCorrections, planCorrections, regroup, type ArticleFacts } from "./corrections";

const ENTRY = `
- action: fix
  date: 2026-12-02
  reason: approved in the session, not spent yet
  fact: amount
  ref: { file: a.txt, quote: "۴۰ میلیارد تومان" }
  set: { kind: credit }
`;

describe("parseCorrections", () => {
  it("reads a valid file (a YAML date or a quoted one)", () => {
    const [e] = parseCorrections(ENTRY);
    expect(e).toMatchObject({ action: "fix", date: "2026-12-02", fact: "amount", set: { kind: "credit" } });
    expect(parseCorrections(ENTRY.replace("2026-12-02", '"2026-12-02"'))[0]?.date).toBe("2026-12-02");
    expect(parseCorrections("")).toEqual([]);
  });

  // each case: what is wrong → the message names the entry and the field
  const BAD: [string, string, RegExp][] = [
    ["no reason", ENTRY.replace("  reason: approved in the session, not spent yet\n", ""), /entry 1 \(reason\)/],
    ["a reason too short to say why", ENTRY.replace("approved in the session, not spent yet", "typo"), /entry 1 \(reason\): give the reason/],
    ["a date that is not a date", ENTRY.replace("2026-12-02", "last week"), /entry 1 \(date\)/],
    ["an unknown kind", ENTRY.replace("kind: credit", "kind: gift"), /entry 1 \(set\.kind\)/],
    ["a kind for a project", ENTRY.replace("fact: amount", "fact: project"), /only an amount has a kind/],
    ["an unknown place", ENTRY.replace("{ kind: credit }", "{ districts: [region-9] }"), /unknown place slug/],
    ["nothing to set", ENTRY.replace("{ kind: credit }", "{}"), /set at least one/],
    ["an unknown action", ENTRY.replace("action: fix", "action: delete"), /entry 1 \(action\)/],
    ["an unknown field", ENTRY.replace("  fact: amount", "  fact: amount\n  note: x"), /entry 1/],
    ["a merge of one mention", "- { action: merge, date: 2026-12-02, reason: the same work twice over, mentions: [{ file: a.txt, quote: x }] }", /entry 1 \(mentions\)/],
    ["not YAML", "- [unclosed", /not valid YAML/],
  ];
  it.each(BAD)("refuses %s", (_, text, message) => {
    expect(() => parseCorrections(text)).toThrow(CorrectionsError);
    expect(() => parseCorrections(text)).toThrow(message);
  });
});

const TEXT = "بوستان نمونه با هزینه ۴۰ میلیارد تومان به تصویب رسید. بوستان‌های الف و ب افتتاح شد. بوستان نمونه زیباست.";
const at = (s: string, from = 0) => TEXT.indexOf(s, from);
const ARTICLES = new Map<string, ArticleFacts>([
  ["a.txt", {
    id: 1, text: TEXT,
    amount: [{ id: 10, start: at("۴۰"), end: at("۴۰") + "۴۰ میلیارد تومان".length }],
    project: [
      { id: 20, start: 0, end: 12, name: "بوستان نمونه" },
      { id: 21, start: at("بوستان‌های"), end: at("بوستان‌های") + 16, name: "بوستان الف" },
      { id: 22, start: at("بوستان‌های"), end: at("بوستان‌های") + 16, name: "بوستان ب" },
    ],
    quantity: [],
  }],
]);
const plan = (yaml: string) => planCorrections(parseCorrections(yaml), ARTICLES);
const entry = (body: string) => `- { date: 2026-12-02, reason: the editor read the sentence, ${body} }`;

describe("planCorrections", () => {
  it("finds the fact a quote overlaps, so a wider or narrower span still matches", () => {
    expect(plan(ENTRY).fixes).toEqual([{ entry: 1, type: "amount", id: 10, kind: "credit" }]);
    expect(plan(entry('action: fix, fact: amount, ref: { file: a.txt, quote: "با هزینه ۴۰ میلیارد" }, set: { year: "1402" }')).fixes[0]).toMatchObject({ id: 10, year: "1402" });
  });

  it("reports an entry that no longer matches, naming the entry and why", () => {
    const p = plan(`${ENTRY}\n${entry('action: hide, mention: { file: a.txt, quote: "پل ناموجود" }')}\n${entry('action: fix, fact: amount, ref: { file: a.txt, quote: "زیباست" }, set: { kind: cost }')}`);
    expect(p.fixes).toHaveLength(1);
    expect(p.stale).toEqual([
      "entry 2 (hide, 2026-12-02): «پل ناموجود» is not in a.txt",
      "entry 3 (fix, 2026-12-02): no amount at «زیباست» in a.txt",
    ]);
  });

  it("asks for start when a quote occurs twice, and for name when one phrase holds two works", () => {
    expect(plan(entry('action: hide, mention: { file: a.txt, quote: "بوستان نمونه" }')).stale[0]).toMatch(/occurs 2 times in a.txt: add its start/);
    expect(plan(entry('action: hide, mention: { file: a.txt, quote: "بوستان نمونه", start: 0 }')).hides).toEqual([{ entry: 1, mention: 20 }]);
    expect(plan(entry('action: hide, mention: { file: a.txt, quote: "الف و ب" }')).stale[0]).toMatch(/2 project mentions at «الف و ب» in a.txt: add name/);
    expect(plan(entry('action: split, mentions: [{ file: a.txt, quote: "الف و ب", name: "بوستان ب" }]')).splits).toEqual([{ entry: 1, mentions: [22] }]);
  });

  it("skips, without calling it stale, an entry about an article this database does not hold", () => {
    const p = plan(entry('action: hide, mention: { file: other.txt, quote: "x" }'));
    expect(p).toMatchObject({ stale: [], absent: [1], hides: [] });
  });
});

describe("regroup", () => {
  it("splits mentions out into a project of their own, then merges the projects holding a merge's mentions", () => {
    const clusters = [[1, 2, 3], [4], [5, 6]];
    const out = regroup(clusters, { splits: [{ entry: 1, mentions: [3] }], merges: [{ entry: 2, mentions: [4, 5] }] });
    expect(out.map((g) => g.join(",")).sort()).toEqual(["1,2", "3", "4,5,6"]);
  });
});
