// Scores extractions against hand annotations (../shared/gold): amounts by exact rials,
// projects by name overlap, quantities by value and unit. Used by scripts/eval-extract.ts and
// by the seed fixture tests.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Extraction } from "./types";
import { SAME_NAME, nameOverlap } from "./overlap";

export interface GoldAmount { value_rial: number; what: string; districts: string[]; year: string | null; quote: string }
export interface GoldProject { name: string; districts: string[]; status: string | null; quote: string }
export interface GoldQuantity { value: number; unit: string; districts: string[]; quote: string }
export interface Gold { amounts: GoldAmount[]; projects: GoldProject[]; quantities: GoldQuantity[]; places: string[] }

export interface Score {
  amounts: { gold: number; pred: number; matched: number; kindAgree: number; districtAgree: number };
  projects: { gold: number; pred: number; found: number };
  quantities: { gold: number; pred: number; matched: number };
}

/** Gold files by article id («000_dd63a7a9bc8eef05»); throws with a clear message when absent. */
export function loadGold(dir: string): Map<string, Gold> {
  if (!existsSync(dir)) throw new Error(`gold directory not found: ${dir} (set GOLD_DIR)`);
  const out = new Map<string, Gold>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    out.set(f.replace(/\.json$/, ""), JSON.parse(readFileSync(path.join(dir, f), "utf8")) as Gold);
  }
  return out;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Greedy one-to-one matching: index of the matched prediction for each gold item, or -1. */
export function matchOneToOne<G, P>(gold: readonly G[], pred: readonly P[], same: (g: G, p: P) => boolean): number[] {
  const used = new Set<number>();
  return gold.map((g) => {
    const i = pred.findIndex((p, k) => !used.has(k) && same(g, p));
    if (i >= 0) used.add(i);
    return i;
  });
}

export function scoreArticle(gold: Gold, x: Extraction): Score {
  const am = matchOneToOne(gold.amounts, x.amounts, (g, p) => g.value_rial === p.value_rial);
  let kindAgree = 0;
  let districtAgree = 0;
  am.forEach((i, k) => {
    const p = x.amounts[i];
    const g = gold.amounts[k];
    if (!p || !g) return;
    if (p.kind === g.what) kindAgree++;
    if (sameSet(p.districts, g.districts)) districtAgree++;
  });
  const pm = matchOneToOne(gold.projects, x.projects, (g, p) => nameOverlap(g.name, p.name) >= SAME_NAME);
  const qm = matchOneToOne(gold.quantities, x.quantities, (g, p) => g.value === p.value && g.unit === p.unit);
  return {
    amounts: { gold: gold.amounts.length, pred: x.amounts.length, matched: am.filter((i) => i >= 0).length, kindAgree, districtAgree },
    projects: { gold: gold.projects.length, pred: x.projects.length, found: pm.filter((i) => i >= 0).length },
    quantities: { gold: gold.quantities.length, pred: x.quantities.length, matched: qm.filter((i) => i >= 0).length },
  };
}

export function addScores(a: Score, b: Score): Score {
  const add = <T extends Record<string, number>>(x: T, y: T): T =>
    Object.fromEntries(Object.keys(x).map((k) => [k, (x[k] ?? 0) + (y[k] ?? 0)])) as T;
  return { amounts: add(a.amounts, b.amounts), projects: add(a.projects, b.projects), quantities: add(a.quantities, b.quantities) };
}

export const EMPTY_SCORE: Score = {
  amounts: { gold: 0, pred: 0, matched: 0, kindAgree: 0, districtAgree: 0 },
  projects: { gold: 0, pred: 0, found: 0 },
  quantities: { gold: 0, pred: 0, matched: 0 },
};

/** matched / total, 1 when there was nothing to find (no false alarms either). */
export const ratio = (matched: number, total: number): number => (total === 0 ? 1 : matched / total);
export const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
