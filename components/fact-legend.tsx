import { formatNumber } from "@/lib/format";

const ITEMS = [
  { key: "amount", label: "رقم مالی", cls: "bg-amber-100 ring-amber-300" },
  { key: "quantity", label: "مقدار", cls: "bg-violet-50 ring-violet-200" },
  { key: "project", label: "پروژه", cls: "bg-sky-50 ring-sky-200" },
  { key: "place", label: "مکان", cls: "bg-emerald-50 ring-emerald-300" },
] as const;

export function FactLegend({ counts }: { counts: Record<(typeof ITEMS)[number]["key"], number> }) {
  return (
    <ul aria-label="راهنمای رنگ‌ها" className="my-4 flex flex-wrap gap-2 border-y border-rule py-3 text-sm">
      {ITEMS.map((i) => (
        <li key={i.key} className={`rounded px-2 ring-1 ${i.cls}`}>
          {i.label}: {formatNumber(counts[i.key])}
        </li>
      ))}
    </ul>
  );
}
