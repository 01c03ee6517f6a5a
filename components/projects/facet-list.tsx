import Link from "next/link";
import { formatNumber } from "@/lib/format";

export interface FacetOption {
  value: string | null;
  label: string;
  count: number | null;
  href: string;
  active: boolean;
}

export function FacetList({ title, options, testId }: { title: string; options: FacetOption[]; testId: string }) {
  return (
    <section aria-label={title} data-testid={testId}>
      <h3 className="mb-1 text-sm font-bold text-muted">{title}</h3>
      <ul className="space-y-0.5 text-sm">
        {options.map((o) => (
          <li key={o.value ?? "all"}>
            <Link
              href={o.href}
              aria-current={o.active ? "true" : undefined}
              className={`flex justify-between gap-2 rounded px-2 py-1 ${o.active ? "bg-accent font-bold text-white" : "hover:bg-accent-soft"} ${o.count === 0 && !o.active ? "text-muted" : ""}`}
            >
              <span>{o.label}</span>
              {o.count !== null ? <span className="tabular-nums">{formatNumber(o.count)}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
