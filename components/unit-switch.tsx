import Link from "next/link";
import { unitLabel, type MoneyUnit } from "@/lib/format";
import { UNIT_SWITCH } from "@/lib/strings";

const OPTIONS: { unit: MoneyUnit; label: string }[] = [
  { unit: "rial", label: unitLabel("rial") },
  { unit: "toman", label: unitLabel("toman") },
];

/** Rial/toman switch as plain links: the unit lives in the URL. */
export function UnitSwitch({ unit, hrefFor }: { unit: MoneyUnit; hrefFor: (unit: MoneyUnit) => string }) {
  return (
    <nav aria-label={UNIT_SWITCH.label} className="inline-flex overflow-hidden rounded border border-rule text-sm" data-testid="unit-switch">
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
