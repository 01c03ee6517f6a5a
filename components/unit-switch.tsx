import Link from "next/link";
import type { MoneyUnit } from "@/lib/format";

const OPTIONS: { unit: MoneyUnit; label: string }[] = [
  { unit: "rial", label: "میلیارد ریال" },
  { unit: "toman", label: "میلیارد تومان" },
];

/** Rial/toman switch as plain links: the unit lives in the URL. */
export function UnitSwitch({ unit, hrefFor }: { unit: MoneyUnit; hrefFor: (unit: MoneyUnit) => string }) {
  return (
    <nav aria-label="واحد پول" className="inline-flex overflow-hidden rounded border border-rule text-sm" data-testid="unit-switch">
      {OPTIONS.map((o) => (
        <Link
          key={o.unit}
          href={hrefFor(o.unit)}
          aria-current={o.unit === unit ? "true" : undefined}
          className={`px-3 py-1 ${o.unit === unit ? "bg-accent text-white" : "bg-white hover:bg-accent-soft"}`}
          scroll={false}
        >
          {o.label}
        </Link>
      ))}
    </nav>
  );
}
