// One change of a project's story as plain text (the Atom feed's titles and summaries).
import type { AmountKind, ProjectStatus } from "./extract/types";
import { figureText } from "./chart-data";
import { CHANGES, KIND_LABELS, STATUS_LABELS, STORY } from "./strings";
import type { ChangeType } from "./project-story";

interface Figure { valueRial: number; kind: string; qualifier: string | null }
export interface ChangeForText {
  type: ChangeType;
  projectName: string;
  status: string | null;
  previousStatus: string | null;
  mention: { quote: string };
  figure: Figure | null;
  conflicts: Figure[];
}

const status = (s: string | null) => (s ? STATUS_LABELS[s as ProjectStatus] : "وضعیت نامشخص");
const money = (f: Figure) => `${KIND_LABELS[f.kind as AmountKind] ?? f.kind}: ${figureText(f.valueRial, "rial", f.qualifier, null)}`;

export function changeTitle(c: ChangeForText): string {
  return `${CHANGES.type[c.type]}: ${c.projectName}`;
}

export function changeSummary(c: ChangeForText, source: string): string {
  const what =
    c.type === "new-project" ? `وضعیت: ${status(c.status)}`
    : c.type === "status" ? `وضعیت: ${status(c.status)} (${c.previousStatus ? `${STORY.before}: ${status(c.previousStatus)}` : CHANGES.firstStatus})`
    : c.figure ? `${money(c.figure)}${c.conflicts.length ? ` (${CHANGES.conflictsWith}: ${c.conflicts.map(money).join("، ")})` : ""}`
    : "";
  return `${what}. «${c.mention.quote}» — ${source}`;
}
