import type { Metadata } from "next";
import Link from "next/link";
import { ATTRIBUTION, SITE } from "@/lib/strings";

const API_DOCS = [
  { path: "/api/projects?district=region-6&status=opening&q=…&sort=name&page=1", what: "پروژه‌ها با همان فیلترهای صفحه‌ی پروژه‌ها (district، status، category، q، sort، page)؛ جست‌وجویی (q) که در نام‌های بیش از اندازه‌ای بیاید (به‌طور پیش‌فرض بیش از ۱۰٬۰۰۰ نام) پاسخ ۴۰۰ با limit می‌گیرد" },
  { path: "/api/amounts?page=1", what: "همه‌ی ارقام مالی به ریال، با نوع، قید، سال، محدوده‌ها و منبع؛ ۵۰۰ رقم در هر صفحه (total، pages و next در پاسخ)" },
  { path: "/api/districts", what: "پوشش خبری، شمار پروژه‌ها و ارقام هر محدوده، با بزرگ‌ترین ۴ رقم از هر نوع" },
  { path: "/api/charts/spending?kind=credit&unit=toman", what: "داده‌ی هر نمودار (spending، status، category، coverage، map) با همان پارامترهای صفحه‌ی نمودار؛ full=1 همراه format=csv همه‌ی ارقام مالی را ۵۰۰تا۵۰۰تا می‌دهد (page=2، …؛ شمار کل در سرآیند X-Total-Count)" },
  { path: "/api/charts/spending/png?kind=credit", what: "تصویر PNG نمودار (۱۲۰۰×۶۳۰)؛ /svg برای SVG" },
];

export const metadata: Metadata = { title: "درباره", description: "این داشبورد چیست، داده‌ها از کجا می‌آیند و ارقام چگونه استخراج می‌شوند." };

export default function AboutPage() {
  return (
    <article className="mx-auto max-w-3xl space-y-6 leading-[2.1]">
      <h1 className="text-2xl font-extrabold">درباره‌ی {SITE.title}</h1>
      <p>
        این داشبورد برای شهروندان، خبرنگاران و ناظران شورای شهر ساخته شده است تا ببینند در هر منطقه‌ی
        شهرداری قم و شهرهای استان چه پروژه‌هایی اعلام شده و چه ارقامی درباره‌ی آن‌ها منتشر شده است.
      </p>
      <section>
        <h2 className="text-xl font-bold">روش کار</h2>
        <ul className="list-disc space-y-1 ps-6">
          <li>منبع همه‌ی ارقام، متن خبرهای فارسی است که بی‌هیچ تغییری نگه داشته می‌شوند (<Link className="underline" href="/articles">فهرست منابع</Link>).</li>
          <li>برنامه‌ای قاعده‌محور مبلغ‌ها (ریال، تومان، همت)، مناطق، پروژه‌ها، وضعیت‌ها و مقدارها را همراه با جای دقیق‌شان در متن استخراج می‌کند.</li>
          <li>مبلغ‌ها به ریال ذخیره می‌شوند (هر تومان ده ریال؛ هر همت هزار میلیارد تومان) و هرگز گرد نمی‌شوند.</li>
          <li>ارقام از انواع متفاوت (بودجه، اعتبار، نیاز، هزینه…) با هم جمع زده نمی‌شوند.</li>
          <li>رقمی که برای چند منطقه با هم گزارش شده، میان آن‌ها تقسیم نمی‌شود و به همان صورت مشترک نمایش داده می‌شود.</li>
          <li>قیدهایی مانند «بیش از» و «حدود» کنار رقم نمایش داده می‌شوند.</li>
          <li>هر رقم پیوندی به جمله‌ی منبع دارد که در متن خبر برجسته می‌شود.</li>
        </ul>
      </section>
      <section>
        <h2 className="text-xl font-bold">محدودیت‌ها</h2>
        <p>
          نبودِ رقم برای یک منطقه به معنای نبودِ هزینه نیست؛ فقط یعنی در خبرهای این مجموعه گزارشی درباره‌ی
          آن نیامده است. استخراج خودکار ممکن است خطا کند؛ برای هر رقم، جمله‌ی منبع را بخوانید.
        </p>
      </section>
      <section id="open">
        <h2 className="text-xl font-bold">داده‌های باز و استخراج از متن</h2>
        <ul className="list-disc space-y-1 ps-6">
          <li><Link className="underline" href="/data">داده‌های باز</Link>: کل پایگاه داده (SQLite)، هر جدول به‌صورت CSV و JSON، و واژه‌نامه‌ی ستون‌ها، مقادیر مجاز و مجوزها.</li>
          <li><Link className="underline" href="/extract">استخراج از متن خبر</Link>: متن هر خبری را بچسبانید و ببینید این برنامه چه ارقام، پروژه‌ها و مکان‌هایی در آن می‌یابد؛ در مرورگر خودتان و بی‌آنکه متن به سرور برسد.</li>
        </ul>
      </section>
      <section id="api">
        <h2 className="text-xl font-bold">داده‌ها به‌صورت JSON و CSV</h2>
        <p>همه‌ی فهرست‌ها و نمودارها همان پارامترهای صفحه‌ها را می‌پذیرند؛ با <code dir="ltr">format=csv</code> خروجی CSV (UTF-8 با BOM، مناسب Excel) می‌گیرید. هر رقم با شناسه‌ی خبر منبع و جای دقیقش در متن (<code dir="ltr">start</code>/<code dir="ltr">end</code>) می‌آید.</p>
        <ul className="list-disc space-y-1 ps-6" dir="rtl">
          {API_DOCS.map((a) => (
            <li key={a.path}><a className="underline" href={a.path}><code dir="ltr">{a.path}</code></a>: {a.what}</li>
          ))}
        </ul>
      </section>
      <section>
        <h2 className="text-xl font-bold">منابع نقشه و مجوزها</h2>
        <ul className="list-disc space-y-1 ps-6">
          <li>{ATTRIBUTION.osm}</li>
          <li>{ATTRIBUTION.geonames}</li>
          <li>{ATTRIBUTION.naturalEarth}</li>
          <li>مرز مناطق هشت‌گانه‌ی شهرداری قم به‌صورت عمومی منتشر نشده است؛ نقشه‌ی مناطق، طرح‌واره است.</li>
        </ul>
      </section>
    </article>
  );
}
