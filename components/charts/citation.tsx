import { formatJalali } from "@/lib/format";
import { SITE } from "@/lib/strings";

export function Citation({ title, url, dataDate }: { title: string; url: string; dataDate: string | null }) {
  const date = formatJalali(dataDate);
  const text = `${SITE.title}، «${title}»، داده‌ها تا ${date ?? "تاریخ نامشخص"}، `;
  return (
    <section aria-label="شیوه‌ی ارجاع" className="rounded border border-rule bg-white p-3 text-sm" data-testid="citation">
      <h2 className="font-bold">شیوه‌ی ارجاع</h2>
      <p className="mt-1 select-all">{text}<bdi dir="ltr" className="break-all">{url}</bdi></p>
      <p className="mt-1 text-muted">تاریخ داده‌ها: تازه‌ترین تاریخ انتشارِ خبرهای منبع{date ? ` (${date})` : ""}.</p>
    </section>
  );
}
