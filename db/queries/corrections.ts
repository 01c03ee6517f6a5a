import { and, eq, inArray } from "drizzle-orm";
import type { CorrectedFact } from "../../lib/correction-types";
import { parseFactValues, type FactValues } from "../../lib/corrections";
import { getDb } from "../client";
import { corrections } from "../schema";

export interface FactCorrection {
  factId: number;
  reason: string;
  date: string;
  /** The extractor's values and the editor's, as {kind?, year?, districts?}. */
  before: FactValues;
  after: FactValues;
}

/** The editor's fixes to these facts, by fact id. */
export function listFactCorrections(type: CorrectedFact, ids: readonly number[]): Map<number, FactCorrection> {
  if (!ids.length) return new Map();
  const rows = getDb()
    .select()
    .from(corrections)
    .where(and(eq(corrections.factType, type), inArray(corrections.factId, [...ids])))
    .all();
  return new Map(
    rows.flatMap((r) =>
      r.factId === null ? [] : [[r.factId, { factId: r.factId, reason: r.reason, date: r.date, before: parseFactValues(r.before), after: parseFactValues(r.after) }]],
    ),
  );
}

/** The editor's merges, splits and hides that made this project what it is. */
export function listProjectCorrections(projectId: number) {
  return getDb()
    .select({ action: corrections.action, reason: corrections.reason, date: corrections.date })
    .from(corrections)
    .where(eq(corrections.projectId, projectId))
    .orderBy(corrections.entry)
    .all();
}
