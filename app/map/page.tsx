import type { Metadata } from "next";
import Link from "next/link";
import { MapControls } from "@/components/map/map-controls";
import { QomMap } from "@/components/map/qom-map";
import { listDistrictStats } from "@/db/queries/districts";
import { getGeo } from "@/app/loaders/geo";
import { MAP_STRINGS } from "@/lib/geo/labels";
import { mapChoiceOf } from "@/lib/map-url";
import { parseChartQuery, type RawParams } from "@/lib/url-state";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "نقشه", description: MAP_STRINGS.intro };

export default async function MapPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const choice = mapChoiceOf(parseChartQuery(await searchParams));
  const stats = listDistrictStats();
  const kinds = [...new Set(stats.flatMap((s) => s.amounts.map((a) => a.kind)))];
  return (
    <section className="space-y-4">
      <header>
        <h1 className="text-2xl font-extrabold">{MAP_STRINGS.title}</h1>
        <p className="mt-1 max-w-3xl text-muted">{MAP_STRINGS.intro}</p>
        <p className="mt-1 text-sm text-muted">
          <Link href="/about" className="underline">روش کار و محدودیت‌ها</Link>
        </p>
      </header>
      <MapControls choice={choice} kindsWithData={kinds} />
      <QomMap stats={stats} geo={getGeo()} metric={choice.metric} kind={choice.kind} unit={choice.unit} />
    </section>
  );
}
