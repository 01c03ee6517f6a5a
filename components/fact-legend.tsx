import { formatNumber } from "@/lib/format";
import { FACT_LEGEND } from "@/lib/strings";

const ITEMS = [
  { key: "amount", label: FACT_LEGEND.amount, cls: "bg-amber-100 ring-amber-300" },
  { key: "quantity", label: FACT_LEGEND.quantity, cls: "bg-violet-50 ring-violet-200" },
  { key: "project", label: FACT_LEGEND.project, cls: "bg-sky-50 ring-sky-200" },
  { key: "place", label: FACT_LEGEND.place, cls: "bg-emerald-50 ring-emerald-300" },
] as const;

export function FactLegend({ counts }: { counts: Record<(typeof ITEMS)[number]["key"], number> }) {
  return (
    <ul aria-label={FACT_LEGEND.label} className="my-4 flex flex-wrap gap-2 border-y border-rule py-3 text-sm">
      {ITEMS.map((i) => (
        <li key={i.key} className={`rounded px-2 ring-1 ${i.cls}`}>
          {i.label}: {formatNumber(counts[i.key])}
        </li>
      ))}
    </ul>
  );
}
