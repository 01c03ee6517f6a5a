import { describe, expect, it } from "vitest";
import { byTimeline, figuresByKind, latestStatus, projectEvents, projectName, summarise, type StoryFigure, type StoryMention } from "./project-story";

const m = (id: number, articleId: number, published: string | null, status: StoryMention["status"], name = "بوستان خضر نبی"): StoryMention =>
  ({ id, articleId, published, start: 10, name, status, category: "park" });
const f = (id: number, articleId: number, published: string | null, valueRial: number, unitText: string, kind: StoryFigure["kind"], mentionId = id): StoryFigure & { mentionId: number } =>
  ({ id, articleId, published, start: 20, valueRial, unitText, kind, mentionId });

describe("timeline", () => {
  it("puts dated reports in date order and undated ones after them, in the order they were added", () => {
    const ms = [m(1, 5, null, null), m(2, 3, "2024-09-14", null), m(3, 9, "2022-10-13", null), m(4, 2, null, null)];
    expect([...ms].sort(byTimeline).map((x) => x.id)).toEqual([3, 2, 4, 1]);
  });

  it("takes the latest status from the newest dated report; an undated report counts only when none is dated", () => {
    expect(latestStatus([m(1, 1, "2022-10-13", "planned"), m(2, 2, "2024-09-14", "groundbreaking"), m(3, 3, null, "opening")])).toBe("groundbreaking");
    expect(latestStatus([m(1, 1, "2022-10-13", "planned"), m(2, 2, "2024-09-14", null)])).toBe("planned");
    expect(latestStatus([m(1, 1, null, "planned"), m(2, 2, null, "opening")])).toBe("opening");
    expect(latestStatus([m(1, 1, null, null)])).toBeNull();
    // one article: its first status stands, later sentences tell its history
    expect(latestStatus([{ ...m(1, 1, null, "opening"), start: 5 }, { ...m(2, 1, null, "groundbreaking"), start: 50 }])).toBe("opening");
  });

  it("names a work as most reports do, else by the name without stray words", () => {
    expect(projectName([m(1, 1, null, null, "بوستان خضر نبی (ع)"), m(2, 2, null, null, "توسعه و تکمیل بوستان خضر نبی لحاظ"), m(3, 3, null, null, "بوستان خضر نبی(ع)")])).toMatch(/^بوستان خضر نبی ?\(ع\)$/);
    expect(projectName([m(1, 1, null, null, "بوستان فدک اس"), m(2, 1, null, null, "بهسازی مسیرهای دسترسی بوستان فدک")])).toBe("بهسازی مسیرهای دسترسی بوستان فدک");
    expect(projectName([m(1, 1, null, null, "تقاطع بلوار فردوسی و بلوار پیامبر اعظم"), m(2, 1, null, null, "تقاطع غیرهمسطح شهید حکیم")])).toBe("تقاطع غیرهمسطح شهید حکیم");
  });

  it("counts articles, not mentions, and keeps the first and last dates", () => {
    const s = summarise([m(1, 4, "2024-09-14", "in_progress"), m(2, 4, "2024-09-14", null), m(3, 2, "2022-10-13", null), m(4, 7, null, null)]);
    expect(s).toMatchObject({ articleCount: 3, mentionCount: 4, firstPublished: "2022-10-13", lastPublished: "2024-09-14", firstArticleId: 2, lastArticleId: 7, latestMentionId: 2, status: "in_progress" });
  });
});

describe("figuresByKind", () => {
  it("keeps kinds apart and notes where reports in different articles disagree", () => {
    const groups = figuresByKind([f(1, 1, "2023-01-01", 730_000_000_000, "میلیارد تومان", "cost"), f(2, 2, "2024-01-01", 920_000_000_000, "میلیارد تومان", "cost"), f(3, 1, "2023-01-01", 3_000_000_000_000, "میلیارد تومان", "credit")]);
    expect(groups.map((g) => [g.kind, g.figures.map((x) => x.id), g.note.differ, g.note.sameArticle])).toEqual([
      ["cost", [1, 2], true, false],
      ["credit", [3], false, true],
    ]);
  });

  it("reads 52,000 billion rial and 5,200 billion toman as one value written in two units, not a disagreement", () => {
    const [g] = figuresByKind([f(1, 1, null, 52_000_000_000_000, "میلیارد ریال", "budget"), f(2, 2, null, 52_000_000_000_000, "میلیارد تومان", "budget")]);
    expect(g?.note).toEqual({ differ: false, sameArticle: false, sameValueUnits: [{ valueRial: 52_000_000_000_000, units: ["ریال", "تومان"] }] });
  });

  it("says when differing figures all come from one article", () => {
    const [g] = figuresByKind([f(1, 1, null, 300_000_000_000, "میلیارد تومان", "budget"), f(2, 1, null, 20_000_000_000, "میلیارد تومانی", "budget")]);
    expect(g?.note).toMatchObject({ differ: true, sameArticle: true });
  });
});

describe("projectEvents", () => {
  it("walks the timeline: a new project, a status change, a new figure, then a conflicting figure of the same kind", () => {
    const ms = [m(1, 1, "2022-01-01", "planned"), m(2, 2, "2023-01-01", "planned"), m(3, 3, "2024-01-01", "opening"), m(4, 4, null, null)];
    const figs = [f(1, 1, "2022-01-01", 500, "ریال", "cost", 1), f(2, 3, "2024-01-01", 900, "ریال", "cost", 3), f(3, 4, null, 900, "ریال", "cost", 4), f(4, 4, null, 100, "ریال", "budget", 4)];
    const events = projectEvents(ms, figs);
    expect(events.map((e) => [e.type, e.mentionId, e.figure?.id ?? null])).toEqual([
      ["new-project", 1, null],
      ["new-figure", 1, 1],
      ["status", 3, null],
      ["conflicting-figure", 3, 2],
      ["new-figure", 4, 4],
    ]);
    expect(events[2]).toMatchObject({ status: "opening", previousStatus: "planned" });
    expect(events[3]?.conflicts?.map((c) => c.valueRial)).toEqual([500]);
  });

  it("reads one article's statuses as its own history, not as a change", () => {
    const ms = [m(1, 1, "2022-01-01", "in_progress"), { ...m(2, 2, null, "opening"), start: 5 }, { ...m(3, 2, null, "groundbreaking"), start: 50 }, m(4, 3, null, "opening")];
    expect(projectEvents(ms, []).map((e) => [e.type, e.mentionId, e.previousStatus ?? null])).toEqual([
      ["new-project", 1, null],
      ["status", 2, "in_progress"],
    ]);
  });
});
