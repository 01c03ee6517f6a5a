// One change of a project's story as plain text (the Atom feed's titles and summaries).
import type { ProjectStatus } from "./extract/types";
import type { Figure } from "./facts";
import { figureText } from "./chart-data";
import { CHANGES, KIND_LABELS, STORY, statusLabel } from "./strings";
import type { ChangeType } from "./project-story";

type ChangedFigure = Pick<Figure, "valueRial" | "kind" | "qualifier">;
export interface ChangeForText {
  type: ChangeType;
  projectName: string;
  status: ProjectStatus | null;
  previousStatus: ProjectStatus | null;
  mention: { quote: string };
  figure: ChangedFigure | null;
  conflicts: ChangedFigure[];
}

const status = statusLabel;
const money = (f: ChangedFigure) => `${KIND_LABELS[f.kind]}: ${figureText(f.valueRial, "rial", f.qualifier, null)}`;

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

/** FNV-1a of a string as 8 hex digits: short and stable, for ids (not for security). */
function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}

/**
 * A feed entry's permanent id: the article's text hash, the change, the mention's offset and name
 * (works listed in one phrase share an offset), the figure's offset. Stable across re-seeds.
 */
export function changeId(host: string, articleSha: string, c: { type: ChangeType; mention: { start: number; name: string }; figure: { start: number } | null }): string {
  const figure = c.figure ? `/${c.figure.start}` : "";
  return `tag:${host},2026:${articleSha.slice(0, 16)}/${c.type}/${c.mention.start}-${fnv(c.mention.name)}${figure}`;
}
