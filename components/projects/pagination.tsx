import Link from "next/link";
import { formatNumber } from "@/lib/format";
import { PAGING } from "@/lib/strings";

export function Pagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={PAGING.label} className="mt-4 flex items-center justify-between text-sm">
      {page > 1 ? <Link href={hrefFor(page - 1)} rel="prev" className="underline">{PAGING.prev}</Link> : <span />}
      <span>{PAGING.position(formatNumber(page), formatNumber(pages))}</span>
      {page < pages ? <Link href={hrefFor(page + 1)} rel="next" className="underline">{PAGING.next}</Link> : <span />}
    </nav>
  );
}
