import type { Metadata } from "next";
import { SqliteDownload, TableDownloads } from "@/components/data/downloads";
import { Dictionary, ValueSets } from "@/components/data/dictionary";
import { LicenceNotes, SpanNotes } from "@/components/data/notes";
import { listOutlets } from "@/db/queries/articles";
import { countRows, getDatasetStamp } from "@/db/queries/dataset";
import { schemaShape } from "@/db/schema-shape";
import { allowedValues, buildDictionary } from "@/lib/data-dictionary";
import { formatJalaliDateTime } from "@/lib/format";
import { DATA } from "@/lib/strings";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: DATA.title, description: DATA.intro, alternates: { canonical: "/data" } };

export default function DataPage() {
  const shapes = schemaShape();
  const tables = buildDictionary(shapes);
  const counts = Object.fromEntries(shapes.map((t) => [t.name, countRows(t)]));
  const stamp = getDatasetStamp();
  return (
    <article className="mx-auto max-w-4xl space-y-10 leading-[2.1]">
      <header className="space-y-2">
        <h1 className="text-2xl font-extrabold">{DATA.title}</h1>
        <p>{DATA.intro}</p>
        <p>
          {DATA.seededAt}: <strong data-testid="seeded-at">{formatJalaliDateTime(stamp.seededAt)}</strong>{" "}
          <span className="text-sm text-muted">({DATA.seededAtNote})</span>
        </p>
      </header>
      <SqliteDownload size={stamp.published.ok ? stamp.published.size : null} />
      <TableDownloads tables={tables} counts={counts} />
      <Dictionary tables={tables} />
      <ValueSets sets={allowedValues()} />
      <SpanNotes />
      <LicenceNotes outlets={listOutlets()} articles={counts.articles ?? 0} />
    </article>
  );
}
