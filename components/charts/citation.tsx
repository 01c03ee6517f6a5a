import { formatJalali } from "@/lib/format";
import { CHART_PAGE, SITE } from "@/lib/strings";

export function Citation({ title, url, dataDate }: { title: string; url: string; dataDate: string | null }) {
  const date = formatJalali(dataDate);
  const text = `${SITE.title}، «${title}»، داده‌ها تا ${date ?? CHART_PAGE.unknownDate}، `;
  return (
    <section aria-label={CHART_PAGE.citation} className="rounded border border-rule bg-white p-3 text-sm" data-testid="citation">
      <h2 className="font-bold">{CHART_PAGE.citation}</h2>
      <p className="mt-1 select-all">{text}<bdi dir="ltr" className="break-all">{url}</bdi></p>
      <p className="mt-1 text-muted">{CHART_PAGE.dataDate}{date ? ` (${date})` : ""}.</p>
    </section>
  );
}
