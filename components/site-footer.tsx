import Link from "next/link";
import { ATTRIBUTION, SITE } from "@/lib/strings";

export function SiteFooter() {
  return (
    <footer className="border-t border-rule bg-white/60 text-sm text-muted">
      <div className="mx-auto grid max-w-6xl gap-3 px-4 py-6 sm:grid-cols-2 sm:px-6">
        <div>
          <p className="font-semibold text-ink">{SITE.title}</p>
          <p>
            هر رقم این داشبورد از متن خبرها استخراج شده و به جمله‌ی منبع پیوند دارد. ارقام گرد یا جمع زده
            نمی‌شوند؛ <Link href="/about" className="underline">روش کار</Link> را بخوانید.
          </p>
          <p>
            <Link href="/data" className="underline">داده‌های باز</Link> (SQLite، CSV، JSON) |{" "}
            <Link href="/extract" className="underline">استخراج از متن خبر</Link>
          </p>
        </div>
        <ul className="space-y-1">
          <li>{ATTRIBUTION.osm}</li>
          <li>{ATTRIBUTION.geonames}</li>
          <li>{ATTRIBUTION.naturalEarth}</li>
        </ul>
      </div>
    </footer>
  );
}
