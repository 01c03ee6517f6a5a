// A project's story from its mentions: the timeline (dated reports in date order, undated ones
// after them in the order they were added, marked as such), the latest known status, the name
// most reports use, its figures side by side by kind, and where reports disagree or write one
// value in two units. Nothing here adds figures up: a kind is compared only with itself.
import type { AmountKind, ProjectCategory, ProjectStatus } from "./extract/types";
import { cachedNameParts } from "./project-identity";
import { foldText } from "./text-fold";

export interface StoryMention {
  id: number;
  articleId: number;
  /** ISO date of the article, or null when the article gives none. */
  published: string | null;
  start: number;
  name: string;
  status: ProjectStatus | null;
  category: ProjectCategory;
}

/** Timeline order: dated reports by date, then undated ones in the order they were added. */
export function byTimeline<T extends Pick<StoryMention, "published" | "articleId" | "start">>(a: T, b: T): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.articleId - b.articleId || a.start - b.start;
}

/** The last of `mentions` that can be placed in time: the newest dated one, else the last undated one. */
function newest<T extends StoryMention>(mentions: readonly T[]): T | undefined {
  const ordered = [...mentions].sort(byTimeline);
  const dated = ordered.filter((m) => m.published !== null);
  return (dated.length ? dated : ordered).at(-1);
}

/**
 * The status the timeline ends on: each later article that states another status changes it (an
 * article's own sentences do not: they tell its history). Dated reports decide; undated ones only
 * when no dated report gives a status, as they cannot be placed in time.
 */
export function latestStatus(mentions: readonly StoryMention[]): ProjectStatus | null {
  const walk = (ms: readonly StoryMention[]) => {
    let status: ProjectStatus | null = null;
    let from = -1;
    for (const m of [...ms].sort(byTimeline)) {
      if (m.status !== null && (status === null || (m.status !== status && m.articleId !== from))) [status, from] = [m.status, m.articleId];
    }
    return status;
  };
  return walk(mentions.filter((m) => m.published !== null)) ?? walk(mentions);
}

function mostCommon<T>(values: readonly T[], key: (v: T) => string): T | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(key(v), (counts.get(key(v)) ?? 0) + 1);
  let best: T | undefined;
  let bestN = 0;
  for (const v of values) {
    const n = counts.get(key(v)) ?? 0;
    if (n > bestN) [best, bestN] = [v, n];
  }
  return best;
}

/** How well a name names its work: a head, a name of its own, few naming words (no stray ones). */
function nameRank(name: string): number[] {
  const p = cachedNameParts(name);
  return [p.heads.length ? 0 : 1, p.byPlace ? 1 : 0, p.naming.length + p.within.length, name.length];
}

/**
 * The name shown for a project: the one most mentions use; on a tie, the one with a head and a
 * name of its own and the fewest words (a mention's name can carry a stray word the extractor
 * kept), then the first in the timeline.
 */
export function projectName(mentions: readonly StoryMention[]): string {
  // one name (most works: one mention): nothing to rank
  const only = mentions[0]?.name;
  if (mentions.every((m) => m.name === only)) return only ?? "";
  const rank = new Map(mentions.map((m) => [m.name, nameRank(m.name)]));
  const cmp = (a: StoryMention, b: StoryMention) => {
    const [x, y] = [rank.get(a.name) ?? [], rank.get(b.name) ?? []];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
    return 0;
  };
  const ordered = [...mentions].sort(byTimeline).sort(cmp);
  return mostCommon(ordered, (m) => foldText(m.name).replace(/[()\s]/g, ""))?.name ?? "";
}

export interface ProjectSummary {
  name: string;
  status: ProjectStatus | null;
  category: ProjectCategory;
  articleCount: number;
  mentionCount: number;
  firstPublished: string | null;
  lastPublished: string | null;
  firstArticleId: number;
  firstStart: number;
  lastArticleId: number;
  /** The report lists cite: the newest dated mention, else the last undated one. */
  latestMentionId: number;
}

export function summarise(mentions: readonly StoryMention[]): ProjectSummary {
  const dates = mentions.flatMap((m) => (m.published ? [m.published] : [])).sort();
  const first = [...mentions].sort((a, b) => a.articleId - b.articleId || a.start - b.start)[0];
  return {
    name: projectName(mentions),
    status: latestStatus(mentions),
    category: mostCommon([...mentions].sort(byTimeline), (m) => m.category)?.category ?? "other",
    articleCount: new Set(mentions.map((m) => m.articleId)).size,
    mentionCount: mentions.length,
    firstPublished: dates[0] ?? null,
    lastPublished: dates.at(-1) ?? null,
    firstArticleId: first?.articleId ?? 0,
    firstStart: first?.start ?? 0,
    lastArticleId: Math.max(0, ...mentions.map((m) => m.articleId)),
    latestMentionId: newest(mentions)?.id ?? 0,
  };
}

// ---- figures ------------------------------------------------------------------------------

