import type { Metadata } from "next";
import Link from "next/link";
import { ATTRIBUTION, SITE } from "@/lib/strings";

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
