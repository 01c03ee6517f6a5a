import Link from "next/link";
import { formatNumber } from "@/lib/format";

export function Pagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="صفحه‌ها" className="mt-4 flex items-center justify-between text-sm">
      {page > 1 ? <Link href={hrefFor(page - 1)} rel="prev" className="underline">صفحه‌ی قبل</Link> : <span />}
      <span>صفحه‌ی {formatNumber(page)} از {formatNumber(pages)}</span>
      {page < pages ? <Link href={hrefFor(page + 1)} rel="next" className="underline">صفحه‌ی بعد</Link> : <span />}
    </nav>
  );
}
