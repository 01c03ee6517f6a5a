// Prints every merge the identity pass made: each project with more than one mention, its
// mentions (article file, date, the name as written, places) and whether the rules or the editor
// (data/corrections.yaml) joined them. `npm run --silent projects:merges` on the seeded database.
import Database from "better-sqlite3";
import { dbFile } from "../db/paths";

interface Row { project: number; pname: string; hidden: number; file: string; published: string | null; name: string; places: string | null }

function main(): void {
  const db = new Database(dbFile(), { readonly: true, fileMustExist: true });
  const rows = db.prepare(`
    select p.id project, p.name pname, p.hidden hidden, a.file file, a.published published, m.name name,
      (select group_concat(place_slug, ',') from mention_places mp where mp.mention_id = m.id) places
    from project_mentions m join projects p on p.id = m.project_id join articles a on a.id = m.article_id
    where p.mention_count > 1 order by p.id, a.published is null, a.published, a.id, m.start`).all() as Row[];
  const editor = new Map((db.prepare(`select project_id id, group_concat(action || ' (entry ' || entry || '): ' || reason, ' | ') notes
    from corrections where project_id is not null and action in ('merge', 'split') group by project_id`).all() as { id: number; notes: string }[]).map((r) => [r.id, r.notes]));
  const byProject = new Map<number, Row[]>();
  for (const r of rows) byProject.set(r.project, [...(byProject.get(r.project) ?? []), r]);
  let across = 0;
  for (const [id, ms] of byProject) {
    const files = new Set(ms.map((m) => m.file));
    if (files.size > 1) across++;
    const by = editor.get(id) ? `editor: ${editor.get(id)}` : "rules";
    console.log(`#${id} «${ms[0]?.pname}» — ${ms.length} mentions in ${files.size} article(s); ${by}${ms[0]?.hidden ? "; hidden" : ""}`);
    for (const m of ms) console.log(`    ${m.file} | ${m.published ?? "undated"} | «${m.name}» | ${m.places ?? "-"}`);
  }
  const total = (db.prepare("select count(*) n from projects").get() as { n: number }).n;
  const mentions = (db.prepare("select count(*) n from project_mentions").get() as { n: number }).n;
  console.log(`${byProject.size} merged projects (${across} across articles); ${mentions} mentions → ${total} projects`);
}

main();
