// The vocabulary of the editor's corrections, shared by the file's schema (lib/corrections.ts)
// and the drizzle column that records what a correction changed (db/schema.ts).
export const CORRECTION_ACTIONS = ["fix", "merge", "split", "hide"] as const;
export type CorrectionAction = (typeof CORRECTION_ACTIONS)[number];
export const CORRECTED_FACTS = ["amount", "project", "quantity"] as const;
export type CorrectedFact = (typeof CORRECTED_FACTS)[number];
