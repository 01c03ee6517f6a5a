import Link from "next/link";
import { countArticleFacts } from "@/db/queries/articles";
import { formatNumber } from "@/lib/format";
import { SITE } from "@/lib/strings";

export const dynamic = "force-dynamic";

export default function HomePage() {
  const c = countArticleFacts();
  const stats = [
    { label: "خبر منبع", value: c.articles, href: "/articles" },
    { label: "پروژه", value: c.projects, href: "/projects" },
    { label: "رقم مالی", value: c.amounts, href: "/projects" },
    { label: "اشاره به مکان", value: c.mentions, href: "/map" },
  ];
  return (
    <section>
      <h1 className="text-2xl font-extrabold sm:text-3xl">{SITE.title}</h1>
      <p className="mt-2 max-w-2xl text-muted">{SITE.description}</p>
      <dl className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="headline-counts">
        {stats.map((s) => (
          <div key={s.label} className="rounded-lg border border-rule bg-white p-4">
            <dt className="text-sm text-muted">{s.label}</dt>
            <dd className="text-3xl font-black text-accent">
              <Link href={s.href}>{formatNumber(s.value)}</Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
