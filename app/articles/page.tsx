import type { Metadata } from "next";
import Link from "next/link";
import { listArticles } from "@/db/queries/articles";
import { formatJalali, formatNumber } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "منابع", description: "فهرست خبرهایی که ارقام داشبورد از آن‌ها استخراج شده است." };

export default function ArticlesPage() {
  const rows = listArticles();
  return (
    <section>
      <h1 className="text-2xl font-extrabold">منابع خبری</h1>
      <p className="mt-1 text-muted">
        {formatNumber(rows.length)} خبر؛ هر رقم داشبورد به جمله‌ای از یکی از این خبرها پیوند دارد.
      </p>
      <ol className="mt-6 divide-y divide-rule border-y border-rule" data-testid="article-list">
        {rows.map((a) => (
          <li key={a.id} className="py-4">
            <Link href={`/articles/${a.id}`} className="text-lg font-bold text-accent hover:underline">
              {a.title ?? a.file}
            </Link>
            <p className="text-sm text-muted">
              {a.outlet ?? "منبع نامشخص"} | {formatJalali(a.published) ?? "بدون تاریخ در متن"}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