export interface StoryFigure {
  id: number;
  articleId: number;
  published: string | null;
  start: number;
  valueRial: number;
  /** The unit as written («میلیارد ریال», «میلیارد تومان», «همت»). */
  unitText: string;
  kind: AmountKind;
}

export interface KindNote {
  /** Two or more different values of this kind: reports disagree (or speak of different parts). */
  differ: boolean;
  /** Whether the differing values come from one article only. */
  sameArticle: boolean;
  /** Values written in more than one unit yet equal in rials («۵۲٬۰۰۰ میلیارد ریال = ۵٬۲۰۰ میلیارد تومان»). */
  sameValueUnits: { valueRial: number; units: string[] }[];
}

export interface KindFigures {
  kind: AmountKind;
  figures: StoryFigure[];
  note: KindNote;
}

const currency = (unitText: string) => (/تومان/u.test(unitText) ? "تومان" : /همت/u.test(unitText) ? "همت" : /ریال/u.test(unitText) ? "ریال" : unitText);

/** Figures grouped by kind (never summed), each group in timeline order, with what to note. */
export function figuresByKind(figures: readonly StoryFigure[]): KindFigures[] {
  const kinds = [...new Set(figures.map((f) => f.kind))];
  return kinds.map((kind) => {
    const own = figures.filter((f) => f.kind === kind).sort(byTimeline);
    const values = [...new Set(own.map((f) => f.valueRial))];
    const sameValueUnits = values.flatMap((v) => {
      const units = [...new Set(own.filter((f) => f.valueRial === v).map((f) => currency(f.unitText)))];
      return units.length > 1 ? [{ valueRial: v, units }] : [];
    });
    const articles = new Set(own.map((f) => f.articleId));
    return { kind, figures: own, note: { differ: values.length > 1, sameArticle: articles.size === 1, sameValueUnits } };
  });
}

// ---- changes --------------------------------------------------------------------------------

export const CHANGE_TYPES = ["new-project", "status", "new-figure", "conflicting-figure"] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

export interface StoryEvent {
  type: ChangeType;
  mentionId: number;
  articleId: number;
  /** The fact the event points at (its sentence): the mention, or the figure. */
  fact: { type: "project" | "amount"; start: number };
  status?: ProjectStatus | null;
  previousStatus?: ProjectStatus | null;
  figure?: StoryFigure;
  /** Earlier figures of the same kind with another value. */
  conflicts?: StoryFigure[];
}

/**
 * What each mention added to the project's story, walking the timeline: the first report makes a
 * new project, a later article with another status than the last known one changes it, a figure
 * is new or conflicts with an earlier article's figure of the same kind.
 */
export function projectEvents(mentions: readonly StoryMention[], figures: readonly (StoryFigure & { mentionId: number })[]): StoryEvent[] {
  const events: StoryEvent[] = [];
  let status: ProjectStatus | null = null;
  let statusFrom = -1; // the article that said it
  const byMention = new Map<number, StoryFigure[]>();
  for (const f of figures) byMention.set(f.mentionId, [...(byMention.get(f.mentionId) ?? []), f]);
  // per kind, the first figure of each value seen so far (a value repeated adds nothing)
  const seen = new Map<AmountKind, Map<number, StoryFigure>>();
  [...mentions].sort(byTimeline).forEach((m, i) => {
    const fact = { type: "project" as const, start: m.start };
    // one article's sentences tell its own history («started in 1399 … now 96%»): a change is
    // what a later article says against an earlier one
    const changed = m.status !== null && m.status !== status && m.articleId !== statusFrom;
    if (i === 0) events.push({ type: "new-project", mentionId: m.id, articleId: m.articleId, fact, status: m.status });
    else if (changed) events.push({ type: "status", mentionId: m.id, articleId: m.articleId, fact, status: m.status, previousStatus: status });
    if (m.status !== null && (changed || i === 0 || status === null)) [status, statusFrom] = [m.status, m.articleId];
    for (const f of byMention.get(m.id) ?? []) {
      const values = seen.get(f.kind) ?? new Map<number, StoryFigure>();
      seen.set(f.kind, values);
      if (values.has(f.valueRial)) continue;
      const conflicts: StoryFigure[] = [];
      for (const s of values.values()) {
        if (s.articleId !== f.articleId) conflicts.push(s);
        if (conflicts.length >= MAX_CONFLICTS) break;
      }
      const figureFact = { type: "amount" as const, start: f.start };
      if (conflicts.length) events.push({ type: "conflicting-figure", mentionId: m.id, articleId: m.articleId, fact: figureFact, figure: f, conflicts });
      else events.push({ type: "new-figure", mentionId: m.id, articleId: m.articleId, fact: figureFact, figure: f });
      values.set(f.valueRial, f);
    }
  });
  return events;
}

/** Earlier figures a conflicting one is shown against (the first ones reported). */
const MAX_CONFLICTS = 5;
