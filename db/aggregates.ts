// Per-place aggregates (db/schema.ts place_stats, place_figures), rebuilt from the facts at the end
// of every ingest, inside its transaction: coverage counts and the largest figures of each kind per
// place, as the map, the coverage chart, / and the district pages show them. Reading them costs a
// few hundred rows whatever the corpus holds; counting them on every page cost 150 ms at 100,000
// projects (docs/performance.md §4).
import { sql } from "drizzle-orm";
import { AMOUNT_KINDS } from "../lib/extract/types";
import { PANEL_FIGURES } from "../lib/geo/metric";
import { scopePairs } from "./scope";
import type { WriteDb } from "./writer";

const list = (xs: readonly string[]) => sql.join(xs.map((x) => sql`${x}`), sql`, `);

export function refreshPlaceAggregates({ db }: WriteDb): void {
  db.run(sql`delete from place_figures`);
  db.run(sql`delete from place_stats`);
  db.run(sql`delete from place_facets`);
  // Distinct figures (kind, value, places) per filter scope, each by its first amount: counted and
  // ranked below. Grouped passes over the facts, never one query per place.
  db.run(sql`drop table if exists temp.scope_figures`);
  db.run(sql`create temp table scope_figures as
    with scope(owner, slug) as ${scopePairs()}
    select s.owner as owner, a.kind as kind, a.value_rial as valueRial, a.places_key as placesKey, min(a.id) as id
    from amount_places ap join scope s on s.slug = ap.place_slug join amounts a on a.id = ap.amount_id
    where a.kind in (${list(AMOUNT_KINDS)})
    group by s.owner, a.kind, a.value_rial, a.places_key`);
  db.run(sql`insert into place_stats (slug, articles, projects, figures)
    with scope(owner, slug) as ${scopePairs()},
    art as (select s.owner as owner, count(distinct m.article_id) as n from place_mentions m join scope s on s.slug = m.place_slug group by s.owner),
    pro as (select s.owner as owner, count(distinct pp.project_id) as n from project_places pp join scope s on s.slug = pp.place_slug group by s.owner),
    fig as (select owner, count(*) as n from temp.scope_figures group by owner)
    select p.slug, coalesce(art.n, 0), coalesce(pro.n, 0), coalesce(fig.n, 0)
    from places p left join art on art.owner = p.slug left join pro on pro.owner = p.slug left join fig on fig.owner = p.slug`);
  // The works each filter covers, by status and category (hidden works are in no list, and have no places).
  db.run(sql`insert into place_facets (slug, status, category, projects)
    with scope(owner, slug) as ${scopePairs()}
    select s.owner, coalesce(p.status, ''), p.category, count(distinct pp.project_id)
    from project_places pp join scope s on s.slug = pp.place_slug join projects p on p.id = pp.project_id
    where p.hidden = 0
    group by s.owner, coalesce(p.status, ''), p.category`);
  db.run(sql`insert into place_figures (slug, kind, rank, amount_id, value_rial, places_key, qualifier, year)
    select r.owner, r.kind, r.rnk, r.id, r.valueRial, r.placesKey, a.qualifier, a.year
    from (select f.*, row_number() over (partition by owner, kind order by valueRial desc, placesKey) as rnk from temp.scope_figures f) r
    join amounts a on a.id = r.id where r.rnk <= ${PANEL_FIGURES}`);
  db.run(sql`drop table temp.scope_figures`);
}
