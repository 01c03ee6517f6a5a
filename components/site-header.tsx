import Link from "next/link";
import { NAV, SITE } from "@/lib/strings";

export function SiteHeader() {
  return (
    <header className="border-b border-rule bg-white/70">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-4 sm:flex-row sm:items-end sm:justify-between sm:px-6">
        <Link href="/" className="no-underline">
          <span className="block text-xl font-extrabold tracking-tight text-accent sm:text-2xl">{SITE.title}</span>
          <span className="block text-sm text-muted">{SITE.tagline}</span>
        </Link>
        <nav aria-label="ناوبری اصلی">
          <ul className="flex flex-wrap gap-x-0.5 gap-y-1 text-[0.9rem] sm:gap-x-1 sm:text-[0.95rem]">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="rounded px-1.5 py-1 font-medium text-ink sm:px-2 hover:bg-accent-soft hover:text-accent">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
