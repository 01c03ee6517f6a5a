// The district scope rule of lib/districts.ts as SQL: (owner, slug) pairs, where a fact linked to
// `slug` counts for the filter `owner` (a region covers its neighbourhoods; the city only itself).
import { sql, type SQL } from "drizzle-orm";
import { filtersCovering, PLACE_SLUGS } from "../lib/districts";

/** `(values (owner, slug), …)`: use as `with scope(owner, slug) as ${scopePairs()}`. */
export function scopePairs(): SQL {
  const pairs = PLACE_SLUGS.flatMap((slug) => filtersCovering(slug).map((owner) => sql`(${owner}, ${slug})`));
  return sql`(values ${sql.join(pairs, sql`, `)})`;
}
