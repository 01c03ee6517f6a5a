// Reads the editor's corrections file for seed and ingest (CORRECTIONS_FILE, default
// data/corrections.yaml). No file means no corrections; a file that does not validate is refused
// with its name and the entry at fault, and the seed or ingest writes nothing.
import fs from "node:fs";
import path from "node:path";
import { CorrectionsError, parseCorrections, type CorrectionEntry } from "../lib/corrections";
import { env } from "../lib/env";

export type CorrectionsLoad = { ok: true; file: string | null; entries: CorrectionEntry[] } | { ok: false; file: string; reason: string };

export function loadCorrections(file = path.resolve(process.cwd(), env().CORRECTIONS_FILE)): CorrectionsLoad {
  if (!fs.existsSync(file)) return { ok: true, file: null, entries: [] };
  try {
    return { ok: true, file, entries: parseCorrections(fs.readFileSync(file, "utf8")) };
  } catch (err) {
    if (err instanceof CorrectionsError) return { ok: false, file, reason: err.message };
    throw err;
  }
}

/** The lines `npm run seed` and `npm run ingest` print about the corrections they applied. */
export function correctionLines(file: string | null, entries: number, r: { stale: readonly string[]; absent: number }): string[] {
  if (!file) return [];
  const name = path.relative(process.cwd(), file) || file;
  const absent = r.absent ? `; ${r.absent} about articles not in this database (skipped)` : "";
  return [
    `corrections: ${entries - r.stale.length - r.absent} of ${entries} entries of ${name} applied${absent}`,
    ...r.stale.map((s) => `corrections: STALE ${s}`),
  ];
}
